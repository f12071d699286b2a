using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Modules.Nazorg.Data;

namespace ZvhPlatform.Modules.Nazorg.Features.Meldingen;

/// <summary>
/// Registers a DJI melding of a detainee entered by hand. A municipality outside the contract on the day is refused with
/// the reason, or parked for the coordinator when the region chose that.
/// </summary>
[RequiresPermission(NazorgModule.Werken)]
internal sealed record RegisterMelding(MeldingInvoer Invoer) : ICommand<RegisterMeldingResult>;

/// <summary>The new melding, and whether it was parked.</summary>
internal sealed record RegisterMeldingResult(Guid Id, bool Geparkeerd);

internal sealed class RegisterMeldingValidator(TimeProvider clock) : IRequestValidator<RegisterMelding>
{
    public IEnumerable<ValidationProblem> Validate(RegisterMelding request) =>
        MeldingIntake.CheckFields(request.Invoer, DateOnly.FromDateTime(clock.GetLocalNow().DateTime)).Select(p => new ValidationProblem("Invoer", p));
}

internal sealed class RegisterMeldingHandler(NazorgDbContext db, MeldingIntake intake, IAccessLog log, ICurrentUser user)
    : ICommandHandler<RegisterMelding, RegisterMeldingResult>
{
    public async ValueTask<RegisterMeldingResult> Handle(RegisterMelding command, CancellationToken cancellationToken)
    {
        var besluit = await intake.CheckGemeenteAsync(command.Invoer.GemeenteCode!, cancellationToken);
        if (!besluit.Toegestaan && !besluit.Parkeren)
        {
            await log.RecordAsync(new AccessRecord(AccessAction.Aanmaken, Purposes.Procesregie, [], null, NazorgModule.Id, "geweigerd", false,
                "DJI-melding (gemeente buiten contract)"), cancellationToken);
            throw new RequestValidationException([new ValidationProblem("GemeenteCode", $"{besluit.Reden} De melding is niet geregistreerd.")]);
        }

        for (var attempt = 1; ; attempt++)
        {
            var kenmerk = await intake.KenmerkenAsync(cancellationToken);
            var persoonIds = await intake.PersoonIdsAsync([command.Invoer.Bsn], cancellationToken);
            var invoer = command.Invoer;
            var melding = MeldingIntake.Build(invoer, kenmerk(invoer.OntvangenOp ?? intake.Today), persoonIds(invoer.Bsn), besluit, intake.Today, user.UserId);
            db.Meldingen.Add(melding);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Someone registered a melding with the same reference at the same moment: take the next number.
                db.ChangeTracker.Clear();
                continue;
            }

            await log.RecordAsync(new AccessRecord(AccessAction.Aanmaken, Purposes.Procesregie, [melding.PersoonId], null, NazorgModule.Id, "toegestaan",
                false, $"DJI-melding {melding.Kenmerk}"), cancellationToken);
            return new RegisterMeldingResult(melding.Id, melding.Status == MeldingStatus.Geparkeerd);
        }
    }
}
