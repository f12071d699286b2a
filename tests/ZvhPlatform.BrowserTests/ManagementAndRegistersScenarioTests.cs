using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Tenancy;
using ZvhPlatform.Testing;
using static Microsoft.Playwright.Assertions;

namespace ZvhPlatform.BrowserTests;

/// <summary>
/// The pages the case scenarios do not reach, each visited by the role that uses it, with axe-core on every page:
/// the beheerder imports the documented example file (the job server runs, the progress bar reaches the result) and
/// keeps the interventions, CoVeCa criteria and report settings; the procesregisseur works the registers (CoVeCa list,
/// adviezen, signalen, ZSM, meldingen); manager and analist filter the management information live (htmx) and open a
/// factsheet; a partner professional submits an aanmelding through the secure form and follows it.
/// </summary>
public sealed class ManagementAndRegistersScenarioTests
{
    [Fact]
    public async Task Every_role_reaches_its_management_import_and_register_pages_and_each_page_passes_axe()
    {
        await using var scenario = await BrowserScenario.StartAsync(new Dictionary<string, string?> { ["Jobs:RunServer"] = "true", ["Jobs:Workers"] = "1" });
        var (host, page, axe) = (scenario.Host, scenario.Page, scenario.Axe);
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" });

        // Functioneel beheerder: import (background job with a progress bar), interventions, criteria, report settings.
        await BrowserSession.SignInAsync(page, host, "beheer.utrecht@demo.zvh.nl");
        await menu.GetByRole(AriaRole.Link, new() { Name = "Import" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Casussen importeren", Exact = true })).ToBeVisibleAsync();
        await axe.CheckAsync(page, "import");
        await page.GetByLabel("Importbestand (JSON)").SetInputFilesAsync(Path.Combine(AppContext.BaseDirectory, "voorbeeld-import.json"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Controleren en importeren" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Import van voorbeeld-import.json", Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator("progress#voortgang-balk")).ToBeVisibleAsync();
        await axe.CheckAsync(page, "import voortgang");
        await Expect(page.Locator("[data-testid=import-status]")).ToHaveAttributeAsync("data-status", "Gereed", new() { Timeout = 60_000 });
        await Expect(page.Locator("[data-testid=import-verslag]")).ToContainTextAsync("2 casussen aangemaakt");
        Assert.Equal(await page.Locator("progress#voortgang-balk").GetAttributeAsync("max"), await page.Locator("progress#voortgang-balk").GetAttributeAsync("value"));
        await axe.CheckAsync(page, "import gereed");

        await menu.GetByRole(AriaRole.Link, new() { Name = "Interventies" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Interventies", Exact = true })).ToBeVisibleAsync();
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Woonbegeleiding Top X");
        await page.GetByRole(AriaRole.Button, new() { Name = "Toevoegen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Woonbegeleiding Top X deactiveren" })).ToBeVisibleAsync();
        await axe.CheckAsync(page, "interventies");

        await menu.GetByRole(AriaRole.Link, new() { Name = "Criteria CoVeCa" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Criteria CoVeCa / Top X", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Deactiveren: Een jaar geen delicten" })).ToBeVisibleAsync();
        await axe.CheckAsync(page, "criteria coveca");

        await page.GotoAsync("/rapportage/instellingen");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Instellingen managementinformatie", Exact = true })).ToBeVisibleAsync();
        await axe.CheckAsync(page, "rapportage instellingen");
        await page.GetByLabel("Minimale celgrootte voor analisten").FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Expect(page.GetByLabel("Minimale celgrootte voor analisten")).ToHaveValueAsync("3");
        await axe.CheckAsync(page, "rapportage instellingen opgeslagen");
        await BrowserSession.SignOutAsync(page);

        // Procesregisseur: the CoVeCa list with the imported case, advice, a signaal, a ZSM scenario, notifications.
        await BrowserSession.SignInAsync(page, host, "regisseur.utrecht@demo.zvh.nl");
        await menu.GetByRole(AriaRole.Link, new() { Name = "CoVeCa / Top X" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "CoVeCa / Top X", Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=subaanpak-doorgroeiers]")).ToContainTextAsync("In regie");
        await axe.CheckAsync(page, "coveca lopend");
        await page.GetByRole(AriaRole.Link, new() { Name = "Ook afgesloten casussen tonen" }).ClickAsync();
        await Expect(page.Locator("[data-testid=subaanpak-topx]")).ToContainTextAsync("Afgesloten");
        await axe.CheckAsync(page, "coveca met afgesloten");

        await menu.GetByRole(AriaRole.Link, new() { Name = "Adviezen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Advies en consultatie", Exact = true })).ToBeVisibleAsync();
        await axe.CheckAsync(page, "adviezen");
        await page.Locator("#Soort").SelectOptionAsync("Kort");
        await page.Locator("#Anoniem").CheckAsync();
        await page.Locator("#ModuleId").SelectOptionAsync("coveca");
        await page.Locator("#VragerOrganisatie").FillAsync("Wijkteam Overvecht");
        await page.Locator("#Kanaal").SelectOptionAsync("telefoon");
        await page.Locator("#Vraag").FillAsync("Jongere met escalerend gedrag: wanneer melden we aan voor Top X?");
        await page.Locator("#Antwoord").FillAsync("Laat politie of gemeente aanmelden; tot dan lokaal opschalen via het wijkteam.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Advies vastleggen" }).ClickAsync();
        await Expect(page.GetByText("Wijkteam Overvecht").First).ToBeVisibleAsync();
        await axe.CheckAsync(page, "adviezen met advies");

        await menu.GetByRole(AriaRole.Link, new() { Name = "Signalen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Signalen", Exact = true })).ToBeVisibleAsync();
        await axe.CheckAsync(page, "signalen");
        await page.Locator("#omschrijving").FillAsync("Geen plek in beschermd wonen voor Top X-kandidaten met verslaving.");
        await page.Locator("#tafel").FillAsync("Regionale stuurgroep");
        await page.GetByRole(AriaRole.Button, new() { Name = "Signaal vastleggen" }).ClickAsync();
        await Expect(page.Locator("section[data-signaal]").First).ToContainTextAsync("Geen plek in beschermd wonen");
        await axe.CheckAsync(page, "signalen met signaal");

        var persoon = await PersonIdAsync(host, "111222333");
        await page.GotoAsync($"/zsm?persoon={persoon}");
        await Expect(page.Locator("[data-testid=zsm-form]")).ToBeVisibleAsync();
        await axe.CheckAsync(page, "zsm nieuw scenario");
        await page.GetByLabel("Context").FillAsync("Verdachte van een straatroof; Top X-casus afgesloten in 2023, sindsdien rustig.");
        await page.GetByLabel("Gezamenlijk advies").FillAsync("Snelrecht met meldplicht; reclassering betrekken bij het advies.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Scenario opstellen" }).ClickAsync();
        await Expect(page.GetByText("Snelrecht met meldplicht").First).ToBeVisibleAsync();
        await axe.CheckAsync(page, "zsm scenario");
        await menu.GetByRole(AriaRole.Link, new() { Name = "ZSM" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "ZSM-scenario's", Exact = true })).ToBeVisibleAsync();
        await axe.CheckAsync(page, "zsm");

        await menu.GetByRole(AriaRole.Link, new() { Name = "Meldingen", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Meldingen", Exact = true })).ToBeVisibleAsync();
        await axe.CheckAsync(page, "meldingen");
        await BrowserSession.SignOutAsync(page);

        // Manager: the imported figures, a filter changed live (htmx, no reload), the factsheet of a municipality.
        await BrowserSession.SignInAsync(page, host, "manager.utrecht@demo.zvh.nl");
        await menu.GetByRole(AriaRole.Link, new() { Name = "Managementinformatie" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Managementinformatie", Exact = true })).ToBeVisibleAsync();
        await axe.CheckAsync(page, "rapportage manager");
        await page.EvaluateAsync("() => document.body.setAttribute('data-not-reloaded', 'ja')");
        await page.Locator("#van").FillAsync("2022-01-01");
        await page.Locator("#district").SelectOptionAsync("Oost");
        await Expect(page.Locator("[data-testid=rapport-kop]")).ToContainTextAsync("district Oost, 01-01-2022 t/m");
        await Expect(page).ToHaveURLAsync(new Regex("district=Oost"));
        Assert.Equal("ja", await page.EvaluateAsync<string>("() => document.body.getAttribute('data-not-reloaded')"));
        await axe.CheckAsync(page, "rapportage manager district Oost");

        // While the instance computes as many reports as it takes, a changed filter shows the Dutch 503 message in place of
        // the figures (the form stays); once a turn is free the next change shows the figures again.
        var wachtrij = host.Services.GetRequiredService<ZvhPlatform.Core.Features.Rapportage.RapportageWachtrij>();
        using (var wachtenden = new CancellationTokenSource())
        {
            var bezig = new List<IAsyncDisposable>();
            for (var i = 0; i < wachtrij.Gelijktijdig; i++)
            {
                bezig.Add(await wachtrij.BeurtAsync(CancellationToken.None));
            }

            var wachtend = Enumerable.Range(0, wachtrij.MaximaalWachtend).Select(_ => wachtrij.BeurtAsync(wachtenden.Token)).ToList();
            await page.Locator("#district").SelectOptionAsync("");
            await Expect(page.Locator("#rapport [data-testid=error-fragment]")).ToContainTextAsync("Er worden nu veel rapportages tegelijk berekend");
            await Expect(page.Locator("#district")).ToBeVisibleAsync();
            await axe.CheckAsync(page, "rapportage bezet");
            await wachtenden.CancelAsync();
            foreach (var w in wachtend)
            {
                await Assert.ThrowsAnyAsync<OperationCanceledException>(() => w);
            }

            foreach (var b in bezig)
            {
                await b.DisposeAsync();
            }
        }

        await page.Locator("#district").SelectOptionAsync("Oost");
        await Expect(page.Locator("[data-testid=rapport-kop]")).ToContainTextAsync("district Oost, 01-01-2022 t/m");
        await page.Locator("#factsheet-gemeente").SelectOptionAsync(new SelectOptionValue { Label = "Amersfoort" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Open factsheet" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Factsheet gemeente Amersfoort", Exact = true })).ToBeVisibleAsync();
        await axe.CheckAsync(page, "factsheet");
        await BrowserSession.SignOutAsync(page);

        // Analist: aggregates only, small cells suppressed; a filter changed live.
        await BrowserSession.SignInAsync(page, host, "analist.utrecht@demo.zvh.nl");
        await menu.GetByRole(AriaRole.Link, new() { Name = "Managementinformatie" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Managementinformatie", Exact = true })).ToBeVisibleAsync();
        await axe.CheckAsync(page, "rapportage analist");
        await page.Locator("#van").FillAsync("2022-01-01");
        await page.Locator("#subAanpak").SelectOptionAsync("topx");
        await Expect(page.Locator("[data-testid=rapport-kop]")).ToContainTextAsync("(topx)");
        await Expect(page).ToHaveURLAsync(new Regex("subAanpak=topx"));
        await Expect(page.Locator("[data-testid=onderdrukt]")).ToBeVisibleAsync();
        await axe.CheckAsync(page, "rapportage analist topx");
        await BrowserSession.SignOutAsync(page);

        // Partner professional: the secure form; Top X is refused for a referrer that is not gemeente, politie or OM.
        await BrowserSession.SignInAsync(page, host, "partner@demo.zvh.nl");
        if ((await page.Locator("[data-testid=active-region]").InnerTextAsync()).Trim() != "ZVH Regio Utrecht")
        {
            // The partner works in Utrecht and Drenthe; this aanmelding is for Utrecht.
            await page.GetByRole(AriaRole.Link, new() { Name = "Regio wisselen" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "ZVH Regio Utrecht", Exact = true }).ClickAsync();
            await Expect(page.Locator("[data-testid=active-region]")).ToHaveTextAsync("ZVH Regio Utrecht");
        }

        await page.GotoAsync("/aanmeldingen/formulier");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Aanmelding indienen", Exact = true })).ToBeVisibleAsync();
        await axe.CheckAsync(page, "aanmeldformulier");
        await page.Locator("#ModuleId").SelectOptionAsync("coveca");
        await page.Locator("#SubAanpak").SelectOptionAsync("topx");
        await page.Locator("#Voornamen").FillAsync("Dani");
        await page.Locator("#Achternaam").FillAsync("Doorgroei");
        await page.Locator("#Geboortedatum").FillAsync("2006-02-03");
        await page.Locator("#GemeenteCode").SelectOptionAsync("GM0356");
        await page.Locator("#Reden").FillAsync("Jongere glijdt af richting zware criminaliteit; meerdere partners zien het gebeuren.");
        await page.Locator("#Hoofdonderwerp").SelectOptionAsync("Overige veiligheid omgeving in het geding");
        await page.GetByLabel("Ja", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelding indienen" }).ClickAsync();
        await Expect(page.Locator("[data-testid=errors]")).ToContainTextAsync("Alleen de gemeente, de politie of het Openbaar Ministerie");
        await axe.CheckAsync(page, "aanmeldformulier geweigerd");
        await page.Locator("#SubAanpak").SelectOptionAsync("doorgroeiers");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelding indienen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mijn aanmeldingen", Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=submitted]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=my-aanmeldingen]")).ToContainTextAsync("Ontvangen");
        await axe.CheckAsync(page, "mijn aanmeldingen");

        scenario.AssertNoAccessibilityProblems();
    }

    private static async Task<Guid> PersonIdAsync(BrowserHost host, string bsn)
    {
        using var scope = host.Services.CreateScope();
        var region = await scope.ServiceProvider.GetRequiredService<IRegionStore>().FindByKeyAsync("utrecht");
        scope.ServiceProvider.GetRequiredService<IRegionContextSetter>().SetRegion(region!, "test");
        return await scope.ServiceProvider.GetRequiredService<CoreDbContext>().Persons.Where(p => p.Bsn == bsn).Select(p => p.Id).SingleAsync();
    }
}
