using ZvhPlatform.Core.Contracts.Partners;
using ZvhPlatform.Kernel.Outbox;

namespace ZvhPlatform.Core.Contracts.Casework;

/// <summary>A sub-aanpak a module offers within its aanpak, e.g. CoVeCa's Top X.</summary>
/// <param name="Code">Stable code stored on aanmeldingen and cases, e.g. "topx".</param>
/// <param name="Naam">Dutch display name.</param>
public sealed record SubAanpakInfo(string Code, string Naam);

/// <summary>What a module is told about an aanmelding it has to judge at intake.</summary>
/// <param name="ModuleId">The aanpak.</param>
/// <param name="SubAanpak">The chosen sub-aanpak, if any.</param>
/// <param name="Verwijzer">The referring convenantpartner, when it is a registered one.</param>
/// <param name="GemeenteCode">The person's municipality of registration.</param>
public sealed record IntakeContext(string ModuleId, string? SubAanpak, PartnerInfo? Verwijzer, string? GemeenteCode);

/// <summary>What a module is told about a case that is about to close.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="ModuleId">Its aanpak.</param>
/// <param name="SubAanpak">Its sub-aanpak.</param>
/// <param name="Reden">The chosen closing reason.</param>
public sealed record ClosingContext(Guid CaseId, string ModuleId, string? SubAanpak, string Reden);

/// <summary>A link a module adds to the core's case page (its own screens for that case).</summary>
/// <param name="Titel">Link text.</param>
/// <param name="Url">Relative URL within the region.</param>
public sealed record CaseLink(string Titel, string Url);

/// <summary>
/// How a module adds what is special about its approach to the common way of working: its
/// sub-aanpakken, who may refer, its intake and closing criteria and its own case screens.
/// Implementations are registered by the module; the core asks the one whose <see cref="ModuleId"/>
/// matches the case. A module without one simply follows the common way of working.
/// </summary>
public interface ICaseworkExtension
{
    /// <summary>The module this extension belongs to.</summary>
    string ModuleId { get; }

    /// <summary>The sub-aanpakken offered in the aanmelding form (empty: none).</summary>
    IReadOnlyList<SubAanpakInfo> SubAanpakken { get; }

    /// <summary>Problems (Dutch) that refuse the aanmelding, e.g. "only gemeente, politie and OM may refer to Top X".</summary>
    Task<IReadOnlyList<string>> ValidateIntakeAsync(IntakeContext context, CancellationToken cancellationToken = default);

    /// <summary>Problems (Dutch) that refuse closing the case, e.g. the region's closing checklist is not filled in.</summary>
    Task<IReadOnlyList<string>> ValidateClosingAsync(ClosingContext context, CancellationToken cancellationToken = default);

    /// <summary>Links to the module's own screens for a case.</summary>
    IReadOnlyList<CaseLink> Links(Guid caseId);
}

/// <summary>A case as modules may read it (no personal content beyond the reference).</summary>
/// <param name="Id">Case id.</param>
/// <param name="Kenmerk">Human-readable reference.</param>
/// <param name="ModuleId">Aanpak.</param>
/// <param name="SubAanpak">Sub-aanpak.</param>
/// <param name="Status">Current status.</param>
/// <param name="HoofdpersoonId">The main person.</param>
/// <param name="GemeenteCode">Municipality of the main person when opened.</param>
/// <param name="GeopendOp">Opened on.</param>
/// <param name="AfgeslotenOp">Closed or afgeschaald on.</param>
/// <param name="ProcesregisseurNaam">The procesregisseur, if assigned.</param>
public sealed record CaseSummary(Guid Id, string Kenmerk, string ModuleId, string? SubAanpak, CasusStatus Status, Guid HoofdpersoonId,
    string? GemeenteCode, DateOnly GeopendOp, DateOnly? AfgeslotenOp, string? ProcesregisseurNaam);

/// <summary>Read access to the region's cases for modules; need-to-know is applied for the current user.</summary>
public interface ICaseDirectory
{
    /// <summary>The case, or null when it does not exist in this region or the user may not see it.</summary>
    Task<CaseSummary?> FindAsync(Guid caseId, CancellationToken cancellationToken = default);

    /// <summary>The region's cases of a module the user may see, newest first.</summary>
    Task<IReadOnlyList<CaseSummary>> ListAsync(string moduleId, bool includeClosed, CancellationToken cancellationToken = default);

    /// <summary>How many of the region's cases of a module the user may see, per sub-aanpak (null: without one), counted in the database.</summary>
    Task<IReadOnlyList<SubAanpakAantal>> CountPerSubAanpakAsync(string moduleId, bool includeClosed, CancellationToken cancellationToken = default);

    /// <summary>One page of the region's cases of a module the user may see, newest first (opening date, then kenmerk).</summary>
    Task<IReadOnlyList<CaseSummary>> PageAsync(ModuleCasePage page, CancellationToken cancellationToken = default);
}

/// <summary>How many cases of a module have this sub-aanpak.</summary>
/// <param name="SubAanpak">The sub-aanpak code, or null for cases without one.</param>
/// <param name="Aantal">The number of cases.</param>
public sealed record SubAanpakAantal(string? SubAanpak, int Aantal);

/// <summary>Which page of a module's cases: those with one of <paramref name="SubAanpakken"/>, or, when <paramref name="Overige"/>,
/// those with none of them (including cases without a sub-aanpak); after the case <paramref name="Na"/> points at (keyset, so a
/// deep page costs what the first does).</summary>
/// <param name="ModuleId">The aanpak.</param>
/// <param name="IncludeClosed">Also closed and afgeschaalde cases.</param>
/// <param name="SubAanpakken">The sub-aanpak codes.</param>
/// <param name="Overige">The cases outside <paramref name="SubAanpakken"/> instead of inside.</param>
/// <param name="Na">The last shown case, or null for the first page.</param>
/// <param name="Aantal">At most this many cases.</param>
public sealed record ModuleCasePage(string ModuleId, bool IncludeClosed, IReadOnlyList<string> SubAanpakken, bool Overige,
    CaseCursor? Na, int Aantal);

/// <summary>A case changed status (opened, in regie, afgeschaald, afgesloten, heropend).</summary>
/// <param name="CaseId">The case.</param>
/// <param name="ModuleId">Its aanpak.</param>
/// <param name="Van">Previous status (null when opened).</param>
/// <param name="Naar">New status.</param>
/// <param name="Datum">Effective date.</param>
public sealed record CasusStatusGewijzigd(Guid CaseId, string ModuleId, CasusStatus? Van, CasusStatus Naar, DateOnly Datum) : IIntegrationEvent;
