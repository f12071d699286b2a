using ZvhPlatform.Core.Contracts.Partners;

namespace ZvhPlatform.Core.Demo;

/// <summary>The demo regions' convenantpartners, after the partners the seeds' annual reports name.</summary>
internal static class DemoPartners
{
    internal sealed record DemoPartner(string Naam, PartnerDomein Domein, PartnerType Type, string? GemeenteCode, string Ondertekenaar);

    /// <summary>Version labels and dates of the convenant and protocol every demo partner signed.</summary>
    public static (string Versie, DateOnly Op) Convenant { get; } = ("2023", new DateOnly(2023, 3, 1));

    public static (string Versie, DateOnly Op) Privacyprotocol { get; } = ("2.1 (2025, WGS)", new DateOnly(2025, 3, 1));

    private static DemoPartner[] ThreeRo(string area) =>
    [
        new($"Reclassering Nederland, unit {area}", PartnerDomein.Veiligheid, PartnerType.ReclasseringNederland, null, "Unitmanager"),
        new($"Leger des Heils Jeugdbescherming & Reclassering {area}", PartnerDomein.Veiligheid, PartnerType.LegerDesHeils, null, "Regiomanager"),
        new($"Verslavingsreclassering GGZ (SVG) {area}", PartnerDomein.Veiligheid, PartnerType.SvgVerslavingsreclassering, null, "Teamleider"),
    ];

    public static IReadOnlyDictionary<string, DemoPartner[]> ByRegion { get; } = new Dictionary<string, DemoPartner[]>(StringComparer.Ordinal)
    {
        ["utrecht"] =
        [
            new("Politie eenheid Midden-Nederland", PartnerDomein.Veiligheid, PartnerType.Politie, null, "Districtschef Utrecht"),
            new("Openbaar Ministerie, arrondissement Midden-Nederland", PartnerDomein.Veiligheid, PartnerType.OpenbaarMinisterie, null,
                "Hoofdofficier van justitie"),
            .. ThreeRo("Utrecht"),
            new("Altrecht GGZ", PartnerDomein.Zorg, PartnerType.Ggz, null, "Bestuurder"),
            new("Veilig Thuis Utrecht", PartnerDomein.Zorg, PartnerType.VeiligThuis, null, "Directeur"),
            new("Raad voor de Kinderbescherming, regio Midden-Nederland", PartnerDomein.Veiligheid, PartnerType.RaadVoorDeKinderbescherming, null,
                "Regiodirecteur"),
            new("Gemeente Utrecht", PartnerDomein.Gemeente, PartnerType.Gemeente, "GM0344", "Burgemeester"),
            new("Gemeente Amersfoort", PartnerDomein.Gemeente, PartnerType.Gemeente, "GM0307", "Burgemeester"),
            new("Gemeente Nieuwegein", PartnerDomein.Gemeente, PartnerType.Gemeente, "GM0356", "Burgemeester"),
        ],
        ["drenthe"] =
        [
            new("Politie eenheid Noord-Nederland, district Drenthe", PartnerDomein.Veiligheid, PartnerType.Politie, null, "Districtschef Drenthe"),
            new("Openbaar Ministerie, arrondissement Noord-Nederland", PartnerDomein.Veiligheid, PartnerType.OpenbaarMinisterie, null,
                "Hoofdofficier van justitie"),
            .. ThreeRo("Drenthe"),
            new("GGZ Drenthe", PartnerDomein.Zorg, PartnerType.Ggz, null, "Raad van bestuur"),
            new("Veilig Thuis Drenthe", PartnerDomein.Zorg, PartnerType.VeiligThuis, null, "Manager"),
            new("Raad voor de Kinderbescherming, regio Noord-Nederland", PartnerDomein.Veiligheid, PartnerType.RaadVoorDeKinderbescherming, null,
                "Regiodirecteur"),
            new("Gemeente Assen", PartnerDomein.Gemeente, PartnerType.Gemeente, "GM0106", "Burgemeester"),
            new("Gemeente Emmen", PartnerDomein.Gemeente, PartnerType.Gemeente, "GM0114", "Burgemeester"),
            new("Gemeente Hoogeveen", PartnerDomein.Gemeente, PartnerType.Gemeente, "GM0118", "Burgemeester"),
        ],
        ["markiezaten"] =
        [
            new("Politie eenheid Zeeland-West-Brabant", PartnerDomein.Veiligheid, PartnerType.Politie, null, "Districtschef De Markiezaten"),
            new("Openbaar Ministerie, arrondissement Zeeland-West-Brabant", PartnerDomein.Veiligheid, PartnerType.OpenbaarMinisterie, null,
                "Hoofdofficier van justitie"),
            .. ThreeRo("West-Brabant"),
            new("GGZ Westelijk Noord-Brabant", PartnerDomein.Zorg, PartnerType.Ggz, null, "Raad van bestuur"),
            new("Veilig Thuis West-Brabant", PartnerDomein.Zorg, PartnerType.VeiligThuis, null, "Directeur"),
            new("Raad voor de Kinderbescherming, regio Zuidwest-Nederland", PartnerDomein.Veiligheid, PartnerType.RaadVoorDeKinderbescherming, null,
                "Regiodirecteur"),
            new("Gemeente Bergen op Zoom", PartnerDomein.Gemeente, PartnerType.Gemeente, "GM0748", "Burgemeester"),
            new("Gemeente Roosendaal", PartnerDomein.Gemeente, PartnerType.Gemeente, "GM1674", "Burgemeester"),
            new("Gemeente Moerdijk", PartnerDomein.Gemeente, PartnerType.Gemeente, "GM1709", "Burgemeester"),
        ],
    };
}
