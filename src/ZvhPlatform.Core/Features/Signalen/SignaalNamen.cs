namespace ZvhPlatform.Core.Features.Signalen;

/// <summary>The fixed words of the signalen register.</summary>
internal static class SignaalNamen
{
    public const string Nieuw = "Nieuw";

    public const string Geagendeerd = "Geagendeerd";

    public const string Afgehandeld = "Afgehandeld";

    /// <summary>Kinds of system failure the ZVHs report on; "Overig" for the rest.</summary>
    public static IReadOnlyList<string> Categorieen { get; } =
    [
        "Plaatsingsproblematiek", "Wachtlijsten zorg", "Informatiedeling", "Financiering", "Wet- en regelgeving", "Samenwerking ketenpartners", "Overig",
    ];

    /// <summary>Tables a signal is typically put on.</summary>
    public static IReadOnlyList<string> Tafels { get; } =
    [
        "Regionale stuurgroep", "Driehoek", "Bestuurlijk overleg zorg en veiligheid", "Ketenoverleg", "Landelijk (Meerjarenagenda)",
    ];
}
