using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Core.Regions;

/// <summary>The regions, read from the core database and kept briefly in memory (they rarely change).</summary>
internal sealed class RegionStore(CoreDbContext db, IMemoryCache cache) : IRegionStore
{
    private const string CacheKey = "zvh:regions";

    public static void Invalidate(IMemoryCache cache) => cache.Remove(CacheKey);

    public async ValueTask<IReadOnlyList<RegionInfo>> AllAsync(CancellationToken cancellationToken = default) =>
        await cache.GetOrCreateAsync(CacheKey, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1);
            var rows = await db.Regions.AsNoTracking().OrderBy(r => r.Name).ToListAsync(cancellationToken);
            return (IReadOnlyList<RegionInfo>)rows
                .Select(r => new RegionInfo(r.Id, r.Key, r.Name, r.HostNames.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
                .ToList();
        }) ?? [];

    public async ValueTask<RegionInfo?> FindByKeyAsync(string key, CancellationToken cancellationToken = default) =>
        (await AllAsync(cancellationToken)).FirstOrDefault(r => string.Equals(r.Key, key, StringComparison.OrdinalIgnoreCase));

    public async ValueTask<RegionInfo?> FindByIdAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await AllAsync(cancellationToken)).FirstOrDefault(r => r.Id == id);

    public async ValueTask<RegionInfo?> FindByHostAsync(string host, CancellationToken cancellationToken = default) =>
        (await AllAsync(cancellationToken)).FirstOrDefault(r => r.HostNames.Contains(host, StringComparer.OrdinalIgnoreCase));
}
