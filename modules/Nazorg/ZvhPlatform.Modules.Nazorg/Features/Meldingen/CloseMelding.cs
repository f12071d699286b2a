using Mediator;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Modules.Nazorg.Data;

namespace ZvhPlatform.Modules.Nazorg.Features.Meldingen;

/// <summary>Ends nazorg on a melding with a reason and a date; after that no further work is possible.</summary>
[RequiresPermission(NazorgModule.Werken)]
internal sealed record CloseMelding(Guid Id, DateOnly? Datum, string? Reden, long Version) : ICommand;

internal sealed class CloseMeldingValidator(TimeProvider clock) : IRequestValidator<CloseMelding>
{
    public IEnumerable<ValidationProblem> Validate(CloseMelding request)
    {
        if (request.Datum is null || request.Datum > DateOnly.FromDateTime(clock.GetLocalNow().DateTime))
        {
            yield return new(nameof(request.Datum), "Vul de datum van afsluiten in (niet in de toekomst).");
        }

        if (string.IsNullOrWhiteSpace(request.Reden) || !NazorgNamen.AfsluitRedenen.Contains(request.Reden))
        {
            yield return new(nameof(request.Reden), "Kies de reden van afsluiten.");
        }
    }
}

internal sealed class CloseMeldingHandler(NazorgDbContext db, IAccessLog log) : ICommandHandler<CloseMelding>
{
    public async ValueTask<Unit> Handle(CloseMelding command, CancellationToken cancellationToken)
    {
        var melding = await NazorgRecord.LoadForChangeAsync(db, command.Id, command.Version, cancellationToken);
        NazorgRecord.EnsureStatus(melding, MeldingStatus.Ontvangen, MeldingStatus.Actief);
        var datum = command.Datum!.Value;
        var vanaf = melding.OntslagenOp ?? melding.ToestemmingOp ?? melding.OntvangenOp;
        if (datum < vanaf)
        {
            throw new RequestValidationException([new ValidationProblem(nameof(command.Datum),
                $"De datum van afsluiten ligt vóór {NazorgRecord.Datum(vanaf)}.")]);
        }

        melding.Status = MeldingStatus.Afgesloten;
        melding.AfgeslotenOp = datum;
        melding.AfsluitReden = command.Reden;
        await db.SaveChangesAsync(cancellationToken);
        await log.RecordAsync(new AccessRecord(AccessAction.Wijzigen, Purposes.Procesregie, [melding.PersoonId], null, NazorgModule.Id, "toegestaan", false,
            "nazorg afgesloten"), cancellationToken);
        return Unit.Value;
    }
}
