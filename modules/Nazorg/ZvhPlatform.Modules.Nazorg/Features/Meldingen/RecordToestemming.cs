using Mediator;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Modules.Nazorg.Data;

namespace ZvhPlatform.Modules.Nazorg.Features.Meldingen;

/// <summary>
/// Records the person's consent to nazorg, or the refusal (also a later withdrawal), with its date. Consent opens the five
/// basisvoorwaarden before release; a refusal keeps only what records it and ends all work on the melding.
/// </summary>
[RequiresPermission(NazorgModule.Werken)]
internal sealed record RecordToestemming(Guid Id, bool? Gegeven, DateOnly? Datum, long Version) : ICommand;

internal sealed class RecordToestemmingValidator(TimeProvider clock) : IRequestValidator<RecordToestemming>
{
    public IEnumerable<ValidationProblem> Validate(RecordToestemming request)
    {
        if (request.Gegeven is null)
        {
            yield return new(nameof(request.Gegeven), "Kies of de persoon toestemming geeft of weigert.");
        }

        if (request.Datum is null)
        {
            yield return new(nameof(request.Datum), "Vul de datum van de toestemming of weigering in.");
        }
        else if (request.Datum > DateOnly.FromDateTime(clock.GetLocalNow().DateTime))
        {
            yield return new(nameof(request.Datum), "De datum van de toestemming of weigering kan niet in de toekomst liggen.");
        }
    }
}

internal sealed class RecordToestemmingHandler(NazorgDbContext db, IAccessLog log) : ICommandHandler<RecordToestemming>
{
    public async ValueTask<Unit> Handle(RecordToestemming command, CancellationToken cancellationToken)
    {
        var melding = await NazorgRecord.LoadForChangeAsync(db, command.Id, command.Version, cancellationToken);
        var datum = command.Datum!.Value;
        if (datum < melding.OntvangenOp)
        {
            throw new RequestValidationException([new ValidationProblem(nameof(command.Datum),
                $"De datum ligt vóór de ontvangst van de melding ({NazorgRecord.Datum(melding.OntvangenOp)}).")]);
        }

        if (command.Gegeven == true)
        {
            NazorgRecord.EnsureStatus(melding, MeldingStatus.Ontvangen);
            melding.Status = MeldingStatus.Actief;
            melding.ToestemmingOp = datum;
            foreach (var soort in NazorgNamen.Soorten)
            {
                var voorwaarde = new Basisvoorwaarde { MeldingId = melding.Id, Soort = soort, Fase = Fase.VoorOntslag, Status = VoorwaardeStatus.Onbekend };
                melding.Basisvoorwaarden.Add(voorwaarde);
                db.Basisvoorwaarden.Add(voorwaarde);
            }
        }
        else
        {
            NazorgRecord.EnsureStatus(melding, MeldingStatus.Ontvangen, MeldingStatus.Actief);
            NazorgRecord.Minimaliseer(db, melding);
            melding.Status = MeldingStatus.Geweigerd;
            melding.GeweigerdOp = datum;
            melding.AfgeslotenOp = datum;
        }

        await db.SaveChangesAsync(cancellationToken);
        await log.RecordAsync(new AccessRecord(command.Gegeven == true ? AccessAction.Wijzigen : AccessAction.Verwijderen, Purposes.Procesregie,
            [melding.PersoonId], null, NazorgModule.Id, "toegestaan", false,
            command.Gegeven == true ? "toestemming nazorg" : "weigering nazorg (gegevens geminimaliseerd)"), cancellationToken);
        return Unit.Value;
    }
}
