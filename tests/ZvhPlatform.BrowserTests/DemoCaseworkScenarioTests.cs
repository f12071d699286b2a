using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ZvhPlatform.BrowserTests;

/// <summary>
/// The demo as a coordinator meets it after <c>dotnet run</c>: Utrecht's seeded CoVeCa work, walked through by the
/// procesregisseur (werkvoorraad, a case in regie with its plan, overdue action, PGA trajectory and tijdlijn, the held and
/// the planned casusoverleg, the afgesloten case) and by the partner professional who takes part in one case. Every page
/// is checked with axe-core, so the views are proven with realistic data, not only with the data a test creates.
/// </summary>
public sealed class DemoCaseworkScenarioTests
{
    [Fact]
    public async Task The_seeded_demo_casework_reads_as_a_living_system_and_every_page_passes_axe()
    {
        await using var scenario = await BrowserScenario.StartAsync(new Dictionary<string, string?> { ["Zvh:DemoCasework"] = "true" });
        var (host, page, axe) = (scenario.Host, scenario.Page, scenario.Axe);
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" });

        await BrowserSession.SignInAsync(page, host, "regisseur.utrecht@demo.zvh.nl");
        await axe.CheckAsync(page, "start");
        await menu.GetByRole(AriaRole.Link, new() { Name = "Aanmeldingen", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Beveiligd formulier" }).First).ToBeVisibleAsync();
        await axe.CheckAsync(page, "aanmeldingen");
        await menu.GetByRole(AriaRole.Link, new() { Name = "Werkvoorraad" }).ClickAsync();
        await Expect(page.Locator("[data-testid=werkvoorraad]")).ToContainTextAsync("Escalerende overlast");
        await axe.CheckAsync(page, "werkvoorraad");

        await menu.GetByRole(AriaRole.Link, new() { Name = "CoVeCa / Top X" }).ClickAsync();
        await Expect(page.Locator("[data-testid=subaanpak-topx]")).ToContainTextAsync("In regie");
        await axe.CheckAsync(page, "coveca");
        await page.GotoAsync("/coveca?afgesloten=true");
        await axe.CheckAsync(page, "coveca met afgesloten");

        // The case the partner takes part in: overdue action, plan, PGA trajectory, tijdlijn.
        await menu.GetByRole(AriaRole.Link, new() { Name = "Casussen" }).ClickAsync();
        await axe.CheckAsync(page, "casussen");
        await page.GotoAsync("/meldingen");
        await Expect(page.GetByText("is over tijd").First).ToBeVisibleAsync();
        await axe.CheckAsync(page, "meldingen");
        await page.Locator("[data-testid=notifications] tr", new() { HasTextString = "is over tijd" }).First.GetByRole(AriaRole.Link, new() { Name = "Bekijken" })
            .ClickAsync();
        await Expect(page.Locator("[data-testid=acties]")).ToContainTextAsync("Indicatie beschermd wonen verlengen");
        await axe.CheckAsync(page, "acties van de casus");
        await page.GetByRole(AriaRole.Link, new() { Name = "Terug naar de casus" }).ClickAsync();
        await Expect(page.Locator("[data-testid=participants]")).ToContainTextAsync("Karel Keten");
        await axe.CheckAsync(page, "casus in regie");
        var caseUrl = new Uri(page.Url).AbsolutePath;
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Procesregie" }).GetByRole(AriaRole.Link, new() { Name = "Plan van aanpak" }).ClickAsync();
        await Expect(page.Locator("[data-testid=plan-doelen]")).ToContainTextAsync("Stabiele woonplek");
        await axe.CheckAsync(page, "plan van aanpak");
        await page.GotoAsync(caseUrl + "/pga");
        await Expect(page.Locator("[data-testid=pga-chart] svg")).ToHaveCountAsync(12);
        await axe.CheckAsync(page, "pga monitor met traject");
        await page.GotoAsync(caseUrl + "/tijdlijn");
        await Expect(page.Locator("[data-testid=tijdlijn]")).ToContainTextAsync("Werkvoorraad → In regie");
        await axe.CheckAsync(page, "tijdlijn");
        await page.GotoAsync(caseUrl.Replace("/casussen/", "/coveca/casussen/", StringComparison.Ordinal));
        await Expect(page.Locator("[data-testid=plaatsing]")).ToContainTextAsync("Politie eenheid Midden-Nederland");
        await axe.CheckAsync(page, "coveca-casus");

        // The meetings: the held one is closed (read-only), the planned one has the cases that are due.
        await menu.GetByRole(AriaRole.Link, new() { Name = "Overleggen" }).ClickAsync();
        await axe.CheckAsync(page, "overleggen");
        await page.GetByRole(AriaRole.Link, new() { Name = "Top X-overleg Utrecht" }).ClickAsync();
        await Expect(page.Locator("[data-testid=meeting-status]")).ToHaveTextAsync("Gehouden en gesloten");
        await axe.CheckAsync(page, "gehouden overleg");
        await page.GoBackAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Top X-overleg Stad en Oost" }).ClickAsync();
        await Expect(page.Locator("[data-testid=agendapunt]")).ToHaveCountAsync(4);
        await axe.CheckAsync(page, "gepland overleg");

        await menu.GetByRole(AriaRole.Link, new() { Name = "Signalen" }).ClickAsync();
        await Expect(page.Locator("section[data-signaal]").First).ToContainTextAsync("Geagendeerd");
        await axe.CheckAsync(page, "signalen");
        await menu.GetByRole(AriaRole.Link, new() { Name = "Adviezen" }).ClickAsync();
        await axe.CheckAsync(page, "adviezen");
        await menu.GetByRole(AriaRole.Link, new() { Name = "ZSM" }).ClickAsync();
        await Expect(page.GetByText("verlopen").First).ToBeVisibleAsync();
        await axe.CheckAsync(page, "zsm");
        await menu.GetByRole(AriaRole.Link, new() { Name = "Acties", Exact = true }).ClickAsync();
        await axe.CheckAsync(page, "mijn acties");
        await BrowserSession.SignOutAsync(page);

        // The partner professional: his overdue action and the one case he takes part in.
        await BrowserSession.SignInAsync(page, host, "partner@demo.zvh.nl");
        await page.GotoAsync("/r/utrecht/acties");
        await Expect(page.GetByText("Indicatie beschermd wonen verlengen").First).ToBeVisibleAsync();
        await axe.CheckAsync(page, "acties partner");
        await page.GotoAsync("/r/utrecht/aanmeldingen/mijn");
        await Expect(page.Locator("[data-testid=my-aanmeldingen]")).ToContainTextAsync("Ontvangen");
        await axe.CheckAsync(page, "mijn aanmeldingen partner");

        scenario.AssertNoAccessibilityProblems();
    }
}
