using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static ZvhPlatform.BrowserTests.BrowserSession;

namespace ZvhPlatform.BrowserTests;

/// <summary>
/// The functioneel beheerder in a real browser: registers a convenantpartner, adds a professional and
/// gives them an account; a procesregisseur checks an incidental participant. Every page is checked with axe-core.
/// </summary>
public sealed class PartnerScenarioTests
{
    [Fact]
    public async Task A_beheerder_registers_a_partner_with_a_professional_who_gets_an_account_and_a_participant_without_a_statement_is_refused()
    {
        await using var scenario = await BrowserScenario.StartAsync();
        var (host, page, axe) = (scenario.Host, scenario.Page, scenario.Axe);

        await SignInAsync(page, host, "beheer.utrecht@demo.zvh.nl");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Convenantpartners" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Convenantpartners", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Veilig Thuis Utrecht" })).ToBeVisibleAsync();
        await axe.CheckAsync(page, "convenantpartners");

        await page.GetByRole(AriaRole.Link, new() { Name = "Nieuwe convenantpartner" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nieuwe convenantpartner", Exact = true })).ToBeVisibleAsync();
        await axe.CheckAsync(page, "nieuwe convenantpartner");
        await page.GetByLabel("Naam van de organisatie").FillAsync("Gemeente Zeist");
        await page.GetByLabel("Soort organisatie").SelectOptionAsync("Gemeente");
        await page.GetByLabel("Gemeente", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Gemeente (alleen als de partner een gemeente is)").SelectOptionAsync("GM0355");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Gemeente Zeist", Exact = true })).ToBeVisibleAsync();

        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Olaf Openbare Orde");
        await page.GetByLabel("Functie", new() { Exact = true }).FillAsync("Adviseur OOV");
        await page.GetByLabel("E-mailadres", new() { Exact = true }).FillAsync("o.oov@zeist.demo");
        await page.GetByRole(AriaRole.Button, new() { Name = "Toevoegen" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Account aanmaken voor Olaf Openbare Orde" }).ClickAsync();
        await Expect(page.Locator("[data-testid=notice]")).ToContainTextAsync("Eenmalig wachtwoord");
        await axe.CheckAsync(page, "convenantpartner met professional");
        await SignOutAsync(page);

        await SignInAsync(page, host, "regisseur.utrecht@demo.zvh.nl");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Geheimhouding" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Geheimhoudingsverklaringen", Exact = true })).ToBeVisibleAsync();
        await axe.CheckAsync(page, "geheimhouding");
        await page.GetByLabel("E-mailadres van de deelnemer").FillAsync("k.jansen@wijkteam.demo");
        await page.GetByRole(AriaRole.Button, new() { Name = "Controleren" }).ClickAsync();
        await Expect(page.Locator("[data-testid=check-refused]")).ToContainTextAsync("geen ondertekende geheimhoudingsverklaring");
        await axe.CheckAsync(page, "geheimhouding geweigerd");

        scenario.AssertNoAccessibilityProblems();
    }
}
