namespace ZvhPlatform.Core.Contracts.Casework;

/// <summary>Where a case stands in the common way of working (domain §3). Reports count transitions between these.</summary>
public enum CasusStatus
{
    /// <summary>Accepted at triage for procesregie, waiting for a procesregisseur.</summary>
    Werkvoorraad,

    /// <summary>In procesregie of the ZVH.</summary>
    InRegie,

    /// <summary>Handed back to the local field (lokale PGA, wijkteam, gemeentelijke procesregisseur); counts as uitstroom.</summary>
    Afgeschaald,

    /// <summary>Closed with a reason; counts as uitstroom.</summary>
    Afgesloten,
}

/// <summary>How an aanmelding reached the ZVH.</summary>
public enum AanmeldRoute
{
    /// <summary>Entered by ZVH staff for a convenantpartner (phone, mail, meeting).</summary>
    Convenantpartner,

    /// <summary>Submitted by a partner professional through the secure form in the platform.</summary>
    Formulier,

    /// <summary>Warm handover from another ZVH region (the person moved).</summary>
    WarmeOverdracht,

    /// <summary>From the ZSM table.</summary>
    Zsm,

    /// <summary>Escalated (opgeschaald) from the local field or from another aanpak.</summary>
    Opschaling,
}

/// <summary>Where an aanmelding stands.</summary>
public enum AanmeldingStatus
{
    /// <summary>Received, bekendheidscheck and triage still to do.</summary>
    Ontvangen,

    /// <summary>Triaged: procesregie (a case exists, possibly in the werkvoorraad).</summary>
    Procesregie,

    /// <summary>Triaged: uitgebreid advies.</summary>
    UitgebreidAdvies,

    /// <summary>Triaged: not for the ZVH, with advice back to the local field.</summary>
    NietZvhWaardig,

    /// <summary>Withdrawn by the referrer.</summary>
    Ingetrokken,
}

/// <summary>The outcome of an integrale triage.</summary>
public enum TriageUitkomst
{
    /// <summary>Procesregie by the ZVH.</summary>
    Procesregie,

    /// <summary>Uitgebreid advies to the referrer.</summary>
    UitgebreidAdvies,

    /// <summary>Not ZVH-waardig; advice back to the local field.</summary>
    NietZvhWaardig,
}

/// <summary>How far a case crosses municipal borders (reported as a share).</summary>
public enum Gemeentegrens
{
    /// <summary>Only the municipality of registration.</summary>
    Geen,

    /// <summary>Another municipality in the region.</summary>
    AndereGemeenteInRegio,

    /// <summary>Another province.</summary>
    AndereProvincie,

    /// <summary>National.</summary>
    Landelijk,

    /// <summary>Abroad.</summary>
    Buitenland,
}

/// <summary>The 12 leefgebieden of the PGA monitor (domain §3.8), in the monitor's order.</summary>
public enum Leefgebied
{
    /// <summary>Justitie en politie.</summary>
    JustitieEnPolitie = 1,

    /// <summary>Sociaal netwerk (on-/offline).</summary>
    SociaalNetwerk = 2,

    /// <summary>Problematisch middelengebruik en verslaving.</summary>
    MiddelengebruikEnVerslaving = 3,

    /// <summary>Lichamelijke gezondheid.</summary>
    LichamelijkeGezondheid = 4,

    /// <summary>Geestelijke gezondheid.</summary>
    GeestelijkeGezondheid = 5,

    /// <summary>(Huiselijke) relaties.</summary>
    Relaties = 6,

    /// <summary>Huisvesting.</summary>
    Huisvesting = 7,

    /// <summary>Tijdsbesteding.</summary>
    Tijdsbesteding = 8,

    /// <summary>Werk en opleiding.</summary>
    WerkEnOpleiding = 9,

    /// <summary>Houding, gedrag en vaardigheden.</summary>
    HoudingGedragEnVaardigheden = 10,

    /// <summary>Identiteit.</summary>
    Identiteit = 11,

    /// <summary>Financiën.</summary>
    Financien = 12,
}

/// <summary>The five levels of the PGA monitor, from acute to fully capable.</summary>
public enum PgaNiveau
{
    /// <summary>Acute problematiek.</summary>
    Acuut = 1,

    /// <summary>Niet bekwaam.</summary>
    NietBekwaam = 2,

    /// <summary>Beperkt bekwaam.</summary>
    BeperktBekwaam = 3,

    /// <summary>Voldoende bekwaam.</summary>
    VoldoendeBekwaam = 4,

    /// <summary>Volledig bekwaam.</summary>
    VolledigBekwaam = 5,
}

/// <summary>Where a case is escalated to or handed back to (op- en afschalen, domain §3.9).</summary>
public enum SchaalNiveau
{
    /// <summary>Lokale persoonsgerichte aanpak.</summary>
    LokalePga,

    /// <summary>Wijkteam / sociaal team.</summary>
    Wijkteam,

    /// <summary>Gemeentelijke procesregisseur (AVE fase 2).</summary>
    GemeentelijkeProcesregisseur,

    /// <summary>The ZVH (AVE 3/4).</summary>
    Zvh,

    /// <summary>Driehoek(plus): burgemeester, OM, politie.</summary>
    Driehoek,
}

/// <summary>The kinds of advice the ZVH gives; each is counted.</summary>
public enum AdviesSoort
{
    /// <summary>Uitgebreid advies on an aanmelding or case.</summary>
    Uitgebreid,

    /// <summary>Short advice, named or anonymous, often by telephone.</summary>
    Kort,

    /// <summary>A contact moment of the informatieknooppunt.</summary>
    Informatieknooppunt,
}

/// <summary>Names and fixed lists of the common way of working, in Dutch as coordinators use them.</summary>
public static class WayOfWorking
{
    /// <summary>Hoofdonderwerpen of an aanmelding (domain §3.1).</summary>
    public static IReadOnlyList<string> Hoofdonderwerpen { get; } =
    [
        "Verward/onbegrepen gedrag en hoog veiligheidsrisico", "(Ernstige) overlast", "(Vermoeden van) radicalisering", "Burenruzie",
        "Huiselijk geweld", "Overige veiligheid omgeving in het geding", "Bestuurlijke informatie justitiabelen",
    ];

    /// <summary>Closing reasons (domain §3.10).</summary>
    public static IReadOnlyList<string> AfsluitRedenen { get; } =
    [
        "Doelen bereikt / afgeschaald naar lokaal", "Een jaar geen delicten", "Langdurige detentie", "Langlopend zonder resultaat",
        "Verhuisd (warme overdracht)", "Overleden", "Overig",
    ];

    /// <summary>The landelijke criteria of the integrale triage, by code.</summary>
    public static IReadOnlyList<(string Code, string Tekst)> TriageCriteria { get; } =
    [
        ("meerdere-leefgebieden", "Problemen op meer dan één leefgebied die (dreigen te) leiden tot crimineel/overlastgevend gedrag of verloedering"),
        ("ketensamenwerking", "Samenwerking tussen meerdere ketens (zorg, veiligheid, sociaal domein) is nodig"),
        ("systeem", "De problematiek raakt het systeem of de directe omgeving van de persoon"),
        ("lokaal-veiligheidsprobleem", "Of: een ernstig lokaal veiligheidsprobleem dat een ketenoverstijgende aanpak vraagt"),
    ];

    /// <summary>Interventions named in the seeds; each region starts its catalogue with these.</summary>
    public static IReadOnlyList<string> StandaardInterventies { get; } =
    [
        "Reclasseringstoezicht", "Jeugdreclassering / ITB", "ISD-maatregel", "Begeleid of beschermd wonen", "Schuldhulpverlening / bewindvoering",
        "Arbeidstoeleiding / jobcoach", "Bemoeizorg (FACT)", "Klinische opname", "Zorgmachtiging", "TBS",
    ];

    /// <summary>Dutch display name of a leefgebied.</summary>
    public static string Naam(Leefgebied leefgebied) => leefgebied switch
    {
        Leefgebied.JustitieEnPolitie => "Justitie en politie",
        Leefgebied.SociaalNetwerk => "Sociaal netwerk (on-/offline)",
        Leefgebied.MiddelengebruikEnVerslaving => "Problematisch middelengebruik en verslaving",
        Leefgebied.LichamelijkeGezondheid => "Lichamelijke gezondheid",
        Leefgebied.GeestelijkeGezondheid => "Geestelijke gezondheid",
        Leefgebied.Relaties => "(Huiselijke) relaties",
        Leefgebied.Huisvesting => "Huisvesting",
        Leefgebied.Tijdsbesteding => "Tijdsbesteding",
        Leefgebied.WerkEnOpleiding => "Werk en opleiding",
        Leefgebied.HoudingGedragEnVaardigheden => "Houding, gedrag en vaardigheden",
        Leefgebied.Identiteit => "Identiteit",
        Leefgebied.Financien => "Financiën",
        _ => leefgebied.ToString(),
    };

    /// <summary>Dutch display name of a PGA level.</summary>
    public static string Naam(PgaNiveau niveau) => niveau switch
    {
        PgaNiveau.Acuut => "Acuut",
        PgaNiveau.NietBekwaam => "Niet bekwaam",
        PgaNiveau.BeperktBekwaam => "Beperkt bekwaam",
        PgaNiveau.VoldoendeBekwaam => "Voldoende bekwaam",
        PgaNiveau.VolledigBekwaam => "Volledig bekwaam",
        _ => niveau.ToString(),
    };

    /// <summary>Dutch display name of a case status.</summary>
    public static string Naam(CasusStatus status) => status switch
    {
        CasusStatus.Werkvoorraad => "Werkvoorraad",
        CasusStatus.InRegie => "In regie",
        CasusStatus.Afgeschaald => "Afgeschaald",
        CasusStatus.Afgesloten => "Afgesloten",
        _ => status.ToString(),
    };

    /// <summary>Dutch display name of an escalation level.</summary>
    public static string Naam(SchaalNiveau niveau) => niveau switch
    {
        SchaalNiveau.LokalePga => "Lokale PGA",
        SchaalNiveau.Wijkteam => "Wijkteam",
        SchaalNiveau.GemeentelijkeProcesregisseur => "Gemeentelijke procesregisseur (AVE fase 2)",
        SchaalNiveau.Zvh => "Zorg- en Veiligheidshuis (AVE 3/4)",
        SchaalNiveau.Driehoek => "Driehoek(plus)",
        _ => niveau.ToString(),
    };
}
