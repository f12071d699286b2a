using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Regions;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Entitlement;
using ZvhPlatform.Kernel.Modules;

namespace ZvhPlatform.Core.Entitlement;

/// <summary>
/// Entitlement from the region's contracts. Contracts are cached per region for a short time and
/// dropped from the cache on every change, so a switched plustaak shows at once on this instance
/// and within the cache lifetime on others; periods are evaluated against the clock on each call,
/// so a contract that ends disappears without restart.
/// </summary>
internal sealed class ContractEntitlement(CoreDbContext db, IMemoryCache cache, ModuleCatalog catalog) : IModuleEntitlement
{
    internal sealed record CachedContract(string ModuleId, DateOnly From, DateOnly? To, IReadOnlySet<string> Gemeenten)
    {
        public bool InForceOn(DateOnly date) => From <= date && (To is null || date <= To);
    }

    private static string Key(Guid regionId) => "zvh:contracts:" + regionId.ToString("N");

    public static void Invalidate(IMemoryCache cache, Guid regionId) => cache.Remove(Key(regionId));

    private async Task<IReadOnlyList<CachedContract>> ContractsAsync(Guid regionId, CancellationToken ct) =>
        await cache.GetOrCreateAsync(Key(regionId), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(30);
            var rows = await db.Contracts.IgnoreQueryFilters([ModuleDbContext.RegionFilter]).AsNoTracking()
                .Where(c => c.RegionId == regionId)
                .Select(c => new { c.ModuleId, c.ValidFrom, c.ValidTo, Gemeenten = c.Gemeenten.Select(g => g.CbsCode).ToList() })
                .ToListAsync(ct);
            return (IReadOnlyList<CachedContract>)rows
                .Select(r => new CachedContract(r.ModuleId, r.ValidFrom, r.ValidTo, r.Gemeenten.ToHashSet(StringComparer.OrdinalIgnoreCase)))
                .ToList();
        }) ?? [];

    public async ValueTask<bool> IsEnabledAsync(Guid regionId, string moduleId, DateOnly date, CancellationToken cancellationToken = default) =>
        catalog.Contains(moduleId)
        && (await ContractsAsync(regionId, cancellationToken)).Any(c => c.ModuleId == moduleId && c.InForceOn(date));

    public async ValueTask<EntitlementDecision> CheckMunicipalityAsync(Guid regionId, string moduleId, string gemeenteCode, DateOnly date,
        CancellationToken cancellationToken = default)
    {
        var module = catalog.Find(moduleId);
        if (module is null)
        {
            return EntitlementDecision.Refuse("Deze module is niet geïnstalleerd.");
        }

        var inForce = (await ContractsAsync(regionId, cancellationToken)).Where(c => c.ModuleId == moduleId && c.InForceOn(date)).ToList();
        if (inForce.Count == 0)
        {
            return EntitlementDecision.Refuse(
                $"De regio heeft {module.Manifest.DisplayName} niet afgenomen op {date:dd-MM-yyyy}.");
        }

        if (inForce.Any(c => c.Gemeenten.Count == 0 || c.Gemeenten.Contains(gemeenteCode)))
        {
            return EntitlementDecision.Allow;
        }

        var name = await db.Gemeenten.IgnoreQueryFilters([ModuleDbContext.RegionFilter]).AsNoTracking()
            .Where(g => g.RegionId == regionId && g.CbsCode == gemeenteCode).Select(g => g.Name)
            .FirstOrDefaultAsync(cancellationToken);
        return EntitlementDecision.Refuse(name is null
            ? $"Gemeente {gemeenteCode} hoort niet bij deze regio."
            : $"De gemeente {name} heeft {module.Manifest.DisplayName} niet afgenomen op {date:dd-MM-yyyy}.");
    }

    public async ValueTask<IReadOnlySet<string>> EnabledModulesAsync(Guid regionId, DateOnly date, CancellationToken cancellationToken = default) =>
        (await ContractsAsync(regionId, cancellationToken))
            .Where(c => c.InForceOn(date) && catalog.Contains(c.ModuleId))
            .Select(c => c.ModuleId)
            .ToHashSet(StringComparer.Ordinal);
}
