namespace ZvhPlatform.Kernel.Modules;

/// <summary>Whether a module is covered by the common funding or bought separately.</summary>
public enum ModuleKind
{
    /// <summary>Covered by the region's common funding.</summary>
    Basistaak,

    /// <summary>Bought separately, often by a subset of municipalities, for a period.</summary>
    Plustaak,
}

/// <summary>Another module this module needs, with the lowest version it works with.</summary>
public sealed record ModuleDependency(string ModuleId, Version MinimumVersion);

/// <summary>A permission a module defines; its name is prefixed with the module id.</summary>
/// <param name="Name">e.g. <c>coveca.casus.bewerken</c>.</param>
/// <param name="Description">Dutch description for the beheerder.</param>
/// <param name="GrantedToRoles">Roles that have the permission.</param>
public sealed record ModulePermission(string Name, string Description, IReadOnlyList<string> GrantedToRoles);

/// <summary>An entry in the main navigation, shown only where the module is enabled.</summary>
public sealed record NavigationItem(string Text, string Path, int Order = 100, string? RequiredPermission = null);

/// <summary>
/// A job that runs on a schedule once for every region that has the module enabled.
/// </summary>
/// <param name="Name">Unique within the module.</param>
/// <param name="Cron">Cron expression (UTC).</param>
/// <param name="JobType">A type implementing <see cref="Jobs.IRegionRecurringJob"/>.</param>
/// <param name="AlsoWithoutContract">
/// Runs in every region, also where the module is not (or no longer) enabled: for duties that outlive the contract,
/// such as deleting a module's data when its retention term ends after the region stopped buying the module.
/// </param>
public sealed record RecurringJobDefinition(string Name, string Cron, Type JobType, bool AlsoWithoutContract = false);

/// <summary>What a module declares about itself.</summary>
public sealed record ModuleManifest
{
    /// <summary>Lowercase ascii id; also the area name, SQL schema, permission prefix and contract key.</summary>
    public required string Id { get; init; }

    /// <summary>Name shown to users (Dutch).</summary>
    public required string DisplayName { get; init; }

    /// <summary>Version of the module itself.</summary>
    public required Version Version { get; init; }

    /// <summary>How a region gets this module by default.</summary>
    public required ModuleKind DefaultKind { get; init; }

    /// <summary>The lowest kernel version the module was built against (same major required).</summary>
    public required Version RequiresKernel { get; init; }

    /// <summary>Modules this one needs.</summary>
    public IReadOnlyList<ModuleDependency> Dependencies { get; init; } = [];

    /// <summary>Permissions the module defines.</summary>
    public IReadOnlyList<ModulePermission> Permissions { get; init; } = [];

    /// <summary>Navigation entries.</summary>
    public IReadOnlyList<NavigationItem> Navigation { get; init; } = [];

    /// <summary>
    /// True for a module under its own legal regime (CTER): persons known only through its cases are invisible to
    /// the general person search and the bekendheidscheck, and its cases to users without
    /// <c>{id}.compartiment</c>.
    /// </summary>
    public bool Compartment { get; init; }

    /// <summary>The permission that opens the module's compartment.</summary>
    public string CompartmentPermission => Id + ".compartiment";

    /// <summary>Recurring jobs, run per region that has the module.</summary>
    public IReadOnlyList<RecurringJobDefinition> RecurringJobs { get; init; } = [];
}
