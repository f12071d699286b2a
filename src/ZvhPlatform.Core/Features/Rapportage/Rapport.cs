using System.Globalization;

namespace ZvhPlatform.Core.Features.Rapportage;

/// <summary>What a report is about: an aanpak (and optionally a sub-aanpak) over a period, optionally narrowed to a district or one municipality.</summary>
internal sealed record RapportageFilter(string ModuleId, string? SubAanpak, DateOnly Van, DateOnly Tot, string? District = null, string? GemeenteCode = null);

/// <summary>The four stock-and-flow figures of a period; the totale caseload is the first day plus instroom.</summary>
internal sealed record CaseloadCijfers(int InRegieBegin, int Instroom, int Uitstroom, int InRegieEind)
{
    public int TotaleCaseload => InRegieBegin + Instroom;

    public static CaseloadCijfers operator +(CaseloadCijfers a, CaseloadCijfers b) =>
        new(a.InRegieBegin + b.InRegieBegin, a.Instroom + b.Instroom, a.Uitstroom + b.Uitstroom, a.InRegieEind + b.InRegieEind);

    public static CaseloadCijfers Nul { get; } = new(0, 0, 0, 0);
}

/// <summary>One line of the caseload table: a municipality, a district total or the region total.</summary>
internal sealed record CaseloadRegel(string Soort, string? District, string? GemeenteCode, string Naam, CaseloadCijfers Cijfers);

/// <summary>How a cell is shown: as counted, or suppressed because it could identify someone.</summary>
internal enum CelStatus
{
    /// <summary>Shown as counted.</summary>
    Zichtbaar,

    /// <summary>0 &lt; n &lt; the region's minimum cell size: shown as "&lt; n".</summary>
    Klein,

    /// <summary>Suppressed so that a shown total cannot be used to subtract a small cell back.</summary>
    Secundair,
}

/// <summary>A cell of a report table: a count (subject to suppression) or a derived text.</summary>
internal sealed class RapportCel
{
    public RapportCel(long? waarde, bool telling = true, string? tekst = null)
    {
        Waarde = waarde;
        Telling = telling;
        VasteTekst = tekst;
    }

    public long? Waarde { get; }

    /// <summary>Counts of persons or cases; only these are suppressed (derived texts are computed from suppressed counts).</summary>
    public bool Telling { get; }

    public string? VasteTekst { get; set; }

    public CelStatus Status { get; set; }

    public bool Verborgen => Status != CelStatus.Zichtbaar;

    public string Tekst(int drempel) => Status switch
    {
        CelStatus.Klein => $"< {drempel}",
        CelStatus.Secundair => "×",
        _ => VasteTekst ?? Waarde?.ToString(CultureInfo.InvariantCulture) ?? "",
    };

    public static RapportCel Getal(long n) => new(n);

    public static RapportCel Afgeleid(string tekst) => new(null, false, tekst);
}

/// <summary>A row of a report table; <see cref="Totaal"/> rows sum the rows of their group.</summary>
internal sealed record RapportRij(string Label, IReadOnlyList<RapportCel> Cellen, bool Totaal = false, string? Groep = null);

/// <summary>A report table as the screen, the exports and the factsheet show it.</summary>
internal sealed record RapportTabel(string Id, string Titel, string Toelichting, IReadOnlyList<string> Kolommen, IReadOnlyList<RapportRij> Rijen,
    int? GrafiekKolom = null);

/// <summary>A complete report: the caseload lines (unsuppressed numbers, for the operator command) and every table as shown.</summary>
internal sealed record Rapport(RapportageFilter Filter, string ModuleNaam, IReadOnlyList<CaseloadRegel> Caseload, IReadOnlyList<RapportTabel> Tabellen,
    int Drempel, bool Onderdrukt, IReadOnlyList<int> DoorlooptijdGrenzen);
