namespace ZvhPlatform.Core.Contracts.Privacy;

/// <summary>
/// The region's privacy protocol as established (vastgesteld) and in force on a date: which purposes
/// with which legal basis each module may process data for, how long data is kept after a case is
/// closed, whether the person is informed, and which partner type may receive which category of data.
/// </summary>
public interface IPrivacyProtocol
{
    /// <summary>The established version in force on <paramref name="date"/> in the current region, or null when there is none.</summary>
    Task<PrivacyProtocolInForce?> InForceOnAsync(DateOnly date, CancellationToken cancellationToken = default);

    /// <summary>
    /// Refuses (with a <c>RequestValidationException</c> carrying a Dutch message) when the protocol in
    /// force today has no such purpose with a legal basis for the module. Call it before creating a case.
    /// </summary>
    /// <returns>The purpose as the protocol names it, with its legal basis.</returns>
    Task<ProtocolPurpose> RequirePurposeAsync(string moduleId, string purpose, CancellationToken cancellationToken = default);
}

/// <summary>An established protocol version.</summary>
/// <param name="Versie">Version number within the region, from 1.</param>
/// <param name="GeldigVanaf">First day the version is in force.</param>
/// <param name="DpiaReferentie">Reference to the region's DPIA.</param>
/// <param name="Doelen">Purposes with their legal basis, per module.</param>
/// <param name="Bewaartermijnen">Retention per module.</param>
/// <param name="Informeren">Whether and when the person is informed, per module.</param>
/// <param name="Gegevensdeling">Which partner type may receive which category of data, per module.</param>
public sealed record PrivacyProtocolInForce(
    int Versie,
    DateOnly GeldigVanaf,
    string? DpiaReferentie,
    IReadOnlyList<ProtocolPurpose> Doelen,
    IReadOnlyList<ProtocolRetention> Bewaartermijnen,
    IReadOnlyList<ProtocolInformingRule> Informeren,
    IReadOnlyList<ProtocolDataSharing> Gegevensdeling)
{
    /// <summary>Retention in months after case closure for a module, or null when the protocol sets none.</summary>
    public int? RetentionMonths(string moduleId) => Bewaartermijnen.FirstOrDefault(b => b.ModuleId == moduleId)?.MaandenNaAfsluiting;

    /// <summary>The informing rule of a module, or null when the protocol sets none.</summary>
    public ProtocolInformingRule? InformingRule(string moduleId) => Informeren.FirstOrDefault(i => i.ModuleId == moduleId);
}

/// <summary>A purpose a module may process personal data for, with its legal basis.</summary>
/// <param name="ModuleId">The module (aanpak) id.</param>
/// <param name="Doel">The purpose, e.g. "Procesregie".</param>
/// <param name="Grondslag">The legal basis, e.g. "art. 6 lid 1 sub e AVG; WGS".</param>
public sealed record ProtocolPurpose(string ModuleId, string Doel, string Grondslag);

/// <summary>How long a module's data is kept after the case is closed.</summary>
/// <param name="ModuleId">The module (aanpak) id.</param>
/// <param name="MaandenNaAfsluiting">Months, counted from the closing date of the case.</param>
public sealed record ProtocolRetention(string ModuleId, int MaandenNaAfsluiting);

/// <summary>Whether the person is informed by default, and the reasons the protocol accepts for not informing.</summary>
/// <param name="ModuleId">The module (aanpak) id.</param>
/// <param name="StandaardInformeren">True when the person is informed unless a reason applies.</param>
/// <param name="RedenenNietInformeren">The accepted reasons for not informing (recorded with the case when used).</param>
public sealed record ProtocolInformingRule(string ModuleId, bool StandaardInformeren, IReadOnlyList<string> RedenenNietInformeren);

/// <summary>The category of data a partner type may receive.</summary>
public enum DataCategory
{
    /// <summary>Only the fact that a person is known ("dat-informatie").</summary>
    Dat,

    /// <summary>Content ("wat-informatie").</summary>
    Wat,
}

/// <summary>A partner type that may receive a category of data of a module.</summary>
/// <param name="ModuleId">The module (aanpak) id.</param>
/// <param name="PartnerType">The kind of convenantpartner, e.g. "Politie", "Reclassering".</param>
/// <param name="Categorie">Dat- or wat-informatie.</param>
public sealed record ProtocolDataSharing(string ModuleId, string PartnerType, DataCategory Categorie);
