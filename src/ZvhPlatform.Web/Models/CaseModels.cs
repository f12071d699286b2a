using ZvhPlatform.Core.Features.Casework;

namespace ZvhPlatform.Web.Models;

/// <summary>The case list, with the emergency-access form for partners.</summary>
internal sealed record CaseListViewModel(IReadOnlyList<CaseRow> Cases, bool CanBreakGlass, IReadOnlyList<string> Errors);

/// <summary>A choice of aanpak and protocol purpose for a new case.</summary>
public sealed record CasePurposeOption(string Value, string Label);

/// <summary>The new-case form.</summary>
internal sealed record NewCaseViewModel(Guid PersonId, string PersonName, IReadOnlyList<CasePurposeOption> Options, IReadOnlyList<string> Errors);

/// <summary>The case page.</summary>
internal sealed record CaseViewModel(CaseDetails Case, bool CanWork, IReadOnlyList<string> Errors)
{
    /// <summary>Convenantpartners to choose as casushouder or "namens".</summary>
    public IReadOnlyList<ZvhPlatform.Core.Contracts.Partners.PartnerInfo> Partners { get; init; } = [];

    /// <summary>The region's procesregisseurs.</summary>
    public IReadOnlyList<ProcesregisseurOption> Regisseurs { get; init; } = [];
}
