using ZvhPlatform.Core.Features.Import;
using ZvhPlatform.Core.Features.Rapportage;

namespace ZvhPlatform.Web.Models;

/// <summary>The report filters (query string).</summary>
public sealed class RapportageForm
{
    /// <summary>Module id.</summary>
    public string? Module { get; set; }

    /// <summary>Optional sub-aanpak.</summary>
    public string? SubAanpak { get; set; }

    /// <summary>A calendar year (used when no from/to is given).</summary>
    public int? Jaar { get; set; }

    /// <summary>First day.</summary>
    public DateOnly? Van { get; set; }

    /// <summary>Last day.</summary>
    public DateOnly? Tot { get; set; }

    /// <summary>Optional district.</summary>
    public string? District { get; set; }

    /// <summary>Optional municipality (CBS code).</summary>
    public string? Gemeente { get; set; }

    /// <summary>The filters as a query string, for the export links.</summary>
    public string Query() => string.Join("&", new (string Key, string? Value)[]
        {
            ("module", Module), ("subAanpak", SubAanpak), ("van", Van?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            ("tot", Tot?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), ("district", District), ("gemeente", Gemeente),
        }.Where(p => !string.IsNullOrWhiteSpace(p.Value)).Select(p => p.Key + "=" + Uri.EscapeDataString(p.Value!)));
}

/// <summary>The report page.</summary>
internal sealed record RapportageViewModel(RapportageForm Form, RapportageKeuzesResult Keuzes, Rapport? Rapport, IReadOnlyList<string> Fouten);

/// <summary>The factsheet of one municipality.</summary>
internal sealed record FactsheetViewModel(string Gemeente, Rapport Rapport);

/// <summary>The report settings form.</summary>
public sealed class RapportageInstellingenForm
{
    /// <summary>Duration bucket bounds in months, e.g. "3,6,12,24".</summary>
    public string? DoorlooptijdGrenzen { get; set; }

    /// <summary>Minimum cell size for analysts.</summary>
    public int? MinimumCelgrootte { get; set; }

    /// <summary>Concurrency version.</summary>
    public long Version { get; set; }

    /// <summary>Problems to show.</summary>
    public IReadOnlyList<string> Fouten { get; set; } = [];
}

/// <summary>The import page: recent imports and, after a refused upload, every problem by line.</summary>
internal sealed record ImportViewModel(IReadOnlyList<ImportStand> Opdrachten, IReadOnlyList<ImportFout> Fouten, string? Melding);
