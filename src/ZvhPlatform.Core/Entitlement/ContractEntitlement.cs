using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Regions;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Entitlement;
using ZvhPlatform.Kernel.Modules;

namespace ZvhPlatform.Core.Entitlement;

/// <summary>
/// Entitlement from the region's contracts. Contracts are cached per region and dropped from the cache on every
/// change, so a switched plustaak shows at once on this instance. Other instances on the same database notice the
/// change within <see cref="ContractCacheOptions.RecheckInterval"/>: a cached entry older than that is checked
/// against the length of the region's contract history, which every change appends to in its own transaction
/// (docs/adr/0007). Periods are evaluated against the clock on each call, so a contract that ends disappears
/// without restart.
/// </summary>
internal sealed class ContractEntitlement(CoreDbContext db, IMemoryCache cache, ModuleCatalog catalog, ContractCacheOptions options)
    : IModuleEntitlement
{
    /// <summary>The backstop for a change that bypasses the history (it should not exist): reread at least this often.</summary>
    private static readonly TimeSpan MaximumAge = TimeSpan.FromSeconds(30);

    internal sealed record CachedContract(string ModuleId, DateOnly From, DateOnly? To, IReadOnlySet<string> Gemeenten)
    {
        public bool InForceOn(DateOnly date) => From <= date && (To is null || date <= To);
    }

    /// <summary>A region's contracts as read, with the length of its contract history at that moment.</summary>
    private sealed class Entry(IReadOnlyList<CachedContract> contracts, int stamp, long checkedAt)
    {
        public IReadOnlyList<CachedContract> Contracts { get; } = contracts;

        public int Stamp { get; } = stamp;

        /// <summary>When the stamp was last compared with the database (<see cref="Environment.TickCount64"/>).</summary>
        public long CheckedAt = checkedAt;
    }

    private static string Key(Guid regionId) => "zvh:contracts:" + regionId.ToString("N");

    public static void Invalidate(IMemoryCache cache, Guid regionId) => cache.Remove(Key(regionId));

    private async Task<IReadOnlyList<CachedContract>> ContractsAsync(Guid regionId, CancellationToken ct)
    {
        var now = Environment.TickCount64;
        if (cache.TryGetValue(Key(regionId), out Entry? cached) && cached is not null)
        {
            if (now - Interlocked.Read(ref cached.CheckedAt) < (long)options.RecheckInterval.TotalMilliseconds)
            {
                return cached.Contracts;
            }

            if (await StampAsync(regionId, ct) == cached.Stamp)
            {
                Interlocked.Exchange(ref cached.CheckedAt, now);
                return cached.Contracts;
            }
        }

        // The stamp is read before the contracts: a change committed in between leaves an older stamp, so the next
        // check reads again instead of keeping a stale list under a current stamp.
        var stamp = await StampAsync(regionId, ct);
        var rows = await db.Contracts.IgnoreQueryFilters([ModuleDbContext.RegionFilter]).AsNoTracking()
            .Where(c => c.RegionId == regionId)
            .Select(c => new { c.ModuleId, c.ValidFrom, c.ValidTo, Gemeenten = c.Gemeenten.Select(g => g.CbsCode).ToList() })
            .ToListAsync(ct);
        var entry = new Entry(rows
            .Select(r => new CachedContract(r.ModuleId, r.ValidFrom, r.ValidTo, r.Gemeenten.ToHashSet(StringComparer.OrdinalIgnoreCase)))
            .ToList(), stamp, now);
        cache.Set(Key(regionId), entry, MaximumAge);
        return entry.Contracts;
    }

    /// <summary>The number of history rows of the region's contracts: one index lookup, changed by every contract change.</summary>
    private Task<int> StampAsync(Guid regionId, CancellationToken ct) =>
        db.ContractChanges.IgnoreQueryFilters([ModuleDbContext.RegionFilter]).AsNoTracking().CountAsync(c => c.RegionId == regionId, ct);

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

    public async ValueTask<IReadOnlySet<string>?> MunicipalitiesAsync(Guid regionId, string moduleId, DateOnly date,
        CancellationToken cancellationToken = default)
    {
        if (!catalog.Contains(moduleId))
        {
            return new HashSet<string>();
        }

        var inForce = (await ContractsAsync(regionId, cancellationToken)).Where(c => c.ModuleId == moduleId && c.InForceOn(date)).ToList();
        return inForce.Any(c => c.Gemeenten.Count == 0)
            ? null
            : inForce.SelectMany(c => c.Gemeenten).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    public async ValueTask<IReadOnlySet<string>> EnabledModulesAsync(Guid regionId, DateOnly date, CancellationToken cancellationToken = default) =>
        (await ContractsAsync(regionId, cancellationToken))
            .Where(c => c.InForceOn(date) && catalog.Contains(c.ModuleId))
            .Select(c => c.ModuleId)
            .ToHashSet(StringComparer.Ordinal);
}

/// <summary>How often an instance checks whether another instance changed a region's contracts.</summary>
/// <param name="RecheckInterval">From <c>Contracts:RecheckInterval</c>; default two seconds.</param>
internal sealed record ContractCacheOptions(TimeSpan RecheckInterval)
{
    public const string Key = "Contracts:RecheckInterval";

    public static ContractCacheOptions Default { get; } = new(TimeSpan.FromSeconds(2));
}
