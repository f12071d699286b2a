namespace ZvhPlatform.Kernel.Tenancy;

/// <summary>Where the regions are kept (the core implements it over its database).</summary>
public interface IRegionStore
{
    /// <summary>All regions.</summary>
    ValueTask<IReadOnlyList<RegionInfo>> AllAsync(CancellationToken cancellationToken = default);

    /// <summary>The region with this key, or null.</summary>
    ValueTask<RegionInfo?> FindByKeyAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>The region with this id, or null.</summary>
    ValueTask<RegionInfo?> FindByIdAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>The region that owns this host name, or null.</summary>
    ValueTask<RegionInfo?> FindByHostAsync(string host, CancellationToken cancellationToken = default);
}
