using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Privacy;
using ZvhPlatform.Kernel.Modules;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Privacy;

/// <summary>
/// Replaces the rows of a concept version (purposes and legal bases, data sharing, retention, informing).
/// An established version is refused; a save by someone else in between ends in a conflict.
/// </summary>
[RequiresPermission(CorePermissions.PrivacyprotocolBeheren)]
internal sealed record SaveProtocolConcept(
    Guid Id, string? DpiaReferentie, IReadOnlyList<DoelRegel> Doelen, IReadOnlyList<GegevensdelingRegel> Gegevensdeling,
    IReadOnlyList<BewaartermijnRegel> Bewaartermijnen, IReadOnlyList<InformerenRegel> Informeren, long Version) : ICommand;

internal sealed class SaveProtocolConceptValidator(ModuleCatalog catalog) : IRequestValidator<SaveProtocolConcept>
{
    public const int MaxBewaartermijnMaanden = 600;

    public IEnumerable<ValidationProblem> Validate(SaveProtocolConcept request)
    {
        var known = ProtocolModules.All(catalog).Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        bool Unknown(string moduleId) => !known.Contains(moduleId ?? "");

        if (request.DpiaReferentie?.Length > 200)
        {
            yield return new(nameof(request.DpiaReferentie), "De DPIA-referentie is te lang (maximaal 200 tekens).");
        }

        if (request.Doelen.Any(d => Unknown(d.ModuleId) || string.IsNullOrWhiteSpace(d.Doel) || string.IsNullOrWhiteSpace(d.Grondslag)))
        {
            yield return new(nameof(request.Doelen), "Vul bij elk doel de module, het doel en de grondslag in.");
        }

        if (request.Doelen.Any(d => d.Doel?.Length > 200 || d.Grondslag?.Length > 300))
        {
            yield return new(nameof(request.Doelen), "Een doel is maximaal 200 en een grondslag maximaal 300 tekens.");
        }

        if (request.Doelen.GroupBy(d => (d.ModuleId, (d.Doel ?? "").Trim().ToUpperInvariant())).Any(g => g.Count() > 1))
        {
            yield return new(nameof(request.Doelen), "Hetzelfde doel staat twee keer bij dezelfde module.");
        }

        if (request.Gegevensdeling.Any(g => Unknown(g.ModuleId) || string.IsNullOrWhiteSpace(g.PartnerType) || g.PartnerType.Length > 200))
        {
            yield return new(nameof(request.Gegevensdeling), "Vul bij elke gegevensdeling de module en het soort partner in (maximaal 200 tekens).");
        }

        if (request.Bewaartermijnen.Any(b => Unknown(b.ModuleId) || b.MaandenNaAfsluiting is < 1 or > MaxBewaartermijnMaanden))
        {
            yield return new(nameof(request.Bewaartermijnen),
                $"Vul bij elke bewaartermijn de module en een aantal maanden van 1 tot en met {MaxBewaartermijnMaanden} in.");
        }

        if (request.Bewaartermijnen.GroupBy(b => b.ModuleId).Any(g => g.Count() > 1))
        {
            yield return new(nameof(request.Bewaartermijnen), "Een module heeft één bewaartermijn.");
        }

        if (request.Informeren.Any(i => Unknown(i.ModuleId) || (i.RedenenNietInformeren?.Length ?? 0) > 2000))
        {
            yield return new(nameof(request.Informeren), "Kies bij elke regel over informeren de module (redenen samen maximaal 2000 tekens).");
        }

        if (request.Informeren.GroupBy(i => i.ModuleId).Any(g => g.Count() > 1))
        {
            yield return new(nameof(request.Informeren), "Een module heeft één regel over informeren.");
        }

        if (request.Informeren.Any(i => !i.StandaardInformeren && string.IsNullOrWhiteSpace(i.RedenenNietInformeren)))
        {
            yield return new(nameof(request.Informeren), "Geef aan wanneer betrokkene niet wordt geïnformeerd: vul de redenen in.");
        }
    }
}

internal sealed class SaveProtocolConceptHandler(PrivacyDbContext db) : ICommandHandler<SaveProtocolConcept>
{
    public async ValueTask<Unit> Handle(SaveProtocolConcept command, CancellationToken cancellationToken)
    {
        var version = await db.ProtocolVersies.Include(v => v.Doelen).Include(v => v.Gegevensdelingen).Include(v => v.Bewaartermijnen)
                          .Include(v => v.Informeren).AsSplitQuery().SingleOrDefaultAsync(v => v.Id == command.Id, cancellationToken)
                      ?? throw new KeyNotFoundException("Protocolversie niet gevonden.");
        EnsureConcept(version);
        db.Entry(version).Property(v => v.Version).OriginalValue = command.Version;
        version.DpiaReferentie = string.IsNullOrWhiteSpace(command.DpiaReferentie) ? null : command.DpiaReferentie.Trim();
        db.ProtocolDoelen.RemoveRange(version.Doelen);
        db.ProtocolGegevensdelingen.RemoveRange(version.Gegevensdelingen);
        db.ProtocolBewaartermijnen.RemoveRange(version.Bewaartermijnen);
        db.ProtocolInformeren.RemoveRange(version.Informeren);
        db.ProtocolDoelen.AddRange(command.Doelen.Select(d => new ProtocolDoel
        {
            VersieId = version.Id, ModuleId = d.ModuleId, Doel = d.Doel.Trim(), Grondslag = d.Grondslag.Trim(),
        }));
        db.ProtocolGegevensdelingen.AddRange(command.Gegevensdeling.Select(g => new ProtocolGegevensdeling
        {
            VersieId = version.Id, ModuleId = g.ModuleId, PartnerType = g.PartnerType.Trim(), Categorie = g.Categorie,
        }));
        db.ProtocolBewaartermijnen.AddRange(command.Bewaartermijnen.Select(b => new ProtocolBewaartermijn
        {
            VersieId = version.Id, ModuleId = b.ModuleId, MaandenNaAfsluiting = b.MaandenNaAfsluiting,
        }));
        db.ProtocolInformeren.AddRange(command.Informeren.Select(i => new ProtocolInformeren
        {
            VersieId = version.Id, ModuleId = i.ModuleId, StandaardInformeren = i.StandaardInformeren,
            RedenenNietInformeren = string.Join("\n", (i.RedenenNietInformeren ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)),
        }));
        // Rows live in their own tables; bump the version row so two editors of one concept always collide.
        db.Entry(version).Property(v => v.Version).IsModified = true;
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    internal static void EnsureConcept(PrivacyprotocolVersie version)
    {
        if (version.Status != ProtocolStatus.Concept)
        {
            throw new RequestValidationException([new ValidationProblem("Status",
                $"Versie {version.VersieNummer} is vastgesteld en kan niet meer worden gewijzigd; maak een nieuwe conceptversie.")]);
        }
    }
}
