using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Modules.Nazorg.Data;

namespace ZvhPlatform.Modules.Nazorg.Features.Meldingen;

/// <summary>
/// Escalates the person to procesregie (CoVeCa) when nazorg alone does not suffice: the core registers an aanmelding with
/// route Opschaling for the CoVeCa aanpak, which then goes through its intake and triage. Nazorg itself continues.
/// </summary>
[RequiresPermission(NazorgModule.Werken)]
internal sealed record SchaalOp(Guid Id, string? SubAanpak, Guid? VerwijzerPartnerId, string? Reden, string? Hoofdonderwerp, bool PersoonGeinformeerd,
    string? NietGeinformeerdReden, long Version) : ICommand<string>;

internal sealed class SchaalOpValidator : IRequestValidator<SchaalOp>
{
    public IEnumerable<ValidationProblem> Validate(SchaalOp request)
    {
        if (string.IsNullOrWhiteSpace(request.Reden))
        {
            yield return new(nameof(request.Reden), "Beschrijf waarom de nazorg wordt opgeschaald naar procesregie.");
        }
    }
}

internal sealed class SchaalOpHandler(NazorgDbContext db, ICaseEscalation escalation, IAccessLog log, TimeProvider clock) : ICommandHandler<SchaalOp, string>
{
    /// <summary>The aanpak that runs procesregie on complex cases.</summary>
    public const string ProcesregieAanpak = "coveca";

    public async ValueTask<string> Handle(SchaalOp command, CancellationToken cancellationToken)
    {
        var melding = await NazorgRecord.LoadForChangeAsync(db, command.Id, command.Version, cancellationToken);
        NazorgRecord.EnsureStatus(melding, MeldingStatus.Actief);
        if (melding.OpschalingKenmerk is not null)
        {
            throw new RequestValidationException([new ValidationProblem(nameof(command.Reden),
                $"Deze nazorg is al opgeschaald (aanmelding {melding.OpschalingKenmerk}).")]);
        }

        var aanmelding = await escalation.OpschalenAsync(new ModuleOpschaling(ProcesregieAanpak, command.SubAanpak, NazorgModule.Id,
            command.VerwijzerPartnerId, melding.Bsn, melding.Voornamen,
            melding.Achternaam ?? "", melding.Geboortedatum, melding.GemeenteCode, command.Reden!.Trim(),
            command.Hoofdonderwerp ?? "", command.PersoonGeinformeerd, command.NietGeinformeerdReden), cancellationToken);
        melding.OpschalingKenmerk = aanmelding.Kenmerk;
        melding.OpgeschaaldOp = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The aanmelding already exists in the core: record its reference on the current state instead of losing it.
            db.ChangeTracker.Clear();
            var actueel = await db.Meldingen.SingleAsync(m => m.Id == command.Id, cancellationToken);
            actueel.OpschalingKenmerk = aanmelding.Kenmerk;
            actueel.OpgeschaaldOp = melding.OpgeschaaldOp;
            await db.SaveChangesAsync(cancellationToken);
        }

        await log.RecordAsync(new AccessRecord(AccessAction.Overdragen, Purposes.Procesregie, [melding.PersoonId], null, NazorgModule.Id, "toegestaan", false,
            $"opschaling naar procesregie (aanmelding {aanmelding.Kenmerk})"), cancellationToken);
        return aanmelding.Kenmerk;
    }
}
