namespace ZvhPlatform.Web.Models;

/// <summary>A module in use in the region today.</summary>
public sealed record ModuleSummary(string Id, string DisplayName, string? Path);

/// <summary>The start page.</summary>
public sealed record HomeViewModel(string RegionName, string UserName, IReadOnlyList<string> Roles, IReadOnlyList<ModuleSummary> Modules, bool CanSwitchRegion);

/// <summary>A region the user can work in.</summary>
public sealed record RegionChoice(Guid Id, string Key, string Name, bool Active);
