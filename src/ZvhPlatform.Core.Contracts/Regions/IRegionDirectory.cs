namespace ZvhPlatform.Core.Contracts.Regions;

/// <summary>A municipality of a region.</summary>
/// <param name="CbsCode">CBS code, e.g. <c>GM0344</c>.</param>
/// <param name="Name">Name, e.g. "Utrecht".</param>
/// <param name="District">District within the region, or null.</param>
public sealed record GemeenteInfo(string CbsCode, string Name, string? District);

/// <summary>What modules may read of the region's geography.</summary>
public interface IRegionDirectory
{
    /// <summary>The municipalities of the current region, ordered by name.</summary>
    Task<IReadOnlyList<GemeenteInfo>> GemeentenAsync(CancellationToken cancellationToken = default);

    /// <summary>The municipalities for which the module may take new work on the date.</summary>
    Task<IReadOnlyList<GemeenteInfo>> GemeentenWithModuleAsync(string moduleId, DateOnly date, CancellationToken cancellationToken = default);
}
