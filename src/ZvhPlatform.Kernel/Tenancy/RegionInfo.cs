namespace ZvhPlatform.Kernel.Tenancy;

/// <summary>A region (tenant): one Zorg- en Veiligheidshuis.</summary>
/// <param name="Id">Stable id, stamped on every region-owned row.</param>
/// <param name="Key">Short lowercase key used in paths (<c>/r/{key}/...</c>) and commands.</param>
/// <param name="Name">Display name, e.g. "ZVH Regio Utrecht".</param>
/// <param name="HostNames">Host names that resolve to this region.</param>
public sealed record RegionInfo(Guid Id, string Key, string Name, IReadOnlyList<string> HostNames);
