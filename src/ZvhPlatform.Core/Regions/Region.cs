using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Modules;

namespace ZvhPlatform.Core.Regions;

/// <summary>A Zorg- en Veiligheidshuis region (tenant).</summary>
internal sealed class Region
{
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>Short key used in paths and commands, e.g. <c>utrecht</c>.</summary>
    public string Key { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    /// <summary>Host names that resolve to this region, separated by spaces.</summary>
    public string HostNames { get; set; } = string.Empty;

    /// <summary>Contact point given in the national bekendheidscheck.</summary>
    public string? Contactpunt { get; set; }
}

/// <summary>A district within a region (Utrecht: West, Stad, Oost).</summary>
internal sealed class District : IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    public string Name { get; set; } = string.Empty;
}

/// <summary>A municipality of a region, identified by its CBS code.</summary>
internal sealed class Gemeente : IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    /// <summary>CBS code, e.g. GM0344.</summary>
    public string CbsCode { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public Guid? DistrictId { get; set; }
}

/// <summary>
/// What a region bought: a module, as basistaak or plustaak, for some municipalities (none listed
/// means the whole region), for a period.
/// </summary>
internal sealed class ModuleContract : IRegionOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    public string ModuleId { get; set; } = string.Empty;

    public ModuleKind Kind { get; set; }

    public DateOnly ValidFrom { get; set; }

    /// <summary>Last day the contract is in force; null means open-ended.</summary>
    public DateOnly? ValidTo { get; set; }

    public string? Note { get; set; }

    public long Version { get; set; }

    public List<ContractGemeente> Gemeenten { get; set; } = [];

    public bool InForceOn(DateOnly date) => ValidFrom <= date && (ValidTo is null || date <= ValidTo);

    public bool CoversWholeRegion => Gemeenten.Count == 0;
}

/// <summary>A municipality that takes part in a contract.</summary>
internal sealed class ContractGemeente
{
    public Guid ContractId { get; set; }

    public string CbsCode { get; set; } = string.Empty;
}

/// <summary>One change to a contract: who, when, what (for the functioneel beheerder's history).</summary>
internal sealed class ContractChange : IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    public Guid ContractId { get; set; }

    public string ModuleId { get; set; } = string.Empty;

    public DateTime ChangedUtc { get; set; }

    public Guid? UserId { get; set; }

    /// <summary>Display name of the user at the time of the change (users may be removed later).</summary>
    public string ChangedBy { get; set; } = string.Empty;

    /// <summary>aangemaakt, gewijzigd, beeindigd.</summary>
    public string Action { get; set; } = string.Empty;

    /// <summary>What changed, in Dutch (e.g. "Geldig tot: open → 31-12-2023").</summary>
    public string Description { get; set; } = string.Empty;
}
