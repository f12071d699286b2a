using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Kernel.Modules;

namespace ZvhPlatform.Core.Access;

/// <summary>Which role has which permission: the core's own table plus what every module declares.</summary>
internal sealed class PermissionRegistry
{
    private readonly Dictionary<string, HashSet<string>> _byRole = new(StringComparer.Ordinal);

    public PermissionRegistry(ModuleCatalog catalog)
    {
        Grant(CorePermissions.ContractenBeheren, ZvhRoles.FunctioneelBeheerder);
        Grant(CorePermissions.ContractenInzien, ZvhRoles.FunctioneelBeheerder, ZvhRoles.Manager, ZvhRoles.PrivacyOfficer);
        Grant(CorePermissions.GebruikersBeheren, ZvhRoles.FunctioneelBeheerder);
        // Need-to-know: partner professionals and analysts never search the register; they see persons only through cases.
        Grant(CorePermissions.PersonenZoeken, ZvhRoles.Procesregisseur, ZvhRoles.Procesondersteuner, ZvhRoles.FunctioneelBeheerder);
        Grant(CorePermissions.PersonenRegistreren, ZvhRoles.Procesregisseur, ZvhRoles.Procesondersteuner);
        Grant(CorePermissions.PersonenSamenvoegen, ZvhRoles.FunctioneelBeheerder);
        Grant(CorePermissions.ToegangslogInzien, ZvhRoles.PrivacyOfficer);
        // Convenantpartners: managed by the beheerder; the bureau looks them up; the staff who prepare a case
        // conference record the geheimhoudingsverklaringen of incidental participants.
        Grant(CorePermissions.PartnersBeheren, ZvhRoles.FunctioneelBeheerder);
        Grant(CorePermissions.PartnersInzien, ZvhRoles.Procesregisseur, ZvhRoles.Procesondersteuner, ZvhRoles.Manager, ZvhRoles.FunctioneelBeheerder);
        Grant(CorePermissions.GeheimhoudingRegistreren, ZvhRoles.Procesregisseur, ZvhRoles.Procesondersteuner, ZvhRoles.FunctioneelBeheerder);
        // --- Privacy protocol and data subject requests ---
        Grant(CorePermissions.PrivacyprotocolBeheren, ZvhRoles.PrivacyOfficer);
        Grant(CorePermissions.PrivacyprotocolInzien, ZvhRoles.PrivacyOfficer, ZvhRoles.FunctioneelBeheerder, ZvhRoles.Manager, ZvhRoles.Procesregisseur);
        Grant(CorePermissions.VerzoekenBehandelen, ZvhRoles.PrivacyOfficer);
        // The contactpunt must find the betrokkene in the register and apply the rectification they asked for.
        Grant(CorePermissions.PersonenZoeken, ZvhRoles.PrivacyOfficer);
        Grant(CorePermissions.PersonenRegistreren, ZvhRoles.PrivacyOfficer);
        // Casework: the bureau works on every case of the region; partners only on the cases they take part in.
        Grant(CorePermissions.CasussenWerken, ZvhRoles.Procesregisseur, ZvhRoles.Procesondersteuner);
        Grant(CorePermissions.CasussenDeelnemen, ZvhRoles.KetenpartnerProfessional);
        Grant(CorePermissions.BewaartermijnenBeheren, ZvhRoles.PrivacyOfficer);
        // --- Aanmelding en triage ---
        // The bureau takes in and triages aanmeldingen; partner professionals only submit and follow their own.
        Grant(CorePermissions.AanmeldingenBehandelen, ZvhRoles.Procesregisseur, ZvhRoles.Procesondersteuner);
        Grant(CorePermissions.AanmeldingenIndienen, ZvhRoles.KetenpartnerProfessional);
        Grant(CorePermissions.WerkvoorraadBeheren, ZvhRoles.Procesregisseur, ZvhRoles.Procesondersteuner);
        // --- Management information and import: analysts and managers see aggregates; only managers see small cells. ---
        Grant(CorePermissions.RapportageInzien, ZvhRoles.Analist, ZvhRoles.Manager, ZvhRoles.FunctioneelBeheerder);
        Grant(CorePermissions.RapportageExact, ZvhRoles.Manager);
        Grant(CorePermissions.RapportageBeheren, ZvhRoles.FunctioneelBeheerder);
        Grant(CorePermissions.ImportUitvoeren, ZvhRoles.FunctioneelBeheerder);
        // --- Casusoverleg, plan, acties en monitor ---
        Grant(CorePermissions.CasusoverlegWerken, ZvhRoles.Procesregisseur, ZvhRoles.Procesondersteuner);
        Grant(CorePermissions.PlanWerken, ZvhRoles.Procesregisseur, ZvhRoles.Procesondersteuner);
        // Partners read the plan only of cases they take part in (ICaseAccess decides per request).
        Grant(CorePermissions.PlanInzien, ZvhRoles.Procesregisseur, ZvhRoles.Procesondersteuner, ZvhRoles.KetenpartnerProfessional);
        Grant(CorePermissions.ActiesWerken, ZvhRoles.Procesregisseur, ZvhRoles.Procesondersteuner);
        Grant(CorePermissions.ActiesEigen, ZvhRoles.Procesregisseur, ZvhRoles.Procesondersteuner, ZvhRoles.KetenpartnerProfessional);
        Grant(CorePermissions.InterventiesBeheren, ZvhRoles.FunctioneelBeheerder);
        Grant(CorePermissions.PgaWerken, ZvhRoles.Procesregisseur, ZvhRoles.Procesondersteuner);
        Grant(CorePermissions.MeldingenOntvangen, ZvhRoles.Procesregisseur, ZvhRoles.Procesondersteuner, ZvhRoles.KetenpartnerProfessional);
        // --- Advies, signalen, ZSM en tijdlijn ---
        // The timelines use the casework permissions (and need-to-know per case); these are the bureau's registers.
        Grant(CorePermissions.AdviezenWerken, ZvhRoles.Procesregisseur, ZvhRoles.Procesondersteuner);
        Grant(CorePermissions.SignalenWerken, ZvhRoles.Procesregisseur, ZvhRoles.Procesondersteuner, ZvhRoles.Manager);
        Grant(CorePermissions.ZsmWerken, ZvhRoles.Procesregisseur, ZvhRoles.Procesondersteuner);
        // --- Plustaken: contract and invoicing view, switching off ---
        Grant(CorePermissions.FacturatieInzien, ZvhRoles.FunctioneelBeheerder, ZvhRoles.Manager);
        // The coordinators who close or hand over the cases; the manager follows the run-down.
        Grant(CorePermissions.AfbouwInzien, ZvhRoles.Procesregisseur, ZvhRoles.Procesondersteuner, ZvhRoles.Manager);
        foreach (var module in catalog.Modules)
        {
            foreach (var permission in module.Manifest.Permissions)
            {
                Grant(permission.Name, [.. permission.GrantedToRoles]);
            }
        }
    }

    private void Grant(string permission, params string[] roles)
    {
        foreach (var role in roles)
        {
            if (!_byRole.TryGetValue(role, out var set))
            {
                _byRole[role] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.Add(permission);
        }
    }

    public bool RoleHas(string role, string permission) => _byRole.TryGetValue(role, out var set) && set.Contains(permission);

    public bool AnyRoleHas(IEnumerable<string> roles, string permission) => roles.Any(r => RoleHas(r, permission));
}
