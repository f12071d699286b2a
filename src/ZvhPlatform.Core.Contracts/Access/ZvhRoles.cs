namespace ZvhPlatform.Core.Contracts.Access;

/// <summary>The roles a user can have in a region.</summary>
public static class ZvhRoles
{
    /// <summary>Procesregisseur: runs procesregie on cases.</summary>
    public const string Procesregisseur = "procesregisseur";

    /// <summary>Procesondersteuner: supports the procesregisseurs.</summary>
    public const string Procesondersteuner = "procesondersteuner";

    /// <summary>Manager of the ZVH.</summary>
    public const string Manager = "manager";

    /// <summary>Functioneel beheerder: manages contracts, users and settings of the region.</summary>
    public const string FunctioneelBeheerder = "functioneel-beheerder";

    /// <summary>Professional of a convenantpartner.</summary>
    public const string KetenpartnerProfessional = "ketenpartner";

    /// <summary>Analist: sees aggregates, never persons.</summary>
    public const string Analist = "analist";

    /// <summary>Privacy officer.</summary>
    public const string PrivacyOfficer = "privacy-officer";

    /// <summary>All roles with their Dutch display names, in display order.</summary>
    public static IReadOnlyList<(string Role, string DisplayName)> All { get; } =
    [
        (Procesregisseur, "Procesregisseur"),
        (Procesondersteuner, "Procesondersteuner"),
        (Manager, "Manager"),
        (FunctioneelBeheerder, "Functioneel beheerder"),
        (KetenpartnerProfessional, "Ketenpartner-professional"),
        (Analist, "Analist"),
        (PrivacyOfficer, "Privacy officer"),
    ];

    /// <summary>Whether the value is a known role.</summary>
    public static bool IsKnown(string role) => All.Any(r => r.Role == role);

    /// <summary>The Dutch display name of a role.</summary>
    public static string DisplayName(string role) => All.FirstOrDefault(r => r.Role == role).DisplayName ?? role;
}

/// <summary>Permissions of the core.</summary>
public static class CorePermissions
{
    /// <summary>Manage the region's module contracts.</summary>
    public const string ContractenBeheren = "core.contracten.beheren";

    /// <summary>See the region's module contracts and their history.</summary>
    public const string ContractenInzien = "core.contracten.inzien";

    /// <summary>Manage the region's users.</summary>
    public const string GebruikersBeheren = "core.gebruikers.beheren";

    /// <summary>Search the region's person register.</summary>
    public const string PersonenZoeken = "core.personen.zoeken";

    /// <summary>Register and correct persons.</summary>
    public const string PersonenRegistreren = "core.personen.registreren";

    /// <summary>Merge duplicate person records (and undo a merge).</summary>
    public const string PersonenSamenvoegen = "core.personen.samenvoegen";

    /// <summary>Read the access log and verify its integrity.</summary>
    public const string ToegangslogInzien = "core.toegangslog.inzien";

    // --- Convenantpartners and geheimhoudingsverklaringen ---

    /// <summary>Manage convenantpartners: their signatures, professionals and professionals' accounts.</summary>
    public const string PartnersBeheren = "core.partners.beheren";

    /// <summary>See the convenantpartners and the registered geheimhoudingsverklaringen.</summary>
    public const string PartnersInzien = "core.partners.inzien";

    /// <summary>Register a signed geheimhoudingsverklaring of an incidental participant.</summary>
    public const string GeheimhoudingRegistreren = "core.geheimhouding.registreren";

    // --- Privacy protocol and data subject requests ---

    /// <summary>Edit concept versions of the region's privacy protocol and establish them.</summary>
    public const string PrivacyprotocolBeheren = "core.privacy.protocol.beheren";

    /// <summary>Read the region's privacy protocol and its versions.</summary>
    public const string PrivacyprotocolInzien = "core.privacy.protocol.inzien";

    /// <summary>Handle data subject requests (the WGS contactpunt): register, export, restrict.</summary>
    public const string VerzoekenBehandelen = "core.privacy.verzoeken.behandelen";

    // --- Casework ---

    /// <summary>Work on all cases of the region (the ZVH bureau).</summary>
    public const string CasussenWerken = "core.casussen.werken";

    /// <summary>Take part in the cases one is a participant of (partner professionals).</summary>
    public const string CasussenDeelnemen = "core.casussen.deelnemen";

    /// <summary>See upcoming deletions and extend a case's retention term with a reason.</summary>
    public const string BewaartermijnenBeheren = "core.bewaartermijnen.beheren";

    // --- Aanmelding en triage ---

    /// <summary>Register aanmeldingen, do the bekendheidscheck and the triage (the ZVH bureau).</summary>
    public const string AanmeldingenBehandelen = "core.aanmeldingen.behandelen";

    /// <summary>Submit an aanmelding through the secure form and follow one's own submissions (partner professionals).</summary>
    public const string AanmeldingenIndienen = "core.aanmeldingen.indienen";

    /// <summary>See and prioritise the werkvoorraad and assign its cases to a procesregisseur.</summary>
    public const string WerkvoorraadBeheren = "core.werkvoorraad.beheren";

    // --- Management information and import ---

    /// <summary>See the region's management information (aggregates only, never persons).</summary>
    public const string RapportageInzien = "core.rapportage.inzien";

    /// <summary>See report cells unsuppressed; without it, small cells are suppressed (analysts).</summary>
    public const string RapportageExact = "core.rapportage.exact";

    /// <summary>Set the duration buckets and the minimum cell size of the region's reports.</summary>
    public const string RapportageBeheren = "core.rapportage.beheren";

    /// <summary>Import cases from another system (migration).</summary>
    public const string ImportUitvoeren = "core.import.uitvoeren";

    // --- Casusoverleg, plan, acties en monitor ---

    /// <summary>Plan and run case conferences: agenda, attendees, minutes, decisions and actions captured live.</summary>
    public const string CasusoverlegWerken = "core.casusoverleg.werken";

    /// <summary>Edit the plan van aanpak of the cases one may work on.</summary>
    public const string PlanWerken = "core.plan.werken";

    /// <summary>Read the plan van aanpak of the cases one has need-to-know for (partners: cases they take part in).</summary>
    public const string PlanInzien = "core.plan.inzien";

    /// <summary>Create actions on any case of the region and change their status.</summary>
    public const string ActiesWerken = "core.acties.werken";

    /// <summary>See one's own and one's organisation's actions of the cases one takes part in, and set the status of one's own.</summary>
    public const string ActiesEigen = "core.acties.eigen";

    /// <summary>Manage the region's catalogue of interventions.</summary>
    public const string InterventiesBeheren = "core.interventies.beheren";

    /// <summary>Record PGA monitor measurements and see the trajectory per person.</summary>
    public const string PgaWerken = "core.pga.werken";

    /// <summary>Receive in-app notifications (meldingen) and mark them read.</summary>
    public const string MeldingenOntvangen = "core.meldingen.ontvangen";

    // --- Advies, signalen, ZSM en tijdlijn ---

    /// <summary>Register and list advice: uitgebreid advies, short advice (named or anonymous) and informatieknooppunt contacts.</summary>
    public const string AdviezenWerken = "core.adviezen.werken";

    /// <summary>Register system failures (signalen), put them on a meeting's agenda and close them.</summary>
    public const string SignalenWerken = "core.signalen.werken";

    /// <summary>Draw up ZSM scenarios for a person and hand out the ones still valid.</summary>
    public const string ZsmWerken = "core.zsm.werken";

    // --- Plustaken: contract and invoicing view, switching off ---

    /// <summary>See per plustaak which municipalities bought it for which period and the work done per municipality, and export it for invoicing.</summary>
    public const string FacturatieInzien = "core.facturatie.inzien";

    /// <summary>See the open cases whose municipality's contract ended and that must be closed or handed over.</summary>
    public const string AfbouwInzien = "core.afbouw.inzien";
}
