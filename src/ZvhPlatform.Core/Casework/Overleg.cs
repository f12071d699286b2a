using ZvhPlatform.Kernel.Data;

namespace ZvhPlatform.Core.Casework;

/// <summary>A casusoverleg / netwerkberaad: a planned meeting with an agenda of cases.</summary>
internal sealed class Overleg : IRegionOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    public string ModuleId { get; set; } = string.Empty;

    public string Titel { get; set; } = string.Empty;

    public DateTime Aanvang { get; set; }

    public string? Locatie { get; set; }

    /// <summary>Set when the meeting was held and the minutes closed.</summary>
    public DateTime? GehoudenUtc { get; set; }

    public string? Notulen { get; set; }

    public long Version { get; set; }

    public List<Agendapunt> Agenda { get; set; } = [];

    public List<OverlegDeelnemer> Deelnemers { get; set; } = [];
}

/// <summary>A case on a meeting's agenda, with what was said and decided about it.</summary>
internal sealed class Agendapunt : IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    public Guid OverlegId { get; set; }

    public Guid CasusId { get; set; }

    public int Volgorde { get; set; }

    /// <summary>Whether the person was invited; if not, why (often: not safe).</summary>
    public bool PersoonUitgenodigd { get; set; }

    public string? NietUitgenodigdReden { get; set; }

    public string? Notities { get; set; }
}

/// <summary>An attendee of a meeting: a user of the region, or an incidental participant with a geheimhoudingsverklaring.</summary>
internal sealed class OverlegDeelnemer : IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    public Guid OverlegId { get; set; }

    public Guid? UserId { get; set; }

    public string Naam { get; set; } = string.Empty;

    public string? Organisatie { get; set; }

    /// <summary>Incidental participants need a registered geheimhoudingsverklaring first.</summary>
    public bool Incidenteel { get; set; }

    public Guid? GeheimhoudingsverklaringId { get; set; }

    public bool Aanwezig { get; set; }
}

/// <summary>A decision taken about a case, usually in a meeting.</summary>
internal sealed class Besluit : IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    public Guid CasusId { get; set; }

    public Guid? OverlegId { get; set; }

    public DateOnly Datum { get; set; }

    public string Tekst { get; set; } = string.Empty;

    public string Door { get; set; } = string.Empty;
}
