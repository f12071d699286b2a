using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Entitlement;
using ZvhPlatform.Core.Persons;
using ZvhPlatform.Core.Privacy;
using ZvhPlatform.Core.Regions;
using ZvhPlatform.Kernel.Modules;
using ZvhPlatform.Kernel.Tenancy;
using ZvhPlatform.Testing;
using static Microsoft.Playwright.Assertions;

namespace ZvhPlatform.BrowserTests;

/// <summary>
/// A procesregisseur in a real browser runs a casusoverleg: plans it (the case in regie is on the generated agenda),
/// captures a decision and an action live (htmx, the page is not reloaded), writes the plan van aanpak and a PGA
/// measurement, and closes the meeting. Every page is checked with axe-core.
/// </summary>
public sealed class RegieScenarioTests
{
    [Fact]
    public async Task A_regisseur_runs_a_casusoverleg_captures_decisions_and_actions_live_and_works_the_plan_and_pga_monitor()
    {
        await using var scenario = await BrowserScenario.StartAsync();
        var (host, page, axe) = (scenario.Host, scenario.Page, scenario.Axe);
        await PrepareCaseAsync(host);
        var today = DateOnly.FromDateTime(host.Clock.GetUtcNow().UtcDateTime);
        var credential = host.User("regisseur.utrecht@demo.zvh.nl");
        await page.GotoAsync("/");
        await page.GetByLabel("E-mailadres").FillAsync(credential.Email);
        await page.GetByLabel("Wachtwoord").FillAsync(credential.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Volgende" }).ClickAsync();
        await page.GetByLabel("Code uit uw authenticator-app").FillAsync(SignIn.TotpCode(credential.TotpSecret));
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Afmelden" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Overleggen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Casusoverleggen", Exact = true })).ToBeVisibleAsync();
        await axe.CheckAsync(page, "casusoverleggen");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nieuw casusoverleg plannen" }).ClickAsync();
        await axe.CheckAsync(page, "casusoverleg plannen");
        await page.GetByLabel("Titel").FillAsync("Casusoverleg Stad");
        await page.GetByLabel("Aanpak").SelectOptionAsync("proefaanpak");
        await page.GetByLabel("Datum en tijd").FillAsync(today.AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "T10:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Plannen en agenda samenstellen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Casusoverleg Stad", Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=agenda]")).ToContainTextAsync("Regina Regie");
        await axe.CheckAsync(page, "casusoverleg");

        // Live capture: the row is appended by htmx; the marker on the page survives because the page is not reloaded.
        await page.EvaluateAsync("() => document.body.setAttribute('data-not-reloaded', 'ja')");
        await page.GetByLabel("Nieuw besluit").FillAsync("Woonbegeleiding inzetten");
        await page.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync();
        await Expect(page.Locator("[data-testid=besluiten] [data-testid=besluit]")).ToContainTextAsync("Woonbegeleiding inzetten");
        await Expect(page.GetByLabel("Nieuw besluit")).ToHaveValueAsync("");
        await page.GetByLabel("Nieuwe actie").FillAsync("Intake beschermd wonen plannen");
        await page.GetByLabel("Eigenaar (organisatie)").SelectOptionAsync("Gemeente Utrecht");
        await page.GetByLabel("Deadline").FillAsync(today.AddDays(14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Actie vastleggen" }).ClickAsync();
        await Expect(page.Locator("[data-testid=acties] [data-testid=actie]")).ToContainTextAsync("Intake beschermd wonen plannen");
        await page.GetByLabel("Nieuw besluit").FillAsync(" ");
        await page.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync();
        await Expect(page.Locator("[data-errors]").First).ToContainTextAsync("Vul het besluit in.");
        Assert.Equal("ja", await page.EvaluateAsync<string>("() => document.body.getAttribute('data-not-reloaded')"));
        await axe.CheckAsync(page, "casusoverleg met besluit en actie");

        await page.GetByRole(AriaRole.Link, new() { Name = "Plan van aanpak" }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Plan van aanpak casus R-0001", Exact = true })).ToBeVisibleAsync();
        await axe.CheckAsync(page, "plan van aanpak leeg");
        await page.Locator("#lg-r000").SelectOptionAsync("Huisvesting");
        await page.Locator("#doel-r000").FillAsync("Stabiele woonplek");
        await page.Locator("#int-r000").SelectOptionAsync("Begeleid of beschermd wonen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Plan opslaan als nieuwe versie" }).ClickAsync();
        await Expect(page.Locator("[data-testid=plan-doelen]")).ToContainTextAsync("Stabiele woonplek");
        await page.GetByRole(AriaRole.Button, new() { Name = "Doel toevoegen" }).ClickAsync();
        await Expect(page.Locator("[data-testid=doel-rij]")).ToHaveCountAsync(4);
        await axe.CheckAsync(page, "plan van aanpak versie 1");

        await page.GotoAsync(page.Url.Replace("/plan", "/pga", StringComparison.Ordinal));
        await page.GetByLabel("Moment").SelectOptionAsync("Intake");
        foreach (var leefgebied in Enum.GetValues<Leefgebied>())
        {
            await page.Locator($"#score-{(int)leefgebied}-2").CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Meting vastleggen" }).ClickAsync();
        await Expect(page.Locator("[data-testid=pga-chart] svg")).ToHaveCountAsync(12);
        await axe.CheckAsync(page, "pga monitor");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Acties", Exact = true }).ClickAsync();
        await axe.CheckAsync(page, "mijn acties");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Meldingen", Exact = true }).ClickAsync();
        await axe.CheckAsync(page, "meldingen");

        scenario.AssertNoAccessibilityProblems();
    }

    /// <summary>Utrecht contracts the fixture aanpak with a protocol purpose, and has one case in regie.</summary>
    private static async Task PrepareCaseAsync(BrowserHost host)
    {
        using var scope = host.Services.CreateScope();
        var sp = scope.ServiceProvider;
        var region = await sp.GetRequiredService<IRegionStore>().FindByKeyAsync("utrecht");
        sp.GetRequiredService<IRegionContextSetter>().SetRegion(region!, "test");
        var core = sp.GetRequiredService<CoreDbContext>();
        core.Contracts.Add(new ModuleContract { ModuleId = "proefaanpak", Kind = ModuleKind.Plustaak, ValidFrom = new DateOnly(2026, 1, 1) });
        var person = new Person { Voornamen = "Regina", Achternaam = "Regie", Geboortedatum = new DateOnly(1985, 5, 5), GemeenteCode = "GM0344",
            RegisteredUtc = DateTime.UtcNow };
        person.RefreshSearchFields();
        core.Persons.Add(person);
        await core.SaveChangesAsync();
        ContractEntitlement.Invalidate(sp.GetRequiredService<IMemoryCache>(), region!.Id);
        var privacy = sp.GetRequiredService<PrivacyDbContext>();
        var version = await privacy.ProtocolVersies.OrderByDescending(v => v.VersieNummer).FirstAsync();
        privacy.ProtocolDoelen.Add(new ProtocolDoel { VersieId = version.Id, ModuleId = "proefaanpak", Doel = "Procesregie", Grondslag = "WGS" });
        await privacy.SaveChangesAsync();
        var casework = sp.GetRequiredService<CaseworkDbContext>();
        var casus = new Casus
        {
            Kenmerk = "R-0001", ModuleId = "proefaanpak", HoofdpersoonId = person.Id, Doel = "Procesregie", Grondslag = "WGS",
            GeopendOp = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-30), Status = CasusStatus.InRegie,
        };
        casus.Personen.Add(new CasusPersoon { CasusId = casus.Id, PersonId = person.Id, Rol = CaseRole.Hoofdpersoon });
        casework.Casussen.Add(casus);
        await casework.SaveChangesAsync();
    }
}
