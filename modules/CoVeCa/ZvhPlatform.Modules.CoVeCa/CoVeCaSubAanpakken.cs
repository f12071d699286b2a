using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Partners;

namespace ZvhPlatform.Modules.CoVeCa;

/// <summary>The sub-aanpakken of CoVeCa and who may place someone on the Top X list.</summary>
internal static class CoVeCaSubAanpakken
{
    public const string TopX = "topx";

    public const string Ogg = "ogg";

    public const string Doorgroeiers = "doorgroeiers";

    public static IReadOnlyList<SubAanpakInfo> All { get; } =
    [
        new(TopX, "Top X"),
        new(Ogg, "Top X onbegrepen gedrag met gevaarsrisico"),
        new(Doorgroeiers, "Doorgroeiers"),
    ];

    /// <summary>The sub-aanpakken that are a place on the Top X list.</summary>
    public static bool IsTopXLijst(string? code) => code is TopX or Ogg;

    /// <summary>Only gemeente, politie and OM decide who is on the Top X list.</summary>
    public static IReadOnlyList<PartnerType> MagPlaatsen { get; } = [PartnerType.Gemeente, PartnerType.Politie, PartnerType.OpenbaarMinisterie];

    public static string Naam(string? code) => All.FirstOrDefault(s => s.Code == code)?.Naam ?? (code is null ? "CoVeCa (geen sub-aanpak)" : code);

    /// <summary>Why a referrer may not place someone on the Top X list, or null when they may.</summary>
    public static string? WeigeringTopX(string subAanpak, PartnerInfo? verwijzer)
    {
        if (verwijzer is not null && MagPlaatsen.Contains(verwijzer.Type))
        {
            return null;
        }

        var wie = verwijzer is null ? "Een verwijzer die geen convenantpartner is" : $"{verwijzer.Naam} ({PartnerNames.Of(verwijzer.Type)})";
        return $"Alleen de gemeente, de politie of het Openbaar Ministerie kan iemand op de {Naam(subAanpak)}-lijst plaatsen. " +
               $"{wie} kan dat niet; laat de plaatsing door een van hen doen of kies een andere sub-aanpak.";
    }
}
