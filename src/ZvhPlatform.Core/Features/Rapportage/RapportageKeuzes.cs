using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Regions;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Rapportage;

/// <summary>What the report filters offer: the region's aanpakken, sub-aanpakken in use, districts and municipalities, and the settings.</summary>
[RequiresPermission(CorePermissions.RapportageInzien)]
internal sealed record RapportageKeuzes : IQuery<RapportageKeuzesResult>;

internal sealed record RapportageKeuzesResult(IReadOnlyList<(string Id, string Naam)> Modules, IReadOnlyList<string> SubAanpakken, IReadOnlyList<string> Districten,
    IReadOnlyList<GemeenteInfo> Gemeenten, RapportInstellingen Instellingen);

internal sealed class RapportageKeuzesHandler(RapportageModules modules, IRegionDirectory regio, CaseworkDbContext db, RapportageBerekening berekening)
    : IQueryHandler<RapportageKeuzes, RapportageKeuzesResult>
{
    public async ValueTask<RapportageKeuzesResult> Handle(RapportageKeuzes query, CancellationToken cancellationToken)
    {
        var gemeenten = await regio.GemeentenAsync(cancellationToken);
        var subs = await db.Casussen.AsNoTracking().Where(c => c.SubAanpak != null).Select(c => c.SubAanpak!).Distinct().ToListAsync(cancellationToken);
        return new RapportageKeuzesResult(await modules.ModulesAsync(cancellationToken), subs.Order(StringComparer.Ordinal).ToList(),
            gemeenten.Where(g => g.District is not null).Select(g => g.District!).Distinct().Order(StringComparer.Ordinal).ToList(), gemeenten,
            await berekening.InstellingenAsync(cancellationToken));
    }
}
