namespace ZvhPlatform.Core.Contracts.Privacy;

/// <summary>What was done with personal or case data (NEN 7513 "actie").</summary>
public enum AccessAction
{
    /// <summary>Data was created.</summary>
    Aanmaken,

    /// <summary>Data was shown.</summary>
    Inzien,

    /// <summary>Data was changed.</summary>
    Wijzigen,

    /// <summary>Data was deleted or anonymised.</summary>
    Verwijderen,

    /// <summary>A search showed these persons in its results.</summary>
    Zoeken,

    /// <summary>Data left the platform (export, report with persons).</summary>
    Exporteren,

    /// <summary>Two records of the same person were merged (or a merge undone).</summary>
    Samenvoegen,

    /// <summary>Data was handed over (another region, another partner).</summary>
    Overdragen,
}

/// <summary>One access to personal or case data, as the module or core reports it.</summary>
/// <param name="Action">What was done.</param>
/// <param name="Purpose">Why (the purpose from the privacy protocol, e.g. "Procesregie").</param>
/// <param name="PersonIds">The persons whose data was touched (ids only).</param>
/// <param name="CaseId">The case, when the access was about one.</param>
/// <param name="ModuleId">The module (aanpak) or "core".</param>
/// <param name="Outcome">"toegestaan" or "geweigerd".</param>
/// <param name="Emergency">Whether emergency access ("doorbreken") was used.</param>
/// <param name="Subject">What data, as a category (never free text of a case): e.g. "persoonsgegevens", "zoekresultaat".</param>
public sealed record AccessRecord(
    AccessAction Action,
    string Purpose,
    IReadOnlyList<Guid> PersonIds,
    Guid? CaseId,
    string ModuleId,
    string Outcome,
    bool Emergency,
    string Subject);

/// <summary>
/// The access log. Every read, search, change, export, merge and transfer of personal or case data
/// is recorded here with who, in which role and organisation, why and with what outcome.
/// Entries are append-only and chained by hash; they outlive the data they describe.
/// </summary>
public interface IAccessLog
{
    /// <summary>Appends an entry for the current user in the current region.</summary>
    Task RecordAsync(AccessRecord record, CancellationToken cancellationToken = default);
}
