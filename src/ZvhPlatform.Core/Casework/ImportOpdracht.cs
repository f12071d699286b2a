using ZvhPlatform.Kernel.Data;

namespace ZvhPlatform.Core.Casework;

/// <summary>An import of cases from another system, run as a background job; the browser polls its progress.</summary>
internal sealed class ImportOpdracht : IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    public string Bestandsnaam { get; set; } = string.Empty;

    /// <summary>The uploaded JSON; cleared once the import finished.</summary>
    public string? Inhoud { get; set; }

    /// <summary>"Wachtend", "Bezig", "Gereed", "Afgekeurd", "Mislukt".</summary>
    public string Status { get; set; } = "Wachtend";

    public int Totaal { get; set; }

    public int Verwerkt { get; set; }

    /// <summary>The validation report (one problem per line) when the file was refused.</summary>
    public string? Fouten { get; set; }

    /// <summary>What the import did, for the result report (counts only, no personal data).</summary>
    public string? Verslag { get; set; }

    public string Door { get; set; } = string.Empty;

    public DateTime AangemaaktUtc { get; set; }

    public DateTime? GereedUtc { get; set; }
}
