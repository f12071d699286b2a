using ZvhPlatform.Core.Contracts.Regions;
using ZvhPlatform.Kernel.Modules;

namespace ZvhPlatform.Web.Models;

/// <summary>The contract form (new or edit).</summary>
public sealed class ContractForm
{
    /// <summary>Null for a new contract.</summary>
    public Guid? Id { get; set; }

    /// <summary>Module id.</summary>
    public string? ModuleId { get; set; }

    /// <summary>Basistaak or plustaak.</summary>
    public ModuleKind Kind { get; set; } = ModuleKind.Plustaak;

    /// <summary>First day in force.</summary>
    public DateOnly? ValidFrom { get; set; }

    /// <summary>Last day in force; empty is open-ended.</summary>
    public DateOnly? ValidTo { get; set; }

    /// <summary>CBS codes of the municipalities; none means the whole region.</summary>
    public List<string> GemeenteCodes { get; set; } = [];

    /// <summary>Free note.</summary>
    public string? Note { get; set; }

    /// <summary>The version the editor saw.</summary>
    public long Version { get; set; }
}

/// <summary>The contract form page.</summary>
public sealed record ContractFormViewModel(
    ContractForm Form, IReadOnlyList<(string Id, string DisplayName)> Modules, IReadOnlyList<GemeenteInfo> Gemeenten,
    IReadOnlyList<string> Errors, bool Conflict);

/// <summary>The invoicing view: the chosen period as entered, the figures (null when the period is invalid) and the problems.</summary>
internal sealed record FacturatieViewModel(string Van, string Tot, ZvhPlatform.Core.Features.Contracts.Facturatie? Facturatie, IReadOnlyList<string> Errors);
