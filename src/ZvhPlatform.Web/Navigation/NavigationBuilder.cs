using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Kernel.Entitlement;
using ZvhPlatform.Kernel.Modules;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Web.Navigation;

/// <summary>An entry of the main navigation.</summary>
public sealed record NavEntry(string Text, string Path, string? ModuleId);

/// <summary>The main navigation: the core's entries plus those of the modules the region has today.</summary>
internal sealed class NavigationBuilder(ModuleCatalog catalog, IRegionContext region, IModuleEntitlement entitlement, ICurrentUser user, TimeProvider clock)
{
    public async Task<IReadOnlyList<NavEntry>> BuildAsync(CancellationToken cancellationToken)
    {
        var entries = new List<(int Order, NavEntry Entry)> { (0, new NavEntry("Start", "/", null)) };
        if (region.Region is { } current)
        {
            var enabled = await entitlement.EnabledModulesAsync(current.Id, DateOnly.FromDateTime(clock.GetLocalNow().DateTime), cancellationToken);
            foreach (var module in catalog.Modules.Where(m => enabled.Contains(m.Manifest.Id)))
            {
                foreach (var item in module.Manifest.Navigation)
                {
                    if (item.RequiredPermission is null || user.HasPermission(item.RequiredPermission))
                    {
                        entries.Add((item.Order, new NavEntry(item.Text, item.Path, module.Manifest.Id)));
                    }
                }
            }

            if (user.HasPermission(CorePermissions.CasussenWerken) || user.HasPermission(CorePermissions.CasussenDeelnemen))
            {
                entries.Add((5, new NavEntry("Casussen", "/casussen", null)));
            }

            if (user.HasPermission(CorePermissions.BewaartermijnenBeheren))
            {
                entries.Add((925, new NavEntry("Bewaartermijnen", "/privacy/bewaartermijnen", null)));
            }

            if (user.HasPermission(CorePermissions.PersonenZoeken))
            {
                entries.Add((10, new NavEntry("Personen", "/personen", null)));
            }

            if (user.HasPermission(CorePermissions.PersonenSamenvoegen))
            {
                entries.Add((890, new NavEntry("Dubbelen", "/beheer/dubbelen", null)));
            }

            if (user.HasPermission(CorePermissions.ToegangslogInzien))
            {
                entries.Add((920, new NavEntry("Toegangslog", "/privacy/toegangslog", null)));
                entries.Add((921, new NavEntry("Toegangsrechten", "/privacy/toegangsrechten", null)));
            }

            if (user.HasPermission(CorePermissions.ContractenInzien))
            {
                entries.Add((900, new NavEntry("Contracten", "/beheer/contracten", null)));
            }

            if (user.HasPermission(CorePermissions.GebruikersBeheren))
            {
                entries.Add((910, new NavEntry("Gebruikers", "/beheer/gebruikers", null)));
            }

            // Convenantpartners and geheimhoudingsverklaringen.
            if (user.HasPermission(CorePermissions.PartnersInzien))
            {
                entries.Add((895, new NavEntry("Convenantpartners", "/beheer/partners", null)));
                entries.Add((896, new NavEntry("Geheimhouding", "/beheer/geheimhouding", null)));
            }

            // --- Advies, signalen, ZSM en tijdlijn ---
            if (user.HasPermission(CorePermissions.AdviezenWerken))
            {
                entries.Add((30, new NavEntry("Adviezen", "/adviezen", null)));
            }

            if (user.HasPermission(CorePermissions.SignalenWerken))
            {
                entries.Add((31, new NavEntry("Signalen", "/signalen", null)));
            }

            if (user.HasPermission(CorePermissions.ZsmWerken))
            {
                entries.Add((32, new NavEntry("ZSM", "/zsm", null)));
            }

            // --- Privacy protocol and data subject requests ---
            if (user.HasPermission(CorePermissions.PrivacyprotocolInzien))
            {
                entries.Add((930, new NavEntry("Privacyprotocol", "/privacy/protocol", null)));
            }

            if (user.HasPermission(CorePermissions.VerzoekenBehandelen))
            {
                entries.Add((940, new NavEntry("Verzoeken", "/privacy/verzoeken", null)));
            }

            // --- Aanmelding en triage ---
            if (user.HasPermission(CorePermissions.AanmeldingenBehandelen))
            {
                entries.Add((3, new NavEntry("Aanmeldingen", "/aanmeldingen", null)));
            }

            if (user.HasPermission(CorePermissions.AanmeldingenIndienen))
            {
                entries.Add((3, new NavEntry("Mijn aanmeldingen", "/aanmeldingen/mijn", null)));
            }

            if (user.HasPermission(CorePermissions.WerkvoorraadBeheren))
            {
                entries.Add((4, new NavEntry("Werkvoorraad", "/werkvoorraad", null)));
            }

            // --- Management information and import ---
            if (user.HasPermission(CorePermissions.RapportageInzien))
            {
                entries.Add((800, new NavEntry("Managementinformatie", "/rapportage", null)));
            }

            if (user.HasPermission(CorePermissions.ImportUitvoeren))
            {
                entries.Add((905, new NavEntry("Import", "/import", null)));
            }

            // --- Casusoverleg, plan, acties en monitor ---
            if (user.HasPermission(CorePermissions.CasusoverlegWerken))
            {
                entries.Add((6, new NavEntry("Overleggen", "/overleggen", null)));
            }

            if (user.HasPermission(CorePermissions.ActiesEigen))
            {
                entries.Add((7, new NavEntry("Acties", "/acties", null)));
            }

            if (user.HasPermission(CorePermissions.MeldingenOntvangen))
            {
                entries.Add((8, new NavEntry("Meldingen", "/meldingen", null)));
            }

            if (user.HasPermission(CorePermissions.InterventiesBeheren))
            {
                entries.Add((897, new NavEntry("Interventies", "/interventies", null)));
            }

            // --- Plustaken: contract and invoicing view, switching off ---
            if (user.HasPermission(CorePermissions.FacturatieInzien))
            {
                entries.Add((901, new NavEntry("Facturatie plustaken", "/beheer/contracten/facturatie", null)));
            }

            if (user.HasPermission(CorePermissions.AfbouwInzien))
            {
                entries.Add((9, new NavEntry("Af te sluiten", "/casussen/af-te-sluiten", null)));
            }
        }

        return entries.OrderBy(e => e.Order).Select(e => e.Entry).ToList();
    }
}
