using Mediator;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Modules.Nazorg.Data;

namespace ZvhPlatform.Modules.Nazorg.Features.Meldingen;

/// <summary>
/// Records the release from detention. The basisvoorwaarden before release are kept as they stood on that day (what
/// the report counts as "met at release"); the ones after release start from that state.
/// </summary>
[RequiresPermission(NazorgModule.Werken)]
internal sealed record RecordOntslag(Guid Id, DateOnly? Datum, long Version) : ICommand;

internal sealed class RecordOntslagValidator(TimeProvider clock) : IRequestValidator<RecordOntslag>
{
    public IEnumerable<ValidationProblem> Validate(RecordOntslag request)
    {
        if (request.Datum is null)
        {
            yield return new(nameof(request.Datum), "Vul de datum van ontslag uit detentie in.");
        }
        else if (request.Datum > DateOnly.FromDateTime(clock.GetLocalNow().DateTime))
        {
            yield return new(nameof(request.Datum), "Het ontslag kan pas worden vastgelegd op of na de dag van ontslag; de datum ligt in de toekomst.");
        }
    }
}

internal sealed class RecordOntslagHandler(NazorgDbContext db, IAccessLog log) : ICommandHandler<RecordOntslag>
{
    public async ValueTask<Unit> Handle(RecordOntslag command, CancellationToken cancellationToken)
    {
        var melding = await NazorgRecord.LoadForChangeAsync(db, command.Id, command.Version, cancellationToken);
        NazorgRecord.EnsureStatus(melding, MeldingStatus.Actief);
        if (melding.OntslagenOp is not null)
        {
            throw new RequestValidationException([new ValidationProblem(nameof(command.Datum),
                $"Het ontslag is al vastgelegd op {NazorgRecord.Datum(melding.OntslagenOp)}.")]);
        }

        var datum = command.Datum!.Value;
        if (melding.DetentieStart is { } start && datum < start)
        {
            throw new RequestValidationException([new ValidationProblem(nameof(command.Datum),
                $"De datum van ontslag ligt vóór het begin van de detentie ({NazorgRecord.Datum(start)}).")]);
        }

        melding.OntslagenOp = datum;
        foreach (var voor in melding.Basisvoorwaarden.Where(v => v.Fase == Fase.VoorOntslag).ToList())
        {
            var na = new Basisvoorwaarde
            {
                MeldingId = melding.Id, Soort = voor.Soort, Fase = Fase.NaOntslag, Status = voor.Status, Verantwoordelijke = voor.Verantwoordelijke,
                Datum = voor.Datum,
            };
            melding.Basisvoorwaarden.Add(na);
            db.Basisvoorwaarden.Add(na);
        }

        await db.SaveChangesAsync(cancellationToken);
        await log.RecordAsync(new AccessRecord(AccessAction.Wijzigen, Purposes.Procesregie, [melding.PersoonId], null, NazorgModule.Id, "toegestaan", false,
            "ontslag uit detentie"), cancellationToken);
        return Unit.Value;
    }
}
