using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Features.Casework;

namespace ZvhPlatform.Web.Models;

/// <summary>The case list, with the emergency-access form for partners.</summary>
internal sealed record CaseListViewModel(CaseListPage Page, CasusStatus? Status, string? Aanpak, bool Afgesloten, bool CanBreakGlass, IReadOnlyList<string> Errors)
{
    public IReadOnlyList<CaseRow> Cases => Page.Rows;

    /// <summary>The query string of the current filter, for the next-page link.</summary>
    public string FilterQuery =>
        $"status={Status}&aanpak={Uri.EscapeDataString(Aanpak ?? "")}&afgesloten={(Afgesloten ? "true" : "false")}";
}

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
