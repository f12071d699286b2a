using Mediator;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Modules.Nazorg.Data;

namespace ZvhPlatform.Modules.Nazorg.Features.Meldingen;

/// <summary>One basisvoorwaarde as filled in on the form.</summary>
internal sealed record VoorwaardeInvoer(BasisvoorwaardeSoort Soort, VoorwaardeStatus? Status, string? Verantwoordelijke, DateOnly? Datum);

/// <summary>
/// Saves the five basisvoorwaarden of a melding for the current phase: before release until the release is recorded
/// (then they are frozen as the state at release), after release from then on.
/// </summary>
[RequiresPermission(NazorgModule.Werken)]
internal sealed record SaveBasisvoorwaarden(Guid Id, Fase Fase, IReadOnlyList<VoorwaardeInvoer> Voorwaarden, long Version) : ICommand;

internal sealed class SaveBasisvoorwaardenValidator : IRequestValidator<SaveBasisvoorwaarden>
{
    public IEnumerable<ValidationProblem> Validate(SaveBasisvoorwaarden request)
    {
        var given = request.Voorwaarden ?? [];
        if (NazorgNamen.Soorten.Any(s => given.Count(v => v.Soort == s) != 1))
        {
            yield return new(nameof(request.Voorwaarden), "Vul alle vijf basisvoorwaarden in.");
            yield break;
        }

        foreach (var v in given)
        {
            var naam = NazorgNamen.Naam(v.Soort);
            if (v.Status is not { } status || !Enum.IsDefined(status))
            {
                yield return new(nameof(request.Voorwaarden), $"{naam}: kies de status.");
                continue;
            }

            if (status is VoorwaardeStatus.InBehandeling or VoorwaardeStatus.Geregeld && string.IsNullOrWhiteSpace(v.Verantwoordelijke))
            {
                yield return new(nameof(request.Voorwaarden), $"{naam}: vul in wie verantwoordelijk is.");
            }

            if (status is VoorwaardeStatus.Geregeld or VoorwaardeStatus.NietGelukt && v.Datum is null)
            {
                yield return new(nameof(request.Voorwaarden), $"{naam}: vul de datum in.");
            }

            if (v.Datum is { } d && d.Year < 2000)
            {
                yield return new(nameof(request.Voorwaarden), $"{naam}: de datum is niet geldig.");
            }

            if (v.Verantwoordelijke is { Length: > 200 })
            {
                yield return new(nameof(request.Voorwaarden), $"{naam}: de verantwoordelijke is maximaal 200 tekens.");
            }
        }
    }
}

internal sealed class SaveBasisvoorwaardenHandler(NazorgDbContext db, IAccessLog log) : ICommandHandler<SaveBasisvoorwaarden>
{
    public async ValueTask<Unit> Handle(SaveBasisvoorwaarden command, CancellationToken cancellationToken)
    {
        var melding = await NazorgRecord.LoadForChangeAsync(db, command.Id, command.Version, cancellationToken);
        NazorgRecord.EnsureStatus(melding, MeldingStatus.Actief);
        var huidige = melding.OntslagenOp is null ? Fase.VoorOntslag : Fase.NaOntslag;
        if (command.Fase != huidige)
        {
            throw new RequestValidationException([new ValidationProblem(nameof(command.Fase), huidige == Fase.NaOntslag
                ? "De persoon is vrijgelaten: de basisvoorwaarden vóór ontslag liggen vast als stand bij ontslag. Werk de basisvoorwaarden na ontslag bij."
                : "De persoon is nog niet vrijgelaten: leg eerst het ontslag vast.")]);
        }

        foreach (var invoer in command.Voorwaarden)
        {
            var rij = melding.Basisvoorwaarden.Single(v => v.Soort == invoer.Soort && v.Fase == huidige);
            rij.Status = invoer.Status!.Value;
            rij.Verantwoordelijke = string.IsNullOrWhiteSpace(invoer.Verantwoordelijke) ? null : invoer.Verantwoordelijke.Trim();
            rij.Datum = invoer.Datum;
        }

        NazorgRecord.Touch(db, melding);
        await db.SaveChangesAsync(cancellationToken);
        await log.RecordAsync(new AccessRecord(AccessAction.Wijzigen, Purposes.Procesregie, [melding.PersoonId], null, NazorgModule.Id, "toegestaan", false,
            $"basisvoorwaarden {NazorgNamen.Naam(huidige).ToLowerInvariant()}"), cancellationToken);
        return Unit.Value;
    }
}
