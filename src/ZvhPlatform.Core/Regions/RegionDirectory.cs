using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Regions;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Entitlement;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Core.Regions;

internal sealed class RegionDirectory(CoreDbContext db, IRegionContext region, IModuleEntitlement entitlement) : IRegionDirectory
{
    public async Task<IReadOnlyList<GemeenteInfo>> GemeentenAsync(CancellationToken cancellationToken = default) =>
        await (from g in db.Gemeenten.AsNoTracking()
               join d in db.Districts.AsNoTracking() on g.DistrictId equals d.Id into ds
               from d in ds.DefaultIfEmpty()
               orderby g.Name
               select new GemeenteInfo(g.CbsCode, g.Name, d == null ? null : d.Name)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<GemeenteInfo>> GemeentenWithModuleAsync(string moduleId, DateOnly date, CancellationToken cancellationToken = default)
    {
        // From the cached contracts in one go: asking per municipality built a refusal message, with a query for the
        // municipality's name, for every one outside the contract.
        var covered = await entitlement.MunicipalitiesAsync(region.RequiredRegion.Id, moduleId, date, cancellationToken);
        var gemeenten = await GemeentenAsync(cancellationToken);
        return covered is null ? gemeenten : gemeenten.Where(g => covered.Contains(g.CbsCode)).ToList();
    }
}
