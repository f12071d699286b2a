using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ZvhPlatform.Testing;
using static Microsoft.Playwright.Assertions;

namespace ZvhPlatform.BrowserTests;

/// <summary>
/// The person register in a real browser (Debian chromium): a procesondersteuner registers a person and a
/// possible duplicate and finds both with the htmx search, the functioneel beheerder merges them, and the
/// privacy officer follows the person in the access log and checks its integrity. Every page is checked with axe-core.
/// </summary>
public sealed partial class PersonRegisterScenarioTests
{
    private const string Ondersteuning = "ondersteuning.utrecht@demo.zvh.nl";
    private const string Beheer = "beheer.utrecht@demo.zvh.nl";
    private const string Privacy = "privacy.utrecht@demo.zvh.nl";
    private const string Jan = "Jan de Vries";
    private const string Johannes = "Johannes de Vries";

    [Fact]
    public async Task A_procesondersteuner_registers_a_duplicate_the_beheerder_merges_it_and_the_privacy_officer_traces_the_access()
    {
        await using var scenario = await BrowserScenario.StartAsync();
        var (host, page, axe) = (scenario.Host, scenario.Page, scenario.Axe);

        // The procesondersteuner registers Jan de Vries for an aanmelding.
        await SignInAsync(page, host, axe, Ondersteuning);
        await OpenRegisterFormAsync(page, axe);
        await page.GetByLabel("Doel").SelectOptionAsync(new SelectOptionValue { Label = "Registratie aanmelding" });
        await page.GetByLabel("BSN").FillAsync("111222333");
        await page.GetByLabel("Voornamen").FillAsync("Jan");
        await page.GetByLabel("Tussenvoegsel").FillAsync("de");
        await page.GetByLabel("Achternaam").FillAsync("Vries");
        await page.GetByLabel("Geboortedatum").FillAsync("1990-04-01");
        await page.GetByLabel("Gemeente van inschrijving").SelectOptionAsync(new SelectOptionValue { Label = "Utrecht" });
        await page.GetByLabel("Aliassen").FillAsync("Jantje Vries");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Jan, Exact = true })).ToBeVisibleAsync();
        var person = page.Locator("[data-testid=person]");
        await Expect(person).ToContainTextAsync("111222333");
        await Expect(person).ToContainTextAsync("01-04-1990");
        await Expect(person).ToContainTextAsync("Utrecht");
        await Expect(person).ToContainTextAsync("Jantje Vries");
        await Expect(page.Locator("[data-testid=possible-duplicates]")).ToHaveCountAsync(0);
        await axe.CheckAsync(page, "persoon geregistreerd");

        // A second registration, without BSN, with the same surname and date of birth: the register warns.
        await OpenRegisterFormAsync(page, axe);
        await page.GetByLabel("Doel").SelectOptionAsync(new SelectOptionValue { Label = "Registratie aanmelding" });
        await page.GetByLabel("Voornamen").FillAsync("Johannes");
        await page.GetByLabel("Tussenvoegsel").FillAsync("de");
        await page.GetByLabel("Achternaam").FillAsync("Vries");
        await page.GetByLabel("Geboortedatum").FillAsync("1990-04-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Johannes, Exact = true })).ToBeVisibleAsync();
        var warning = page.Locator("[data-testid=possible-duplicates]");
        await Expect(warning).ToContainTextAsync("Mogelijk dubbel geregistreerd");
        await Expect(warning).ToContainTextAsync(Jan);
        await axe.CheckAsync(page, "mogelijk dubbel geregistreerd");

        // The search is an htmx form: only the results region is replaced and the address bar follows the search.
        await MainNavigation(page).GetByRole(AriaRole.Link, new() { Name = "Personen", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Personen", Exact = true })).ToBeVisibleAsync();
        await page.EvaluateAsync("() => { window.zvhSamePage = true; document.querySelector('h1').dataset.zvhMarker = 'kept'; }");
        var results = await SearchAsync(page, "Registratie aanmelding", "de vries");
        await Expect(results).ToHaveCountAsync(2);
        await Expect(results.Filter(new() { HasText = Jan })).ToHaveCountAsync(1);
        await Expect(results.Filter(new() { HasText = Johannes })).ToHaveCountAsync(1);
        await Expect(page).ToHaveURLAsync(SearchUrl());
        Assert.True(await page.EvaluateAsync<bool>("() => window.zvhSamePage === true"), "The search reloaded the whole page instead of the results.");
        await Expect(page.Locator("h1[data-zvh-marker=kept]")).ToHaveCountAsync(1);
        await axe.CheckAsync(page, "personen zoeken (htmx)");
        await SignOutAsync(page);

        // The functioneel beheerder sees the pair and merges it.
        await SignInAsync(page, host, axe, Beheer);
        await MainNavigation(page).GetByRole(AriaRole.Link, new() { Name = "Dubbelen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dubbele registraties" })).ToBeVisibleAsync();
        var pair = page.Locator("[data-testid=duplicates] tbody tr").Filter(new() { HasText = Jan }).Filter(new() { HasText = Johannes });
        await Expect(pair).ToHaveCountAsync(1);
        await Expect(pair).ToContainTextAsync("zelfde achternaam en geboortedatum");
        await axe.CheckAsync(page, "dubbelen");
        await pair.GetByRole(AriaRole.Button, new() { Name = "Samenvoegen" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dubbele registraties" })).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=no-duplicates]")).ToBeVisibleAsync();
        var merge = page.Locator("[data-testid=merges] li").Filter(new() { HasText = "Fenna Beheer" });
        await Expect(merge).ToHaveCountAsync(1);
        // The register keeps the first of the pair (by id), so which name survives is not fixed: read it from the line.
        var mergeText = (await merge.InnerTextAsync()).Trim();
        var (merged, survivor) = mergeText.StartsWith(Jan + " →", StringComparison.Ordinal) ? (Jan, Johannes)
            : mergeText.StartsWith(Johannes + " →", StringComparison.Ordinal) ? (Johannes, Jan)
            : throw new InvalidOperationException($"Unexpected merge line: {mergeText}");
        Assert.Contains($"{merged} → {survivor}", mergeText, StringComparison.Ordinal);
        await axe.CheckAsync(page, "dubbelen na samenvoegen");
        await SignOutAsync(page);

        // The procesondersteuner now finds one person, known under both names, and the bekendheidscheck knows the BSN.
        await SignInAsync(page, host, axe, Ondersteuning);
        await MainNavigation(page).GetByRole(AriaRole.Link, new() { Name = "Personen", Exact = true }).ClickAsync();
        results = await SearchAsync(page, "Registratie aanmelding", "de vries");
        await Expect(results).ToHaveCountAsync(1);
        await results.GetByRole(AriaRole.Link, new() { Name = survivor, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = survivor, Exact = true })).ToBeVisibleAsync();
        var aliases = page.Locator("[data-testid=person] .utrecht-data-list__item", new() { HasText = "Aliassen" });
        await Expect(aliases).ToContainTextAsync(merged);
        await Expect(page.Locator("[data-testid=person]")).ToContainTextAsync("111222333");
        await axe.CheckAsync(page, "persoon na samenvoegen");

        await MainNavigation(page).GetByRole(AriaRole.Link, new() { Name = "Personen", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Bekendheidscheck (ook landelijk)" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bekendheidscheck", Exact = true })).ToBeVisibleAsync();
        await axe.CheckAsync(page, "bekendheidscheck");
        await page.GetByLabel("BSN", new() { Exact = true }).FillAsync("111222333");
        await page.GetByRole(AriaRole.Button, new() { Name = "Controleren" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "In deze regio" })).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=local-known]")).ToContainTextAsync(survivor);
        await Expect(page.Locator("[data-testid=local-unknown]")).ToHaveCountAsync(0);
        await axe.CheckAsync(page, "bekendheidscheck bekend");
        await SignOutAsync(page);

        // The privacy officer opens the person for supervision and traces who saw it, for which purpose.
        await SignInAsync(page, host, axe, Privacy);
        await MainNavigation(page).GetByRole(AriaRole.Link, new() { Name = "Personen", Exact = true }).ClickAsync();
        results = await SearchAsync(page, "Toezicht op gebruik", "de vries");
        await Expect(results).ToHaveCountAsync(1);
        await results.GetByRole(AriaRole.Link, new() { Name = survivor, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = survivor, Exact = true })).ToBeVisibleAsync();
        await axe.CheckAsync(page, "persoon bij toezicht");
        var personId = PersonIdInUrl().Match(page.Url) is { Success: true } m
            ? m.Groups["id"].Value
            : throw new InvalidOperationException($"No person id in {page.Url}");

        await MainNavigation(page).GetByRole(AriaRole.Link, new() { Name = "Toegangslog" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Toegangslog", Exact = true })).ToBeVisibleAsync();
        await axe.CheckAsync(page, "toegangslog");
        await page.GetByLabel("Persoon (id)").FillAsync(personId);
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken", Exact = true }).ClickAsync();
        var lines = page.Locator("[data-testid=access-log] tbody tr");
        await Expect(lines.Filter(new() { HasText = "Olga Steun" }).Filter(new() { HasText = "Registratie aanmelding" }).First).ToBeVisibleAsync();
        await Expect(lines.Filter(new() { HasText = "Fenna Beheer" }).Filter(new() { HasText = "Functioneel beheer" }).First).ToBeVisibleAsync();
        await Expect(lines.Filter(new() { HasText = "Priya Privacy" }).Filter(new() { HasText = "Toezicht op gebruik" }).First).ToBeVisibleAsync();
        await axe.CheckAsync(page, "toegangslog van de persoon");

        await page.GetByRole(AriaRole.Link, new() { Name = "Integriteit van het log controleren" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Integriteit van het toegangslog" })).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=log-intact]")).ToContainTextAsync("Het log is intact");
        await Expect(page.Locator("[data-testid=log-broken]")).ToHaveCountAsync(0);
        await axe.CheckAsync(page, "integriteit toegangslog");

        await MainNavigation(page).GetByRole(AriaRole.Link, new() { Name = "Toegangsrechten" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Toegangsrechten van de regio" })).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=grants] tbody tr").Filter(new() { HasText = "Olga Steun" }).First).ToBeVisibleAsync();
        await axe.CheckAsync(page, "toegangsrechten");
        await SignOutAsync(page);

        scenario.AssertNoAccessibilityProblems();
    }

    [GeneratedRegex(@"/personen/(?<id>[0-9a-fA-F-]{36})\?")]
    private static partial Regex PersonIdInUrl();

    [GeneratedRegex(@"/personen\?.*naam=de(\+|%20)vries")]
    private static partial Regex SearchUrl();

    private static ILocator MainNavigation(IPage page) => page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" });

    private static async Task OpenRegisterFormAsync(IPage page, Accessibility axe)
    {
        await MainNavigation(page).GetByRole(AriaRole.Link, new() { Name = "Personen", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Personen", Exact = true })).ToBeVisibleAsync();
        await axe.CheckAsync(page, "personen");
        await page.GetByRole(AriaRole.Link, new() { Name = "Persoon registreren" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Persoon registreren" })).ToBeVisibleAsync();
        await axe.CheckAsync(page, "persoon registreren");
    }

    /// <summary>Fills the search form on the Personen page and waits for the results region to show the count.</summary>
    private static async Task<ILocator> SearchAsync(IPage page, string purpose, string name)
    {
        await page.GetByLabel("Doel").SelectOptionAsync(new SelectOptionValue { Label = purpose });
        await page.GetByLabel("Naam of alias").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken", Exact = true }).ClickAsync();
        await Expect(page.Locator("#resultaten").GetByRole(AriaRole.Heading, new() { Name = "gevonden" })).ToBeVisibleAsync();
        return page.Locator("[data-testid=person-results] tbody tr");
    }

    /// <summary>Signs in as a person does: e-mail and password, then the code of the authenticator app.</summary>
    private static async Task SignInAsync(IPage page, ZvhTestHost host, Accessibility axe, string email)
    {
        var credential = host.User(email);
        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Inloggen" })).ToBeVisibleAsync();
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync(credential.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Volgende" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tweestapsverificatie" })).ToBeVisibleAsync();
        await page.GetByLabel("Code uit uw authenticator-app").FillAsync(SignIn.TotpCode(credential.TotpSecret));
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Afmelden" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Welkom", Exact = false })).ToBeVisibleAsync();
        await axe.CheckAsync(page, $"start ({email})");
    }

    private static async Task SignOutAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Afmelden" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Inloggen" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Afmelden" })).ToHaveCountAsync(0);
    }
}
