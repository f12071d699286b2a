using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Privacy;
using ZvhPlatform.Kernel.Modules;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Privacy;

/// <summary>One version of the region's privacy protocol with all its rows.</summary>
[RequiresPermission(CorePermissions.PrivacyprotocolInzien)]
internal sealed record ViewProtocolVersie(Guid Id) : IQuery<ProtocolVersieDetails>;

internal sealed record DoelRegel(string ModuleId, string Doel, string Grondslag);

internal sealed record GegevensdelingRegel(string ModuleId, string PartnerType, DataCategory Categorie);

internal sealed record BewaartermijnRegel(string ModuleId, int MaandenNaAfsluiting);

internal sealed record InformerenRegel(string ModuleId, bool StandaardInformeren, string RedenenNietInformeren);

internal sealed record ProtocolVersieDetails(
    Guid Id, int VersieNummer, ProtocolStatus Status, DateOnly? GeldigVanaf, string? DpiaReferentie, string AangemaaktDoor, DateTime AangemaaktUtc,
    string? VastgesteldDoor, DateTime? VastgesteldUtc, long Version,
    IReadOnlyList<DoelRegel> Doelen, IReadOnlyList<GegevensdelingRegel> Gegevensdeling, IReadOnlyList<BewaartermijnRegel> Bewaartermijnen,
    IReadOnlyList<InformerenRegel> Informeren, IReadOnlyList<(string Id, string Name)> Modules)
{
    public bool IsConcept => Status == ProtocolStatus.Concept;
}

internal sealed class ViewProtocolVersieHandler(PrivacyDbContext db, ModuleCatalog catalog) : IQueryHandler<ViewProtocolVersie, ProtocolVersieDetails>
{
    public async ValueTask<ProtocolVersieDetails> Handle(ViewProtocolVersie query, CancellationToken cancellationToken)
    {
        var v = await db.ProtocolVersies.AsNoTracking()
                    .Include(x => x.Doelen).Include(x => x.Gegevensdelingen).Include(x => x.Bewaartermijnen).Include(x => x.Informeren)
                    .AsSplitQuery()
                    .SingleOrDefaultAsync(x => x.Id == query.Id, cancellationToken)
                ?? throw new KeyNotFoundException("Protocolversie niet gevonden.");
        return Details(v, catalog);
    }

    internal static ProtocolVersieDetails Details(PrivacyprotocolVersie v, ModuleCatalog catalog) => new(
        v.Id, v.VersieNummer, v.Status, v.GeldigVanaf, v.DpiaReferentie, v.AangemaaktDoor, v.AangemaaktUtc, v.VastgesteldDoor, v.VastgesteldUtc,
        v.Version,
        v.Doelen.OrderBy(d => d.ModuleId, StringComparer.Ordinal).ThenBy(d => d.Doel, StringComparer.Ordinal)
            .Select(d => new DoelRegel(d.ModuleId, d.Doel, d.Grondslag)).ToList(),
        v.Gegevensdelingen.OrderBy(d => d.ModuleId, StringComparer.Ordinal).ThenBy(d => d.PartnerType, StringComparer.Ordinal)
            .Select(d => new GegevensdelingRegel(d.ModuleId, d.PartnerType, d.Categorie)).ToList(),
        v.Bewaartermijnen.OrderBy(d => d.ModuleId, StringComparer.Ordinal).Select(d => new BewaartermijnRegel(d.ModuleId, d.MaandenNaAfsluiting)).ToList(),
        v.Informeren.OrderBy(d => d.ModuleId, StringComparer.Ordinal)
            .Select(d => new InformerenRegel(d.ModuleId, d.StandaardInformeren, d.RedenenNietInformeren)).ToList(),
        ProtocolModules.All(catalog));
}
