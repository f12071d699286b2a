using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Partners;
using ZvhPlatform.Core.Contracts.Regions;
using ZvhPlatform.Core.Features.Casework;
using ZvhPlatform.Core.Features.Persons;
using ZvhPlatform.Core.Persons;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Web.Models;

/// <summary>The aanmelding form, as the browser posts it (staff and the partners' secure form).</summary>
public sealed class AanmeldingForm
{
    /// <summary>Aanpak (module id).</summary>
    public string? ModuleId { get; set; }

    /// <summary>Sub-aanpak code.</summary>
    public string? SubAanpak { get; set; }

    /// <summary>How it came in.</summary>
    public AanmeldRoute Route { get; set; } = AanmeldRoute.Convenantpartner;

    /// <summary>Date received.</summary>
    public DateOnly? OntvangenOp { get; set; }

    /// <summary>Referring convenantpartner.</summary>
    public Guid? VerwijzerPartnerId { get; set; }

    /// <summary>Referring organisation when not a convenantpartner.</summary>
    public string? VerwijzerOrganisatie { get; set; }

    /// <summary>Name of the referring professional.</summary>
    public string? VerwijzerNaam { get; set; }

    /// <summary>Contact details of the referrer.</summary>
    public string? VerwijzerContact { get; set; }

    /// <summary>For a warm handover: the region the person came from.</summary>
    public Guid? VerwijzendeRegioId { get; set; }

    /// <summary>BSN (optional).</summary>
    public string? Bsn { get; set; }

    /// <summary>Given names.</summary>
    public string? Voornamen { get; set; }

    /// <summary>Surname.</summary>
    public string? Achternaam { get; set; }

    /// <summary>Date of birth.</summary>
    public DateOnly? Geboortedatum { get; set; }

    /// <summary>Address.</summary>
    public string? Adres { get; set; }

    /// <summary>Municipality of registration (CBS code).</summary>
    public string? GemeenteCode { get; set; }

    /// <summary>Reason for the aanmelding.</summary>
    public string? Reden { get; set; }

    /// <summary>Goal of the case conference.</summary>
    public string? DoelCasusoverleg { get; set; }

    /// <summary>Partners to invite with contact details.</summary>
    public string? TeUitnodigenPartners { get; set; }

    /// <summary>Whether the person was informed.</summary>
    public bool PersoonGeinformeerd { get; set; }

    /// <summary>Why not.</summary>
    public string? NietGeinformeerdReden { get; set; }

    /// <summary>Main subject.</summary>
    public string? Hoofdonderwerp { get; set; }

    /// <summary>GGZ problems.</summary>
    public bool ProblematiekGgz { get; set; }

    /// <summary>LVB (or suspicion).</summary>
    public bool ProblematiekLvb { get; set; }

    /// <summary>Addiction.</summary>
    public bool ProblematiekVerslaving { get; set; }

    /// <summary>Minors in the system.</summary>
    public bool MinderjarigenInSysteem { get; set; }

    /// <summary>Other municipalities/provinces involved.</summary>
    public Gemeentegrens Gemeentegrens { get; set; }

    internal AanmeldingInput ToInput() => new(ModuleId, SubAanpak, Route, OntvangenOp, VerwijzerPartnerId, VerwijzerOrganisatie, VerwijzerNaam,
        VerwijzerContact, VerwijzendeRegioId, Bsn, Voornamen, Achternaam, Geboortedatum, Adres, GemeenteCode, Reden, DoelCasusoverleg,
        TeUitnodigenPartners, PersoonGeinformeerd, NietGeinformeerdReden, Hoofdonderwerp, ProblematiekGgz, ProblematiekLvb, ProblematiekVerslaving,
        MinderjarigenInSysteem, Gemeentegrens);
}

/// <summary>An aanpak that can be chosen, with its sub-aanpakken.</summary>
public sealed record AanpakOption(string ModuleId, string Naam, IReadOnlyList<SubAanpakInfo> SubAanpakken);

/// <summary>The aanmelding form page.</summary>
internal sealed record AanmeldingFormViewModel(AanmeldingForm Form, bool Staff, IReadOnlyList<AanpakOption> Aanpakken, IReadOnlyList<PartnerInfo> Partners,
    IReadOnlyList<GemeenteInfo> Gemeenten, IReadOnlyList<RegionInfo> Regios, IReadOnlyList<string> Errors);

/// <summary>The bureau's list of aanmeldingen.</summary>
internal sealed record AanmeldingListViewModel(IReadOnlyList<AanmeldingRow> Rows, bool OokAfgehandeld);

/// <summary>The partner's own aanmeldingen.</summary>
internal sealed record MyAanmeldingenViewModel(IReadOnlyList<MyAanmeldingRow> Rows, string? Ingediend);

/// <summary>The aanmelding page with the bekendheidscheck.</summary>
internal sealed record AanmeldingPageViewModel(AanmeldingDetails Details, string AanpakNaam, string? SubAanpakNaam, bool CanRegisterPerson,
    IReadOnlyList<PersonRow>? Lokaal, IReadOnlyList<NationalMatch>? Landelijk, IReadOnlyList<string> Errors);

/// <summary>The triage form as the browser posts it.</summary>
public sealed class TriageForm
{
    /// <summary>Date of the triage.</summary>
    public DateOnly? Datum { get; set; }

    /// <summary>Answers per criterium code: "ja" or "nee".</summary>
    public Dictionary<string, string> Voldaan { get; set; } = [];

    /// <summary>Motivation per criterium code.</summary>
    public Dictionary<string, string> Motivatie { get; set; } = [];

    /// <summary>Partners present.</summary>
    public string? AanwezigePartners { get; set; }

    /// <summary>Outcome.</summary>
    public TriageUitkomst? Uitkomst { get; set; }

    /// <summary>Advice given back.</summary>
    public string? AdviesTerug { get; set; }

    /// <summary>Version of the aanmelding the user saw.</summary>
    public long Version { get; set; }

    internal TriageAanmelding ToCommand(Guid aanmeldingId) => new(aanmeldingId, Datum,
        WayOfWorking.TriageCriteria.Select(c => new TriageAntwoordInput(c.Code,
            Voldaan.GetValueOrDefault(c.Code) switch { "ja" => true, "nee" => false, _ => null }, Motivatie.GetValueOrDefault(c.Code))).ToList(),
        AanwezigePartners, Uitkomst, AdviesTerug, Version);
}

/// <summary>The triage page.</summary>
internal sealed record TriageViewModel(AanmeldingDetails Details, TriageForm Form, IReadOnlyList<string> Errors);

/// <summary>The werkvoorraad page.</summary>
internal sealed record WerkvoorraadViewModel(IReadOnlyList<WerkvoorraadRow> Rows, IReadOnlyList<ProcesregisseurOption> Regisseurs, Guid? CurrentUserId,
    bool CanAssign, IReadOnlyList<string> Errors);

/// <summary>Dutch names for the aanmelding screens.</summary>
internal static class AanmeldingNames
{
    public static string Of(AanmeldRoute route) => route switch
    {
        AanmeldRoute.Convenantpartner => "Convenantpartner",
        AanmeldRoute.Formulier => "Beveiligd formulier",
        AanmeldRoute.WarmeOverdracht => "Warme overdracht (andere regio)",
        AanmeldRoute.Zsm => "ZSM",
        AanmeldRoute.Opschaling => "Opschaling vanuit het lokale veld",
        _ => route.ToString(),
    };

    public static string Of(AanmeldingStatus status) => status switch
    {
        AanmeldingStatus.Ontvangen => "Ontvangen",
        AanmeldingStatus.Procesregie => "Procesregie",
        AanmeldingStatus.UitgebreidAdvies => "Uitgebreid advies",
        AanmeldingStatus.NietZvhWaardig => "Niet ZVH-waardig",
        AanmeldingStatus.Ingetrokken => "Ingetrokken",
        _ => status.ToString(),
    };

    public static string Of(TriageUitkomst uitkomst) => uitkomst switch
    {
        TriageUitkomst.Procesregie => "Procesregie",
        TriageUitkomst.UitgebreidAdvies => "Uitgebreid advies",
        TriageUitkomst.NietZvhWaardig => "Niet ZVH-waardig (advies terug naar het lokale veld)",
        _ => uitkomst.ToString(),
    };

    public static string Of(Gemeentegrens grens) => grens switch
    {
        Gemeentegrens.Geen => "Nee, alleen de gemeente van inschrijving",
        Gemeentegrens.AndereGemeenteInRegio => "Andere gemeente in de regio",
        Gemeentegrens.AndereProvincie => "Andere provincie",
        Gemeentegrens.Landelijk => "Landelijk",
        Gemeentegrens.Buitenland => "Buitenland",
        _ => grens.ToString(),
    };
}
