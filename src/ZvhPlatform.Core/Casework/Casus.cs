using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Kernel.Data;

namespace ZvhPlatform.Core.Casework;

/// <summary>A case in one aanpak (module), about a main person, for a purpose with a legal basis.</summary>
internal sealed class Casus : IRegionOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    /// <summary>Human-readable reference, e.g. "2026-0042".</summary>
    public string Kenmerk { get; set; } = string.Empty;

    public string ModuleId { get; set; } = string.Empty;

    /// <summary>Identifier in the system the case was imported from; unique per region (makes imports idempotent).</summary>
    public string? ExternId { get; set; }

    public Guid HoofdpersoonId { get; set; }

    /// <summary>CBS code of the main person's municipality when the case was opened (contract scope, reports).</summary>
    public string? GemeenteCode { get; set; }

    public string Doel { get; set; } = string.Empty;

    public string Grondslag { get; set; } = string.Empty;

    public DateOnly GeopendOp { get; set; }

    /// <summary>Current status; every change is also a <see cref="CasusStatusWijziging"/> (reports count those).</summary>
    public CasusStatus Status { get; set; } = CasusStatus.InRegie;

    /// <summary>Module-defined sub-aanpak, e.g. CoVeCa's "topx", "ogg", "doorgroeiers".</summary>
    public string? SubAanpak { get; set; }

    /// <summary>The aanmelding this case came from (none for cases opened directly or imported without one).</summary>
    public Guid? AanmeldingId { get; set; }

    /// <summary>The ZVH procesregisseur (a user of the region); null while in the werkvoorraad.</summary>
    public Guid? ProcesregisseurId { get; set; }

    public string? ProcesregisseurNaam { get; set; }

    /// <summary>The partner holding the case (casusregisseur/casushouder), e.g. the reclassering.</summary>
    public Guid? CasushouderPartnerId { get; set; }

    public string? CasushouderOrganisatie { get; set; }

    /// <summary>Closing evaluation: what worked, what did not.</summary>
    public string? Evaluatie { get; set; }

    public DateOnly? AfgeslotenOp { get; set; }

    public string? AfsluitReden { get; set; }

    /// <summary>Set when a privacy officer extended the retention term (with a logged reason).</summary>
    public DateOnly? BewarenTot { get; set; }

    public long Version { get; set; }

    public List<CasusPersoon> Personen { get; set; } = [];

    public List<CasusDeelnemer> Deelnemers { get; set; } = [];
}

/// <summary>A person in a case with their role.</summary>
internal sealed class CasusPersoon : IRegionOwned
{
    public Guid CasusId { get; set; }

    public Guid PersonId { get; set; }

    public Guid RegionId { get; set; }

    public CaseRole Rol { get; set; }
}

/// <summary>A partner professional taking part in a case; removal ends their access at once.</summary>
internal sealed class CasusDeelnemer : IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid CasusId { get; set; }

    public Guid RegionId { get; set; }

    public Guid UserId { get; set; }

    public string Naam { get; set; } = string.Empty;

    public string? Organisatie { get; set; }

    public DateTime ToegevoegdUtc { get; set; }

    public DateTime? VerwijderdUtc { get; set; }

    /// <summary>On behalf of which convenantpartner the professional takes part ("namens welke partner").</summary>
    public Guid? NamensPartnerId { get; set; }

    /// <summary>A fixed representative of their organisation at this case's meetings.</summary>
    public bool VasteVertegenwoordiger { get; set; }
}

/// <summary>A status change of a case with its date; the caseload figures are counted from these.</summary>
internal sealed class CasusStatusWijziging : IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    public Guid CasusId { get; set; }

    public DateOnly Datum { get; set; }

    public CasusStatus? Van { get; set; }

    public CasusStatus Naar { get; set; }

    public string? Toelichting { get; set; }

    public string Door { get; set; } = string.Empty;

    public DateTime VastgelegdUtc { get; set; }
}

/// <summary>Emergency access ("doorbreken"): a user without need-to-know opens a case for a stated reason, for a limited time.</summary>
internal sealed class Noodtoegang : IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    public Guid CasusId { get; set; }

    public Guid UserId { get; set; }

    public string Reden { get; set; } = string.Empty;

    public DateTime VerleendUtc { get; set; }

    public DateTime VerlooptUtc { get; set; }
}

/// <summary>Proof that a case was deleted at the end of its retention term; holds no personal content.</summary>
internal sealed class Verwijderbewijs : IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    public Guid CasusId { get; set; }

    public string Kenmerk { get; set; } = string.Empty;

    public string ModuleId { get; set; } = string.Empty;

    public DateOnly AfgeslotenOp { get; set; }

    public int Bewaartermijn { get; set; }

    public DateTime VerwijderdUtc { get; set; }

    public int PersonenVerwijderd { get; set; }
}

/// <summary>An extension of a case's retention term: until when, why and by whom.</summary>
internal sealed class Bewaarverlenging : IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    public Guid CasusId { get; set; }

    public DateOnly Tot { get; set; }

    public string Reden { get; set; } = string.Empty;

    public string Door { get; set; } = string.Empty;

    public DateTime VastgelegdUtc { get; set; }
}
