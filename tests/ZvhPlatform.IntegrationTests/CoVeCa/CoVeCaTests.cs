using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Partners;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Modules.CoVeCa.Data;
using ZvhPlatform.Modules.CoVeCa.Features.Casussen;
using ZvhPlatform.Testing;
using static ZvhPlatform.IntegrationTests.CoVeCa.CoVeCaKit;

namespace ZvhPlatform.IntegrationTests.CoVeCa;

public sealed partial class CoVeCaTests
{
    /// <summary>Forbidden: the host answers a signed-in user without the permission with its 403 page.</summary>
    private static bool Refused(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Forbidden
        || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/fout/403", StringComparison.Ordinal) == true);

    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Only_gemeente_politie_or_om_can_place_someone_on_the_Top_X_list_and_the_case_screen_shows_who_and_when(DatabaseProvider provider)
    {
        using var host = new CoVeCaTestHost(provider, Start);
        using var staff = await SignedInAsync(host, Regisseur);
        var (caseId, personId) = await OpenCaseAsync(host, staff, "topx");
        var ggz = await PartnerIdAsync(host, "Altrecht GGZ");
        var politie = await PartnerIdAsync(host, "Politie eenheid Midden-Nederland");
        var page = await staff.GetStringAsync(new Uri($"/coveca/casussen/{caseId}", UriKind.Relative));
        Assert.Contains("Niet op de Top X-lijst geplaatst.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Altrecht GGZ", page, StringComparison.Ordinal); // the form offers only those who may place

        var refused = await SignIn.PostFormAsync(staff, $"/coveca/casussen/{caseId}/plaatsing", new Dictionary<string, string>
        {
            ["subAanpak"] = "topx", ["partnerId"] = ggz.ToString(), ["geplaatstOp"] = "2026-02-20", ["version"] = "0",
        }, $"/coveca/casussen/{caseId}");
        var refusal = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Alleen de gemeente, de politie of het Openbaar Ministerie kan iemand op de Top X-lijst plaatsen", refusal, StringComparison.Ordinal);
        Assert.Contains("Altrecht GGZ (GGZ) kan dat niet", refusal, StringComparison.Ordinal);
        await InRegionAsync(host, "utrecht", async sp => Assert.False(await sp.GetRequiredService<CoVeCaDbContext>().Casussen.AnyAsync()));

        var placed = await SignIn.PostFormAsync(staff, $"/coveca/casussen/{caseId}/plaatsing", new Dictionary<string, string>
        {
            ["subAanpak"] = "topx", ["partnerId"] = politie.ToString(), ["geplaatstOp"] = "2026-02-20", ["version"] = "0",
        }, $"/coveca/casussen/{caseId}");
        Assert.Equal(HttpStatusCode.Redirect, placed.StatusCode);
        var after = WebUtility.HtmlDecode(await staff.GetStringAsync(new Uri($"/coveca/casussen/{caseId}", UriKind.Relative)));
        Assert.Contains("Op de lijst Top X geplaatst door Politie eenheid Midden-Nederland (Politie) op 20-02-2026.", after, StringComparison.Ordinal);
        Assert.Contains(">Top X</dd>", after, StringComparison.Ordinal);
        await InRegionAsync(host, "utrecht", async sp =>
        {
            var log = await sp.GetRequiredService<AuditDbContext>().Entries.Include(e => e.Persons).Where(e => e.CaseId == caseId && e.ModuleId == "coveca").ToListAsync();
            Assert.Contains(log, e => e.Action == AccessAction.Inzien && e.Persons.Any(p => p.PersonId == personId));
            Assert.Contains(log, e => e.Action == AccessAction.Wijzigen && e.Outcome == "geweigerd");
        });
    }

    [Fact]
    public async Task The_intake_check_refuses_a_Top_X_referral_by_a_ggz_partner_and_accepts_politie_and_doorgroeiers_from_anyone()
    {
        using var host = new CoVeCaTestHost(DatabaseProvider.Sqlite, Start);
        await InRegionAsync(host, "utrecht", async sp =>
        {
            var extension = sp.GetServices<ICaseworkExtension>().Single(e => e.ModuleId == "coveca");
            var partners = await sp.GetRequiredService<IPartnerDirectory>().ActivePartnersAsync();
            var ggz = partners.Single(p => p.Type == PartnerType.Ggz);
            var politie = partners.Single(p => p.Type == PartnerType.Politie);
            var om = partners.Single(p => p.Type == PartnerType.OpenbaarMinisterie);

            Assert.Equal(["topx", "ogg", "doorgroeiers"], extension.SubAanpakken.Select(s => s.Code));
            var refused = await extension.ValidateIntakeAsync(new IntakeContext("coveca", "ogg", ggz, "GM0344"));
            Assert.Contains("Alleen de gemeente, de politie of het Openbaar Ministerie", Assert.Single(refused), StringComparison.Ordinal);
            Assert.Single(await extension.ValidateIntakeAsync(new IntakeContext("coveca", "topx", null, "GM0344")));
            Assert.Single(await extension.ValidateIntakeAsync(new IntakeContext("coveca", "onbekend", politie, "GM0344")));
            Assert.Empty(await extension.ValidateIntakeAsync(new IntakeContext("coveca", "topx", politie, "GM0344")));
            Assert.Empty(await extension.ValidateIntakeAsync(new IntakeContext("coveca", "ogg", om, "GM0344")));
            Assert.Empty(await extension.ValidateIntakeAsync(new IntakeContext("coveca", "doorgroeiers", ggz, "GM0344")));
            Assert.Equal($"/coveca/casussen/{Guid.Empty}", Assert.Single(extension.Links(Guid.Empty)).Url);
        });
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_case_closes_only_after_the_regions_closing_checklist_was_filled_in(DatabaseProvider provider)
    {
        using var host = new CoVeCaTestHost(provider, Start);
        using var staff = await SignedInAsync(host, Regisseur);
        var (caseId, _) = await OpenCaseAsync(host, staff, "topx");
        var casePage = await staff.GetStringAsync(new Uri($"/casussen/{caseId}", UriKind.Relative));
        var close = new Dictionary<string, string>
        {
            ["reden"] = "Een jaar geen delicten", ["version"] = Version(casePage).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["evaluatie"] = "Een jaar zonder nieuwe delicten; wonen en dagbesteding zijn stabiel.",
        };

        var refused = await SignIn.PostFormAsync(staff, $"/casussen/{caseId}/afsluiten", close, $"/casussen/{caseId}");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var message = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Vul eerst de afsluitcriteria van de regio in voor deze casus", message, StringComparison.Ordinal);
        Assert.Contains("Langlopend zonder resultaat", message, StringComparison.Ordinal);
        await InRegionAsync(host, "utrecht", async sp =>
            Assert.Null((await sp.GetRequiredService<CaseworkDbContext>().Casussen.SingleAsync(c => c.Id == caseId)).AfgeslotenOp));

        var page = await staff.GetStringAsync(new Uri($"/coveca/casussen/{caseId}", UriKind.Relative));
        var closing = CriteriaOn(page, "afsluiting");
        Assert.Equal(4, closing.Count);
        var incomplete = await SignIn.PostFormAsync(staff, $"/coveca/casussen/{caseId}/afsluiting", ChecklistFields(closing.Take(3), 0),
            $"/coveca/casussen/{caseId}");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, incomplete.StatusCode);
        Assert.Contains("Nog niet beoordeeld: Doelen van het plan van aanpak bereikt", WebUtility.HtmlDecode(await incomplete.Content.ReadAsStringAsync()),
            StringComparison.Ordinal);

        var filled = await SignIn.PostFormAsync(staff, $"/coveca/casussen/{caseId}/afsluiting", ChecklistFields(closing, 0, "nee"), $"/coveca/casussen/{caseId}");
        Assert.Equal(HttpStatusCode.Redirect, filled.StatusCode);
        var shown = await staff.GetStringAsync(new Uri($"/coveca/casussen/{caseId}", UriKind.Relative));
        Assert.Contains("Ingevuld op 02-03-2026.", shown, StringComparison.Ordinal);

        var closed = await SignIn.PostFormAsync(staff, $"/casussen/{caseId}/afsluiten", close, $"/casussen/{caseId}");
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        await InRegionAsync(host, "utrecht", async sp =>
            Assert.Equal(new DateOnly(2026, 3, 2), (await sp.GetRequiredService<CaseworkDbContext>().Casussen.SingleAsync(c => c.Id == caseId)).AfgeslotenOp));
    }

    [Fact]
    public async Task A_stale_checklist_save_is_refused_with_the_other_persons_answers_shown()
    {
        using var host = new CoVeCaTestHost(DatabaseProvider.Sqlite, Start);
        using var staff = await SignedInAsync(host, Regisseur);
        var (caseId, _) = await OpenCaseAsync(host, staff);
        var page = await staff.GetStringAsync(new Uri($"/coveca/casussen/{caseId}", UriKind.Relative));
        var selectie = CriteriaOn(page, "selectie");
        Assert.Equal(4, selectie.Count);

        var first = await SignIn.PostFormAsync(staff, $"/coveca/casussen/{caseId}/selectie", ChecklistFields(selectie, 0), $"/coveca/casussen/{caseId}");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var stale = await SignIn.PostFormAsync(staff, $"/coveca/casussen/{caseId}/selectie", ChecklistFields(selectie, 0, "nee"), $"/coveca/casussen/{caseId}");

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var html = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());
        Assert.Contains("Iemand anders heeft de CoVeCa-gegevens van deze casus intussen gewijzigd", html, StringComparison.Ordinal);
        Assert.Contains($"id=\"v-selectie-{selectie[0]}-ja\" name=\"voldaan_{selectie[0]}\" value=\"ja\" checked=\"checked\"", html, StringComparison.Ordinal);
        await InRegionAsync(host, "utrecht", async sp =>
            Assert.All(await sp.GetRequiredService<CoVeCaDbContext>().Antwoorden.ToListAsync(), a => Assert.True(a.Voldaan)));
    }

    [Fact]
    public async Task The_functioneel_beheerder_manages_the_regions_criteria_and_the_case_screen_follows()
    {
        using var host = new CoVeCaTestHost(DatabaseProvider.Sqlite, Start);
        using var beheer = await SignedInAsync(host, Beheer);
        using var staff = await SignedInAsync(host, Regisseur);

        var overview = WebUtility.HtmlDecode(await beheer.GetStringAsync(new Uri("/coveca/criteria", UriKind.Relative)));
        Assert.Contains("Meerdere high impact delicten", overview, StringComparison.Ordinal);
        Assert.Contains("value=\"Een jaar geen delicten\"", overview, StringComparison.Ordinal);
        Assert.Contains("value=\"Lange detentie\"", overview, StringComparison.Ordinal);

        var added = await SignIn.PostFormAsync(beheer, "/coveca/criteria/afsluiting", new Dictionary<string, string> { ["tekst"] = "Verhuisd buiten de regio" },
            "/coveca/criteria");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var duplicate = await SignIn.PostFormAsync(beheer, "/coveca/criteria/afsluiting", new Dictionary<string, string> { ["tekst"] = "Lange detentie" },
            "/coveca/criteria");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, duplicate.StatusCode);
        Assert.Contains("staat al op deze lijst", WebUtility.HtmlDecode(await duplicate.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var empty = await SignIn.PostFormAsync(beheer, "/coveca/criteria/selectie", new Dictionary<string, string> { ["tekst"] = " " }, "/coveca/criteria");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);

        Criterium lange = null!;
        await InRegionAsync(host, "utrecht", async sp => lange = await sp.GetRequiredService<CoVeCaDbContext>().Criteria.SingleAsync(c => c.Tekst == "Lange detentie"));
        var reworded = await SignIn.PostFormAsync(beheer, $"/coveca/criteria/{lange.Id}/herformuleren",
            new Dictionary<string, string> { ["tekst"] = "Langdurige detentie (langer dan een jaar)", ["version"] = lange.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            "/coveca/criteria");
        Assert.Equal(HttpStatusCode.Redirect, reworded.StatusCode);
        var staleDeactivate = await SignIn.PostFormAsync(beheer, $"/coveca/criteria/{lange.Id}/deactiveren",
            new Dictionary<string, string> { ["version"] = lange.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "/coveca/criteria");
        Assert.Equal(HttpStatusCode.Conflict, staleDeactivate.StatusCode);
        var deactivated = await SignIn.PostFormAsync(beheer, $"/coveca/criteria/{lange.Id}/deactiveren",
            new Dictionary<string, string> { ["version"] = (lange.Version + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) }, "/coveca/criteria");
        Assert.Equal(HttpStatusCode.Redirect, deactivated.StatusCode);

        var (caseId, _) = await OpenCaseAsync(host, staff);
        var casePage = WebUtility.HtmlDecode(await staff.GetStringAsync(new Uri($"/coveca/casussen/{caseId}", UriKind.Relative)));
        Assert.Contains("Verhuisd buiten de regio", casePage, StringComparison.Ordinal);
        Assert.DoesNotContain("Langdurige detentie (langer dan een jaar)", casePage, StringComparison.Ordinal);
        Assert.Equal(4, CriteriaOn(casePage, "afsluiting").Count);

        Assert.True(Refused(await staff.GetAsync(new Uri("/coveca/criteria", UriKind.Relative))));
        Assert.True(Refused(await beheer.GetAsync(new Uri("/coveca", UriKind.Relative))));
    }

    [Fact]
    public async Task The_module_page_lists_the_regions_cases_per_sub_aanpak_and_links_the_management_information()
    {
        using var host = new CoVeCaTestHost(DatabaseProvider.Sqlite, Start);
        using var staff = await SignedInAsync(host, Regisseur);
        await OpenCaseAsync(host, staff, "topx", "Eerste");
        await OpenCaseAsync(host, staff, "doorgroeiers", "Tweede");
        await OpenCaseAsync(host, staff, null, "Derde");

        var html = WebUtility.HtmlDecode(await staff.GetStringAsync(new Uri("/coveca", UriKind.Relative)));

        Assert.Contains("href=\"/coveca\"", Http.Web.Navigation(html), StringComparison.Ordinal);
        Assert.Contains("CoVeCa / Top X", Http.Web.Navigation(html), StringComparison.Ordinal);
        Assert.Contains("Top X (1)", html, StringComparison.Ordinal);
        Assert.Contains("Top X onbegrepen gedrag met gevaarsrisico (0)", html, StringComparison.Ordinal);
        Assert.Contains("Doorgroeiers (1)", html, StringComparison.Ordinal);
        Assert.Contains("Overige complexe casuïstiek (geen sub-aanpak) (1)", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/rapportage?module=coveca\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Eerste", html, StringComparison.Ordinal); // references only, no names
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_module_page_shows_each_sub_aanpaks_number_and_newest_cases_and_pages_through_one_sub_aanpak(DatabaseProvider provider)
    {
        using var host = new CoVeCaTestHost(provider, Start);
        using var staff = await SignedInAsync(host, Regisseur);
        var topX = new List<Guid> { (await OpenCaseAsync(host, staff, "topx")).CaseId };
        await InRegionAsync(host, "utrecht", async sp =>
        {
            // The rest of the Top X cases written directly, opened the same day: opening each through the screens takes long.
            var db = sp.GetRequiredService<CaseworkDbContext>();
            var voorbeeld = await db.Casussen.AsNoTracking().SingleAsync(c => c.Id == topX[0]);
            for (var i = 1; i < ListCoVeCaCasesHandler.PerPagina + 2; i++)
            {
                var casus = new Casus
                {
                    Kenmerk = $"TX-{i:00}", ModuleId = "coveca", SubAanpak = "topx", HoofdpersoonId = voorbeeld.HoofdpersoonId,
                    GemeenteCode = voorbeeld.GemeenteCode, Doel = voorbeeld.Doel, Grondslag = voorbeeld.Grondslag, GeopendOp = voorbeeld.GeopendOp,
                    Status = voorbeeld.Status, ProcesregisseurId = voorbeeld.ProcesregisseurId,
                };
                casus.Personen.Add(new CasusPersoon { CasusId = casus.Id, PersonId = voorbeeld.HoofdpersoonId, Rol = CaseRole.Hoofdpersoon });
                db.Casussen.Add(casus);
                topX.Add(casus.Id);
            }

            await db.SaveChangesAsync();
        });

        var zonder = (await OpenCaseAsync(host, staff)).CaseId;
        var anders = (await OpenCaseAsync(host, staff, "iets-anders")).CaseId;

        var overzicht = WebUtility.HtmlDecode(await staff.GetStringAsync(new Uri("/coveca", UriKind.Relative)));
        Assert.Contains($"Top X ({topX.Count})", overzicht, StringComparison.Ordinal);
        Assert.Contains("Overige complexe casuïstiek (geen sub-aanpak) (2)", overzicht, StringComparison.Ordinal);
        Assert.Equal(ListCoVeCaCasesHandler.PerPagina, CasesIn(overzicht, "topx").Count);
        Assert.Equal(new[] { anders, zonder }.Order(), CasesIn(overzicht, "overig").Order());
        Assert.Contains($"href=\"/coveca?subaanpak=topx\" data-testid=\"alle-topx\">Alle {topX.Count} casussen van Top X", overzicht, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"alle-overig\"", overzicht, StringComparison.Ordinal);

        var eerste = WebUtility.HtmlDecode(await staff.GetStringAsync(new Uri("/coveca?subaanpak=topx", UriKind.Relative)));
        Assert.DoesNotContain("data-testid=\"subaanpak-overig\"", eerste, StringComparison.Ordinal);
        var volgende = NextPage().Match(eerste).Groups[1].Value;
        var tweede = WebUtility.HtmlDecode(await staff.GetStringAsync(new Uri(volgende, UriKind.Relative)));
        Assert.DoesNotContain("data-testid=\"next-page\"", tweede, StringComparison.Ordinal);
        var gepagineerd = CasesIn(eerste, "topx").Concat(CasesIn(tweede, "topx")).ToList();
        Assert.Equal(topX.Count, gepagineerd.Count);
        Assert.Equal(topX.Order(), gepagineerd.Order());

        // Newest first: all were opened today, so by kenmerk, descending.
        var kenmerken = KenmerkenIn(eerste).Concat(KenmerkenIn(tweede)).ToList();
        Assert.Equal(kenmerken.OrderDescending(StringComparer.Ordinal), kenmerken);

        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync(new Uri("/coveca?subaanpak=onbekend", UriKind.Relative))).StatusCode);
        var onleesbaar = WebUtility.HtmlDecode(await staff.GetStringAsync(new Uri("/coveca?subaanpak=topx&na=gisteren", UriKind.Relative)));
        Assert.Equal(CasesIn(eerste, "topx"), CasesIn(onleesbaar, "topx"));
    }

    private static List<Guid> CasesIn(string html, string groep)
    {
        var start = html.IndexOf($"data-testid=\"subaanpak-{groep}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"geen tabel voor {groep}");
        var table = html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
        return [.. CaseLink().Matches(table).Select(m => Guid.Parse(m.Groups[1].Value))];
    }

    private static IEnumerable<string> KenmerkenIn(string html) => CaseLinkWithKenmerk().Matches(html).Select(m => m.Groups[1].Value);

    [System.Text.RegularExpressions.GeneratedRegex("href=\"/coveca/casussen/([0-9a-f-]{36})\"")]
    private static partial System.Text.RegularExpressions.Regex CaseLink();

    [System.Text.RegularExpressions.GeneratedRegex("href=\"/coveca/casussen/[0-9a-f-]{36}\">([^<]+)<")]
    private static partial System.Text.RegularExpressions.Regex CaseLinkWithKenmerk();

    [System.Text.RegularExpressions.GeneratedRegex("href=\"([^\"]+)\" data-testid=\"next-page\"")]
    private static partial System.Text.RegularExpressions.Regex NextPage();

    [Fact]
    public async Task A_partner_does_not_reach_the_module_and_another_regions_case_is_not_found()
    {
        using var host = new CoVeCaTestHost(DatabaseProvider.Sqlite, Start);
        using var staff = await SignedInAsync(host, Regisseur);
        var (caseId, _) = await OpenCaseAsync(host, staff, "topx");
        using var partner = await SignedInAsync(host, Partner, "http://localhost/r/utrecht/");
        using var drenthe = await SignedInAsync(host, "regisseur.drenthe@demo.zvh.nl");

        Assert.True(Refused(await partner.GetAsync(new Uri($"/r/utrecht/coveca/casussen/{caseId}", UriKind.Relative))));
        Assert.Equal(HttpStatusCode.NotFound, (await drenthe.GetAsync(new Uri($"/coveca/casussen/{caseId}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync(new Uri($"/coveca/casussen/{Guid.NewGuid()}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_region_without_a_coveca_contract_sees_no_navigation_entry_and_gets_404_on_every_module_route()
    {
        using var host = new CoVeCaTestHost(DatabaseProvider.Sqlite, Start);
        await InRegionAsync(host, "utrecht", async sp =>
        {
            var core = sp.GetRequiredService<CoreDbContext>();
            var contract = await core.Contracts.SingleAsync(c => c.ModuleId == "coveca");
            contract.ValidTo = new DateOnly(2026, 2, 28);
            await core.SaveChangesAsync();
            ((MemoryCache)sp.GetRequiredService<IMemoryCache>()).Clear();
        });
        using var staff = await SignedInAsync(host, Regisseur);
        using var beheer = await SignedInAsync(host, Beheer);
        using var drenthe = await SignedInAsync(host, "regisseur.drenthe@demo.zvh.nl");

        var home = await staff.GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.DoesNotContain("/coveca", Http.Web.Navigation(home), StringComparison.Ordinal);
        Assert.DoesNotContain("/coveca", Http.Web.Navigation(await beheer.GetStringAsync(new Uri("/", UriKind.Relative))), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync(new Uri("/coveca", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync(new Uri($"/coveca/casussen/{Guid.NewGuid()}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await beheer.GetAsync(new Uri("/coveca/criteria", UriKind.Relative))).StatusCode);
        var post = await SignIn.PostFormAsync(beheer, "/coveca/criteria/selectie", new Dictionary<string, string> { ["tekst"] = "x" }, "/");
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);

        // Drenthe still has its contract and the module.
        Assert.Contains("href=\"/coveca\"", Http.Web.Navigation(await drenthe.GetStringAsync(new Uri("/", UriKind.Relative))), StringComparison.Ordinal);
    }
}
