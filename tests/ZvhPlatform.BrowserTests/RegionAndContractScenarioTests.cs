using System.Globalization;
using Microsoft.Playwright;
using ZvhPlatform.Testing;
using static Microsoft.Playwright.Assertions;

namespace ZvhPlatform.BrowserTests;

/// <summary>
/// People using the Dutch UI in a real browser (Debian chromium): switching regions, buying a module
/// for two municipalities, and the module appearing in the navigation of that region. Every page
/// visited is checked with axe-core.
/// </summary>
public sealed class RegionAndContractScenarioTests
{
    private const string Partner = "partner@demo.zvh.nl";
    private const string BeheerDrenthe = "beheer.drenthe@demo.zvh.nl";
    private const string RegisseurDrenthe = "regisseur.drenthe@demo.zvh.nl";

    [Fact]
    public async Task A_partner_switches_region_and_a_beheerder_contracts_a_module_that_then_appears_in_the_navigation_of_the_region()
    {
        await using var scenario = await BrowserScenario.StartAsync();
        var (host, page, axe) = (scenario.Host, scenario.Page, scenario.Axe);

        // Before any contract: the procesregisseur of Drenthe has no Proefaanpak in the main navigation.
        await SignInAsync(page, host, axe, RegisseurDrenthe);
        await Expect(page.Locator("[data-testid=active-region]")).ToHaveTextAsync("Zorg- en Veiligheidshuis Drenthe");
        await Expect(MainNavigation(page).GetByRole(AriaRole.Link, new() { Name = "Start", Exact = true })).ToBeVisibleAsync();
        await Expect(MainNavigation(page).GetByRole(AriaRole.Link, new() { Name = "Proefaanpak" })).ToHaveCountAsync(0);
        await SignOutAsync(page, axe);

        // A partner working in two regions switches from one to the other.
        await SignInAsync(page, host, axe, Partner);
        var region = page.Locator("[data-testid=active-region]");
        var first = (await region.InnerTextAsync()).Trim();
        Assert.Contains(first, new[] { "ZVH Regio Utrecht", "Zorg- en Veiligheidshuis Drenthe" });
        var other = first == "ZVH Regio Utrecht" ? "Zorg- en Veiligheidshuis Drenthe" : "ZVH Regio Utrecht";
        Directory.CreateDirectory(ScreenshotFolder());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder(), "startpagina.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "Regio wisselen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Regio kiezen" })).ToBeVisibleAsync();
        await axe.CheckAsync(page, "regio kiezen");
        await page.GetByRole(AriaRole.Button, new() { Name = other, Exact = true }).ClickAsync();
        await Expect(region).ToHaveTextAsync(other);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Welkom", Exact = false })).ToBeVisibleAsync();
        await axe.CheckAsync(page, "start na regiowissel");
        await SignOutAsync(page, axe);

        // The functioneel beheerder of Drenthe contracts the Proefaanpak for two municipalities from today.
        await SignInAsync(page, host, axe, BeheerDrenthe);
        await MainNavigation(page).GetByRole(AriaRole.Link, new() { Name = "Contracten" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Contracten van de regio" })).ToBeVisibleAsync();
        var proefaanpakRows = page.Locator("[data-testid=contracts] tbody tr", new() { HasText = "Proefaanpak" });
        await Expect(proefaanpakRows).ToHaveCountAsync(0);
        await axe.CheckAsync(page, "contracten");

        await page.GetByRole(AriaRole.Link, new() { Name = "Nieuw contract" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nieuw contract" })).ToBeVisibleAsync();
        await axe.CheckAsync(page, "nieuw contract");
        await page.GetByLabel("Aanpak (module)").SelectOptionAsync(new SelectOptionValue { Label = "Proefaanpak" });
        await page.GetByLabel("Plustaak (apart afgenomen)").CheckAsync();
        var today = DateOnly.FromDateTime(host.Clock.GetLocalNow().DateTime);
        await page.GetByLabel("Geldig vanaf").FillAsync(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByLabel("Assen", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Emmen", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Contracten van de regio" })).ToBeVisibleAsync();
        await Expect(proefaanpakRows).ToHaveCountAsync(1);
        var row = proefaanpakRows.First;
        await Expect(row).ToContainTextAsync("plustaak");
        await Expect(row).ToContainTextAsync("Assen");
        await Expect(row).ToContainTextAsync("Emmen");
        await Expect(row).ToContainTextAsync(today.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture));
        await axe.CheckAsync(page, "contracten na opslaan");
        await SignOutAsync(page, axe);

        // Now the procesregisseur of Drenthe finds the Proefaanpak in the main navigation and can open it.
        await SignInAsync(page, host, axe, RegisseurDrenthe);
        var link = MainNavigation(page).GetByRole(AriaRole.Link, new() { Name = "Proefaanpak" });
        await Expect(link).ToBeVisibleAsync();
        await link.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Proefaanpak" })).ToBeVisibleAsync();
        await axe.CheckAsync(page, "proefaanpak");
        await SignOutAsync(page, axe);

        scenario.AssertNoAccessibilityProblems();
    }

    private static ILocator MainNavigation(IPage page) => page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" });

    /// <summary>Signs in as a person does: e-mail and password, then the code of the authenticator app.</summary>
    private static async Task SignInAsync(IPage page, ZvhTestHost host, Accessibility axe, string email)
    {
        var credential = host.User(email);
        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Inloggen" })).ToBeVisibleAsync();
        await axe.CheckAsync(page, "inloggen");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync(credential.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Volgende" }).ClickAsync();

        // The code of a phone app: real time, as ASP.NET Identity checks it against the real clock too.

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tweestapsverificatie" })).ToBeVisibleAsync();
        await axe.CheckAsync(page, "tweestapsverificatie");
        await page.GetByLabel("Code uit uw authenticator-app").FillAsync(SignIn.TotpCode(credential.TotpSecret));
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Afmelden" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Welkom", Exact = false })).ToBeVisibleAsync();
        await axe.CheckAsync(page, $"start ({email})");
    }

    private static async Task SignOutAsync(IPage page, Accessibility axe)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Afmelden" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Inloggen" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Afmelden" })).ToHaveCountAsync(0);
    }

    /// <summary><c>artifacts/screenshots</c> in the repository (gitignored).</summary>
    private static string ScreenshotFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Directory.Build.props")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? AppContext.BaseDirectory, "artifacts", "screenshots");
    }
}
