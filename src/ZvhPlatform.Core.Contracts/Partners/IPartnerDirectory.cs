namespace ZvhPlatform.Core.Contracts.Partners;

/// <summary>The domain a convenantpartner belongs to; reports show the share of referrals per domain.</summary>
public enum PartnerDomein
{
    /// <summary>Zorg: GGZ, verslavingszorg, Veilig Thuis, ...</summary>
    Zorg,

    /// <summary>Veiligheid: politie, OM, reclassering, DJI, RvdK, ...</summary>
    Veiligheid,

    /// <summary>Gemeente: OOV and the social domain of a municipality.</summary>
    Gemeente,
}

/// <summary>The kind of organisation a convenantpartner is.</summary>
public enum PartnerType
{
    /// <summary>Politie (a unit or district).</summary>
    Politie,

    /// <summary>Openbaar Ministerie (an arrondissementsparket).</summary>
    OpenbaarMinisterie,

    /// <summary>Reclassering Nederland (3RO).</summary>
    ReclasseringNederland,

    /// <summary>Leger des Heils Jeugdbescherming &amp; Reclassering (3RO).</summary>
    LegerDesHeils,

    /// <summary>Stichting Verslavingsreclassering GGZ (3RO).</summary>
    SvgVerslavingsreclassering,

    /// <summary>A GGZ (mental health) institution.</summary>
    Ggz,

    /// <summary>Veilig Thuis.</summary>
    VeiligThuis,

    /// <summary>Raad voor de Kinderbescherming.</summary>
    RaadVoorDeKinderbescherming,

    /// <summary>Dienst Justitiële Inrichtingen.</summary>
    Dji,

    /// <summary>A municipality; has a CBS code.</summary>
    Gemeente,

    /// <summary>Jeugdbescherming / jeugdreclassering.</summary>
    Jeugdbescherming,

    /// <summary>Verslavingszorg.</summary>
    Verslavingszorg,

    /// <summary>A woningcorporatie.</summary>
    Woningcorporatie,

    /// <summary>Slachtofferhulp Nederland.</summary>
    Slachtofferhulp,

    /// <summary>Any other partner on indication.</summary>
    Overig,
}

/// <summary>Dutch names of partner types and domains.</summary>
public static class PartnerNames
{
    /// <summary>The Dutch display name of a type.</summary>
    public static string Of(PartnerType type) => type switch
    {
        PartnerType.Politie => "Politie",
        PartnerType.OpenbaarMinisterie => "Openbaar Ministerie",
        PartnerType.ReclasseringNederland => "Reclassering Nederland",
        PartnerType.LegerDesHeils => "Leger des Heils J&R",
        PartnerType.SvgVerslavingsreclassering => "Verslavingsreclassering (SVG)",
        PartnerType.Ggz => "GGZ",
        PartnerType.VeiligThuis => "Veilig Thuis",
        PartnerType.RaadVoorDeKinderbescherming => "Raad voor de Kinderbescherming",
        PartnerType.Dji => "Dienst Justitiële Inrichtingen",
        PartnerType.Gemeente => "Gemeente",
        PartnerType.Jeugdbescherming => "Jeugdbescherming",
        PartnerType.Verslavingszorg => "Verslavingszorg",
        PartnerType.Woningcorporatie => "Woningcorporatie",
        PartnerType.Slachtofferhulp => "Slachtofferhulp",
        PartnerType.Overig => "Overig",
        _ => type.ToString(),
    };

    /// <summary>The Dutch display name of a domain.</summary>
    public static string Of(PartnerDomein domein) => domein switch
    {
        PartnerDomein.Zorg => "Zorg",
        PartnerDomein.Veiligheid => "Veiligheid",
        PartnerDomein.Gemeente => "Gemeente",
        _ => domein.ToString(),
    };
}

/// <summary>A convenantpartner of the current region as modules see it.</summary>
/// <param name="Id">The partner's id; refer to it by id, never copy its data.</param>
/// <param name="Naam">Name, e.g. "Politie eenheid Midden-Nederland".</param>
/// <param name="Domein">Zorg, veiligheid or gemeente.</param>
/// <param name="Type">Kind of organisation.</param>
/// <param name="GemeenteCode">CBS code when the partner is a municipality.</param>
/// <param name="Actief">False once the partner left the convenant.</param>
public sealed record PartnerInfo(Guid Id, string Naam, PartnerDomein Domein, PartnerType Type, string? GemeenteCode, bool Actief);

/// <summary>Whether an incidental participant may join a case conference on a date, and if not, why (in Dutch).</summary>
/// <param name="Allowed">True when a valid signed geheimhoudingsverklaring is on record.</param>
/// <param name="Reason">Why not, in Dutch, to show to the user; null when allowed.</param>
public sealed record IncidentalParticipantDecision(bool Allowed, string? Reason)
{
    /// <summary>Allowed.</summary>
    public static IncidentalParticipantDecision Allow { get; } = new(true, null);

    /// <summary>Refused, with the Dutch reason.</summary>
    public static IncidentalParticipantDecision Refuse(string reason) => new(false, reason);
}

/// <summary>What modules may read of the region's convenantpartners and geheimhoudingsverklaringen.</summary>
public interface IPartnerDirectory
{
    /// <summary>The active convenantpartners of the current region, ordered by name.</summary>
    Task<IReadOnlyList<PartnerInfo>> ActivePartnersAsync(CancellationToken cancellationToken = default);

    /// <summary>One partner of the current region (also an inactive one), or null when unknown here.</summary>
    Task<PartnerInfo?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Whether an incidental participant (not a fixed representative of a convenantpartner) may take part in a
    /// case conference on <paramref name="date"/>: only with a geheimhoudingsverklaring signed on or before that
    /// date and still valid on it. The refusal says why, in Dutch.
    /// </summary>
    Task<IncidentalParticipantDecision> CheckIncidentalParticipantAsync(string email, DateOnly date, CancellationToken cancellationToken = default);
}
