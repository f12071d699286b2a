using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Kernel.Data;

namespace ZvhPlatform.Core.Casework;

/// <summary>A referral of a person to an aanpak (domain §3.1), from a convenantpartner, another region or ZSM.</summary>
internal sealed class Aanmelding : IRegionOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    /// <summary>Human-readable reference, e.g. "A2026-0042".</summary>
    public string Kenmerk { get; set; } = string.Empty;

    /// <summary>Identifier in the system the aanmelding was imported from; unique per region (makes imports idempotent).</summary>
    public string? ExternId { get; set; }

    public string ModuleId { get; set; } = string.Empty;

    public string? SubAanpak { get; set; }

    public DateOnly OntvangenOp { get; set; }

    public AanmeldRoute Route { get; set; }

    public AanmeldingStatus Status { get; set; }

    /// <summary>The referring convenantpartner (null for a warm handover or an unregistered referrer).</summary>
    public Guid? VerwijzerPartnerId { get; set; }

    public string VerwijzerOrganisatie { get; set; } = string.Empty;

    public string? VerwijzerNaam { get; set; }

    public string? VerwijzerContact { get; set; }

    /// <summary>The user who submitted it (a partner professional for the secure form).</summary>
    public Guid? IngediendDoorUserId { get; set; }

    /// <summary>For a warm handover: the region the person came from.</summary>
    public Guid? VerwijzendeRegioId { get; set; }

    public string? VerwijzendeRegioNaam { get; set; }

    /// <summary>The person in the register, once the bekendheidscheck linked or registered them.</summary>
    public Guid? PersonId { get; set; }

    public string? Bsn { get; set; }

    public string Voornamen { get; set; } = string.Empty;

    public string Achternaam { get; set; } = string.Empty;

    public DateOnly? Geboortedatum { get; set; }

    public string? Adres { get; set; }

    /// <summary>CBS code of the municipality of registration.</summary>
    public string? GemeenteCode { get; set; }

    public string Reden { get; set; } = string.Empty;

    public string? DoelCasusoverleg { get; set; }

    /// <summary>Partners to invite, with contact details, as the referrer wrote them.</summary>
    public string? TeUitnodigenPartners { get; set; }

    public bool PersoonGeinformeerd { get; set; }

    /// <summary>Why the person was not informed (ongoing investigation, safety).</summary>
    public string? NietGeinformeerdReden { get; set; }

    public string? Hoofdonderwerp { get; set; }

    public bool ProblematiekGgz { get; set; }

    public bool ProblematiekLvb { get; set; }

    public bool ProblematiekVerslaving { get; set; }

    public bool MinderjarigenInSysteem { get; set; }

    public Gemeentegrens Gemeentegrens { get; set; }

    /// <summary>The case opened for it when triage chose procesregie.</summary>
    public Guid? CasusId { get; set; }

    /// <summary>The status as last told to the referrer.</summary>
    public string? TerugkoppelingAanVerwijzer { get; set; }

    public long Version { get; set; }

    /// <summary>Dubbel- (2) or triple- (3) problematiek: the number of problem flags set.</summary>
    public int AantalProblematieken => (ProblematiekGgz ? 1 : 0) + (ProblematiekLvb ? 1 : 0) + (ProblematiekVerslaving ? 1 : 0);
}

/// <summary>The integrale triage of an aanmelding against the landelijke criteria.</summary>
internal sealed class Triage : IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    public Guid AanmeldingId { get; set; }

    public DateOnly Datum { get; set; }

    public TriageUitkomst Uitkomst { get; set; }

    /// <summary>The advice given back to the referrer (required for uitgebreid advies and niet ZVH-waardig).</summary>
    public string? AdviesTerug { get; set; }

    /// <summary>Organisations present at the triage, one per line.</summary>
    public string AanwezigePartners { get; set; } = string.Empty;

    public string Door { get; set; } = string.Empty;

    public List<TriageCriteriumAntwoord> Antwoorden { get; set; } = [];
}

/// <summary>One landelijk criterium answered at triage, with its motivation.</summary>
internal sealed class TriageCriteriumAntwoord
{
    public Guid TriageId { get; set; }

    public string Code { get; set; } = string.Empty;

    public bool Voldaan { get; set; }

    public string Motivatie { get; set; } = string.Empty;
}

/// <summary>A case's place in the werkvoorraad: since when, and its weekly prioritisation.</summary>
internal sealed class WerkvoorraadPlaats : IRegionOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    public Guid CasusId { get; set; }

    public DateOnly Sinds { get; set; }

    /// <summary>Order on the list (1 = first).</summary>
    public int Prioriteit { get; set; }

    public string? PrioriteitReden { get; set; }

    public DateOnly? GeprioriteerdOp { get; set; }

    /// <summary>When a procesregisseur took it on; the wait is <c>Tot - Sinds</c>.</summary>
    public DateOnly? Tot { get; set; }

    public long Version { get; set; }
}
