using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Kernel.Data;

namespace ZvhPlatform.Core.Casework;

/// <summary>An escalation to or from the ZVH or to a driehoek (op- en afschalen).</summary>
internal sealed class Schaling : IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    public Guid CasusId { get; set; }

    public DateOnly Datum { get; set; }

    public SchaalNiveau Van { get; set; }

    public SchaalNiveau Naar { get; set; }

    /// <summary>The receiving organisation or person, e.g. "Wijkteam Zeist".</summary>
    public string? Ontvanger { get; set; }

    public string Toelichting { get; set; } = string.Empty;

    public string Door { get; set; } = string.Empty;
}

/// <summary>Advice given by the ZVH: uitgebreid (on an aanmelding or case), short, or an informatieknooppunt contact.</summary>
internal sealed class Advies : IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    public string ModuleId { get; set; } = string.Empty;

    public AdviesSoort Soort { get; set; }

    public DateOnly Datum { get; set; }

    public Guid? AanmeldingId { get; set; }

    public Guid? CasusId { get; set; }

    /// <summary>Null for anonymous advice.</summary>
    public Guid? PersonId { get; set; }

    public bool Anoniem { get; set; }

    public string VragerOrganisatie { get; set; } = string.Empty;

    /// <summary>Telefoon, e-mail, overleg.</summary>
    public string Kanaal { get; set; } = string.Empty;

    public string Vraag { get; set; } = string.Empty;

    public string Antwoord { get; set; } = string.Empty;

    public string Door { get; set; } = string.Empty;
}

/// <summary>A system failure spotted in cases (e.g. plaatsingsproblematiek), to be put on the agenda of the right table.</summary>
internal sealed class Signaal : IRegionOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    public DateOnly Datum { get; set; }

    public string Categorie { get; set; } = string.Empty;

    public string Omschrijving { get; set; } = string.Empty;

    /// <summary>The table it belongs on, e.g. "Regionale stuurgroep", "Driehoek".</summary>
    public string Tafel { get; set; } = string.Empty;

    public Guid? CasusId { get; set; }

    public Guid? OverlegId { get; set; }

    /// <summary>"Nieuw", "Geagendeerd" or "Afgehandeld".</summary>
    public string Status { get; set; } = "Nieuw";

    public string? Afhandeling { get; set; }

    public string Door { get; set; } = string.Empty;

    public long Version { get; set; }
}

/// <summary>A ZSM scenario: context and joint advice on a suspect, valid for three months.</summary>
internal sealed class ZsmScenario : IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    public Guid PersonId { get; set; }

    public Guid? CasusId { get; set; }

    public string Context { get; set; } = string.Empty;

    public string Advies { get; set; } = string.Empty;

    public DateOnly OpgesteldOp { get; set; }

    public DateOnly GeldigTot { get; set; }

    public string Door { get; set; } = string.Empty;
}

/// <summary>An in-app notification for a user (due actions, werkvoorraad changes, ...).</summary>
internal sealed class Notificatie : IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    public Guid UserId { get; set; }

    public string Tekst { get; set; } = string.Empty;

    public string? Link { get; set; }

    public DateTime AangemaaktUtc { get; set; }

    public DateTime? GelezenUtc { get; set; }
}

/// <summary>Per-region settings of the management information.</summary>
internal sealed class RapportageInstelling : IRegionOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    /// <summary>Bucket upper bounds in months for doorlooptijden, e.g. "3,6,12,24" (last bucket is open).</summary>
    public string DoorlooptijdGrenzen { get; set; } = "3,6,12,24";

    /// <summary>Cells with fewer cases than this (but more than zero) are shown as "&lt; n".</summary>
    public int MinimumCelgrootte { get; set; } = 5;

    public long Version { get; set; }
}
