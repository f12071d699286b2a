using ZvhPlatform.Kernel.Data;

namespace ZvhPlatform.Core.Privacy;

/// <summary>The right a data subject invokes.</summary>
public enum VerzoekSoort
{
    /// <summary>Access: an overview of everything held (AVG art. 15).</summary>
    Inzage,

    /// <summary>Rectification (art. 16).</summary>
    Rectificatie,

    /// <summary>Restriction of processing (art. 18).</summary>
    Beperking,

    /// <summary>Erasure (art. 17).</summary>
    Verwijdering,
}

/// <summary>Where a request stands.</summary>
public enum VerzoekStatus
{
    /// <summary>Registered, not yet picked up.</summary>
    Ontvangen,

    /// <summary>Being handled.</summary>
    InBehandeling,

    /// <summary>Handled (granted).</summary>
    Afgehandeld,

    /// <summary>Refused, with a reason.</summary>
    Afgewezen,
}

/// <summary>
/// A data subject's request received by the region's contactpunt (WGS). It must be answered within one
/// calendar month of receipt; every status change is kept with its reason.
/// </summary>
internal sealed class Verzoek : IRegionOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    /// <summary>The betrokkene in the core's person register.</summary>
    public Guid PersonId { get; set; }

    public VerzoekSoort Soort { get; set; }

    public DateOnly OntvangenOp { get; set; }

    /// <summary>One calendar month after receipt (AVG art. 12 lid 3).</summary>
    public DateOnly Termijn { get; set; }

    public VerzoekStatus Status { get; set; }

    /// <summary>What the person asks, in the contactpunt's words.</summary>
    public string? Omschrijving { get; set; }

    /// <summary>The reason given with the last status change (why refused, how handled).</summary>
    public string? Reden { get; set; }

    public string GeregistreerdDoor { get; set; } = string.Empty;

    public DateTime GeregistreerdUtc { get; set; }

    public string? BehandeldDoor { get; set; }

    public long Version { get; set; }

    public List<VerzoekStatusWijziging> Historie { get; set; } = [];

    public bool IsAfgesloten => Status is VerzoekStatus.Afgehandeld or VerzoekStatus.Afgewezen;

    public static DateOnly TermijnVan(DateOnly ontvangenOp) => ontvangenOp.AddMonths(1);
}

/// <summary>One status change of a request.</summary>
internal sealed class VerzoekStatusWijziging : IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    public Guid VerzoekId { get; set; }

    public DateTime GewijzigdUtc { get; set; }

    public string GewijzigdDoor { get; set; } = string.Empty;

    public VerzoekStatus? Van { get; set; }

    public VerzoekStatus Naar { get; set; }

    public string Reden { get; set; } = string.Empty;
}

/// <summary>A restriction of processing of a person's data; active until lifted.</summary>
internal sealed class Verwerkingsbeperking : IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    public Guid PersonId { get; set; }

    public DateTime SindsUtc { get; set; }

    public string Reden { get; set; } = string.Empty;

    public Guid? VerzoekId { get; set; }

    public string IngesteldDoor { get; set; } = string.Empty;

    public DateTime? OpgehevenUtc { get; set; }

    public string? OpgehevenDoor { get; set; }

    public string? RedenOpheffing { get; set; }
}
