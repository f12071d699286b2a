using System.Globalization;
using Microsoft.Playwright;
using ZvhPlatform.Testing;
using static Microsoft.Playwright.Assertions;

namespace ZvhPlatform.BrowserTests;

/// <summary>
/// The nazorg coordinator of Drenthe in a real browser takes a detainee from the DJI melding through consent, the five
/// basisvoorwaarden (the dashboard shows what is still open before release), release and the conditions after release,
/// to closing; and sees the figures per municipality. Every page is checked with axe-core.
/// </summary>
public sealed class NazorgScenarioTests
{
    [Fact]
    public async Task A_coordinator_takes_a_detainee_from_dji_melding_through_consent_basisvoorwaarden_and_release_to_closing()
    {
        await using var scenario = await BrowserScenario.StartAsync();
        var (host, page, axe) = (scenario.Host, scenario.Page, scenario.Axe);
        var today = DateOnly.FromDateTime(host.Clock.GetUtcNow().UtcDateTime);
        string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var credential = host.User("regisseur.drenthe@demo.zvh.nl");
        await page.GotoAsync("/");
        await page.GetByLabel("E-mailadres").FillAsync(credential.Email);
        await page.GetByLabel("Wachtwoord").FillAsync(credential.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Volgende" }).ClickAsync();
        await page.GetByLabel("Code uit uw authenticator-app").FillAsync(SignIn.TotpCode(credential.TotpSecret));
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Afmelden" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Nazorg", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nazorg ex-gedetineerden", Exact = true })).ToBeVisibleAsync();
        await axe.CheckAsync(page, "nazorg dashboard (leeg)");

        // The DJI melding; a municipality that did not buy nazorg is refused with the reason, and what was entered stays.
        await page.GetByRole(AriaRole.Link, new() { Name = "Nieuwe DJI-melding" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nieuwe DJI-melding" })).ToBeVisibleAsync();
        await axe.CheckAsync(page, "nieuwe DJI-melding");
        await page.GetByLabel("Achternaam").FillAsync("Vrijman");
        await page.GetByLabel("Voornamen").FillAsync("Vincent");
        await page.GetByLabel("Geboortedatum").FillAsync("1988-08-08");
        await page.GetByLabel("Gemeente van inschrijving").SelectOptionAsync("GM0114");
        await page.GetByLabel("Penitentiaire inrichting").FillAsync("PI Veenhuizen");
        await page.GetByLabel("Begin detentie").FillAsync(D(today.AddMonths(-8)));
        await page.GetByLabel("Verwachte ontslagdatum").FillAsync(D(today.AddDays(7)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Melding registreren" }).ClickAsync();
        await Expect(page.Locator("[data-testid=errors]")).ToContainTextAsync("De gemeente Emmen heeft Nazorg ex-gedetineerden niet afgenomen");
        await Expect(page.GetByLabel("Achternaam")).ToHaveValueAsync("Vrijman");
        await axe.CheckAsync(page, "melding geweigerd (Emmen)");
        await page.GetByLabel("Gemeente van inschrijving").SelectOptionAsync("GM0118");
        await page.GetByRole(AriaRole.Button, new() { Name = "Melding registreren" }).ClickAsync();
        await Expect(page.Locator("[data-testid=status]")).ToHaveTextAsync("Ontvangen, toestemming nog vragen");
        await Expect(page.Locator("[data-testid=persoon]")).ToHaveTextAsync("Vincent Vrijman");
        await axe.CheckAsync(page, "melding ontvangen");

        // Consent opens the five basisvoorwaarden before release.
        await page.GetByLabel("Ja, toestemming gegeven").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Toestemming vastleggen" }).ClickAsync();
        await Expect(page.Locator("[data-testid=status]")).ToHaveTextAsync("Nazorg loopt");
        await axe.CheckAsync(page, "nazorg loopt, basisvoorwaarden vóór ontslag");
        foreach (var (naam, status, wie) in new[]
                 {
                     ("Geldig identiteitsbewijs", "Geregeld", "Gemeente Hoogeveen"), ("Onderdak na ontslag", "InBehandeling", "Woningcorporatie"),
                     ("Inkomen of dagbesteding", "Geregeld", "UWV"), ("Schulden in beeld", "NietNodig", ""), ("Zorg en zorgverzekering", "Geregeld", "Zorgverzekeraar"),
                 })
        {
            var form = page.Locator("[data-testid=basisvoorwaarden-voor]");
            await form.GetByLabel("Status " + naam).SelectOptionAsync(status);
            await form.GetByLabel("Verantwoordelijke " + naam).FillAsync(wie);
            await form.GetByLabel("Datum " + naam).FillAsync(D(today));
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Basisvoorwaarden opslaan" }).ClickAsync();
        await Expect(page.Locator("[data-testid=basisvoorwaarden-voor]").GetByLabel("Status Onderdak na ontslag")).ToHaveValueAsync("InBehandeling");

        // The dashboard: released within 14 days, housing still open.
        await page.GetByRole(AriaRole.Link, new() { Name = "Terug naar nazorg" }).ClickAsync();
        await Expect(page.Locator("[data-testid=binnenkort-vrij]")).ToContainTextAsync("Onderdak na ontslag");
        await Expect(page.Locator("[data-testid=binnenkort-vrij]")).Not.ToContainTextAsync("Geldig identiteitsbewijs");
        await axe.CheckAsync(page, "nazorg dashboard met binnenkort vrij");
        await page.Locator("[data-testid=binnenkort-vrij]").GetByRole(AriaRole.Link).First.ClickAsync();

        // Release: the conditions before release are frozen as the state at release; after release they are worked on.
        await page.GetByRole(AriaRole.Button, new() { Name = "Ontslag vastleggen" }).ClickAsync();
        await Expect(page.Locator("[data-testid=ontslag]")).ToHaveTextAsync(today.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Stand bij ontslag op " + today.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture) })).ToBeVisibleAsync();
        await axe.CheckAsync(page, "na ontslag");
        var na = page.Locator("[data-testid=basisvoorwaarden-na]");
        await na.GetByLabel("Status Onderdak na ontslag").SelectOptionAsync("Geregeld");
        await na.GetByLabel("Datum Onderdak na ontslag").FillAsync(D(today));
        await page.GetByRole(AriaRole.Button, new() { Name = "Basisvoorwaarden opslaan" }).ClickAsync();
        await Expect(page.Locator("[data-testid=basisvoorwaarden-na]").GetByLabel("Status Onderdak na ontslag")).ToHaveValueAsync("Geregeld");

        // Closing ends the work.
        await page.GetByLabel("Reden").Last.SelectOptionAsync("Basisvoorwaarden op orde");
        await page.GetByRole(AriaRole.Button, new() { Name = "Nazorg afsluiten" }).ClickAsync();
        await Expect(page.Locator("[data-testid=status]")).ToHaveTextAsync("Afgesloten");
        await Expect(page.Locator("[data-testid=afgesloten]")).ToContainTextAsync("Basisvoorwaarden op orde");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Ontslag vastleggen" })).ToHaveCountAsync(0);
        await axe.CheckAsync(page, "melding afgesloten");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Cijfers nazorg" }).ClickAsync();
        await Expect(page.Locator("[data-testid=instroom-actief] tr[data-gemeente=GM0118] [data-testid=instroom]")).ToHaveTextAsync("1");
        await Expect(page.Locator("[data-testid=bij-ontslag] tr[data-gemeente=GM0118] [data-testid=onderdak-onbekend]")).ToHaveTextAsync("0");
        await axe.CheckAsync(page, "cijfers nazorg");

        scenario.AssertNoAccessibilityProblems();
    }
}
