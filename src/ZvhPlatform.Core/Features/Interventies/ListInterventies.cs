using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Core.Features.Interventies;

/// <summary>The region's catalogue of interventions (active first); a region without one gets the standard interventions.</summary>
[RequiresPermission(CorePermissions.InterventiesBeheren)]
internal sealed record ListInterventies : IQuery<IReadOnlyList<InterventieRow>>;

internal sealed record InterventieRow(Guid Id, string Naam, bool Actief);

internal sealed class ListInterventiesHandler(CaseworkDbContext db, IRegionContext region) : IQueryHandler<ListInterventies, IReadOnlyList<InterventieRow>>
{
    public async ValueTask<IReadOnlyList<InterventieRow>> Handle(ListInterventies query, CancellationToken cancellationToken)
    {
        await InterventieCatalogus.EnsureAsync(db, region.RequiredRegion.Id, cancellationToken);
        var rows = await db.Interventies.AsNoTracking().Select(i => new InterventieRow(i.Id, i.Naam, i.Actief)).ToListAsync(cancellationToken);
        return rows.OrderByDescending(r => r.Actief).ThenBy(r => r.Naam, StringComparer.CurrentCulture).ToList();
    }
}
