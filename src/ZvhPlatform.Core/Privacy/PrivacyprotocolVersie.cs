using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Kernel.Data;

namespace ZvhPlatform.Core.Privacy;

/// <summary>Whether a protocol version can still be edited.</summary>
internal enum ProtocolStatus
{
    Concept,
    Vastgesteld,
}

/// <summary>
/// One version of the region's privacy protocol. A concept is edited freely; once established
/// (vastgesteld) with an effective date it never changes again, so what applied on a date stays provable.
/// </summary>
internal sealed class PrivacyprotocolVersie : IRegionOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    public int VersieNummer { get; set; }

    public ProtocolStatus Status { get; set; }

    public DateOnly? GeldigVanaf { get; set; }

    public string? DpiaReferentie { get; set; }

    public DateTime AangemaaktUtc { get; set; }

    public string AangemaaktDoor { get; set; } = string.Empty;

    public string? VastgesteldDoor { get; set; }

    public DateTime? VastgesteldUtc { get; set; }

    public long Version { get; set; }

    public List<ProtocolDoel> Doelen { get; set; } = [];

    public List<ProtocolGegevensdeling> Gegevensdelingen { get; set; } = [];

    public List<ProtocolBewaartermijn> Bewaartermijnen { get; set; } = [];

    public List<ProtocolInformeren> Informeren { get; set; } = [];
}

/// <summary>A purpose with its legal basis for a module.</summary>
internal sealed class ProtocolDoel : IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    public Guid VersieId { get; set; }

    public string ModuleId { get; set; } = string.Empty;

    public string Doel { get; set; } = string.Empty;

    public string Grondslag { get; set; } = string.Empty;
}

/// <summary>Which partner type may receive which category of a module's data.</summary>
internal sealed class ProtocolGegevensdeling : IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    public Guid VersieId { get; set; }

    public string ModuleId { get; set; } = string.Empty;

    /// <summary>A free label (Politie, Reclassering, Gemeente ...): partners are registered elsewhere.</summary>
    public string PartnerType { get; set; } = string.Empty;

    public DataCategory Categorie { get; set; }
}

/// <summary>Retention of a module's data after the case is closed.</summary>
internal sealed class ProtocolBewaartermijn : IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    public Guid VersieId { get; set; }

    public string ModuleId { get; set; } = string.Empty;

    public int MaandenNaAfsluiting { get; set; }
}

/// <summary>Whether the person is informed in a module, and the accepted reasons for not informing.</summary>
internal sealed class ProtocolInformeren : IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    public Guid VersieId { get; set; }

    public string ModuleId { get; set; } = string.Empty;

    public bool StandaardInformeren { get; set; }

    /// <summary>One reason per line.</summary>
    public string RedenenNietInformeren { get; set; } = string.Empty;

    public IReadOnlyList<string> Redenen =>
        RedenenNietInformeren.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
