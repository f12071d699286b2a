using Microsoft.Playwright;
using ZvhPlatform.Testing;
using static Microsoft.Playwright.Assertions;

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
        using var host = new BrowserHost();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.BaseUrl, Locale = "nl-NL" });
        var page = await context.NewPageAsync();
        var axe = new Accessibility();

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

        Assert.True(axe.Findings.Count == 0,
            $"Serious or critical accessibility problems (axe-core) on {axe.CheckedPages.Count} checked pages:" + Environment.NewLine +
            string.Join(Environment.NewLine, axe.Findings));
    }

    private static async Task SignInAsync(IPage page, ZvhTestHost host, string email)
    {
        var credential = host.User(email);
        await page.GotoAsync("/");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync(credential.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Volgende" }).ClickAsync();
        await page.GetByLabel("Code uit uw authenticator-app").FillAsync(SignIn.TotpCode(credential.TotpSecret));
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Afmelden" })).ToBeVisibleAsync();
    }

    private static async Task SignOutAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Afmelden" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Inloggen" })).ToBeVisibleAsync();
    }
}
