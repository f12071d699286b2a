namespace ZvhPlatform.Kernel.Data;

/// <summary>
/// Marks an entity that belongs to one region. Reads are filtered to the current region by a
/// named query filter; writes are stamped and checked by <see cref="RegionStampInterceptor"/>.
/// </summary>
public interface IRegionOwned
{
    /// <summary>The owning region.</summary>
    Guid RegionId { get; set; }
}

/// <summary>Marks an entity people edit together; the version is round-tripped through forms.</summary>
public interface IVersioned
{
    /// <summary>Concurrency token, incremented on every save.</summary>
    long Version { get; set; }
}
