using System.Globalization;
using Microsoft.Playwright;
using ZvhPlatform.Core.Contracts.Casework;
using static Microsoft.Playwright.Assertions;

namespace ZvhPlatform.BrowserTests;

/// <summary>
/// A procesregisseur of the demo region Utrecht (which buys CoVeCa and whose privacy protocol names procesregie for it)
/// works one Top X case in a real browser from aanmelding to afsluiting: aanmelding by the politie, bekendheidscheck,
/// triage, werkvoorraad, the CoVeCa selection checklist, plan van aanpak, an action, the PGA monitor, a casusoverleg with
/// a decision captured live, the closing checklist and afsluiten. The case's tijdlijn then lists every step. Every page
/// the browser shows is checked with axe-core.
/// </summary>
public sealed class CoVeCaCaseScenarioTests
{
    [Fact]
    public async Task A_procesregisseur_works_a_Top_X_case_from_aanmelding_to_afsluiting_in_the_browser()
    {
        await using var scenario = await BrowserScenario.StartAsync();
        var (host, page, axe) = (scenario.Host, scenario.Page, scenario.Axe);
        var today = DateOnly.FromDateTime(host.Clock.GetUtcNow().UtcDateTime);

        await BrowserSession.SignInAsync(page, host, "regisseur.utrecht@demo.zvh.nl");
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" });
        await menu.GetByRole(AriaRole.Link, new() { Name = "Aanmeldingen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Aanmeldingen", Exact = true })).ToBeVisibleAsync();
        await axe.CheckAsync(page, "aanmeldingen");

        // Aanmelding: every field of the common way of working, Top X, referred by the politie.
        await page.GetByRole(AriaRole.Link, new() { Name = "Aanmelding registreren" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Aanmelding registreren", Exact = true })).ToBeVisibleAsync();
        await axe.CheckAsync(page, "aanmelding registreren");
        await page.Locator("#ModuleId").SelectOptionAsync("coveca");
        await page.Locator("#SubAanpak").SelectOptionAsync("topx");
        await page.Locator("#Route").SelectOptionAsync("Convenantpartner");
        await page.Locator("#OntvangenOp").FillAsync(Iso(today));
        await page.Locator("#VerwijzerPartnerId").SelectOptionAsync(new SelectOptionValue { Label = "Politie eenheid Midden-Nederland" });
        await page.Locator("#VerwijzerNaam").FillAsync("Wijkagent Van Dam");
        await page.Locator("#VerwijzerContact").FillAsync("06-12345678, wijkagent.vandam@politie.demo");
        await page.Locator("#Bsn").FillAsync("111222333");
        await page.Locator("#Voornamen").FillAsync("Tobias");
        await page.Locator("#Achternaam").FillAsync("Topper");
        await page.Locator("#Geboortedatum").FillAsync("1998-04-17");
        await page.Locator("#Adres").FillAsync("Kanaalstraat 12, Utrecht");
        await page.Locator("#GemeenteCode").SelectOptionAsync("GM0344");
        await page.Locator("#Reden").FillAsync("Reeks woninginbraken en straatroven in Utrecht-West; eerdere interventies hadden geen effect.");
        await page.Locator("#DoelCasusoverleg").FillAsync("Gezamenlijke aanpak op veiligheid, wonen en dagbesteding afspreken.");
        await page.Locator("#TeUitnodigenPartners").FillAsync("Reclassering Nederland, unit Utrecht\nGemeente Utrecht, team Top X");
        await page.Locator("#Hoofdonderwerp").SelectOptionAsync("(Ernstige) overlast");
        await page.GetByLabel("Nee", new() { Exact = true }).CheckAsync();
        await page.Locator("#NietGeinformeerdReden").FillAsync("Lopend politieonderzoek");
        await page.GetByLabel("GGZ / psychische gezondheid").CheckAsync();
        await page.GetByLabel("Verslaving").CheckAsync();
        await page.GetByLabel("Minderjarigen in het systeem").CheckAsync();
        await page.Locator("#Gemeentegrens").SelectOptionAsync(Gemeentegrens.AndereGemeenteInRegio.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelding registreren" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Aanmelding A" })).ToBeVisibleAsync();
        await axe.CheckAsync(page, "aanmelding");

        // Bekendheidscheck: the person is not known yet and is registered from the aanmelding.
        await page.GetByRole(AriaRole.Link, new() { Name = "Bekendheidscheck uitvoeren" }).ClickAsync();
        await Expect(page.Locator("[data-testid=local-unknown]")).ToBeVisibleAsync();
        await axe.CheckAsync(page, "bekendheidscheck");
        await page.GetByRole(AriaRole.Button, new() { Name = "Nieuwe persoon registreren met de gegevens van de aanmelding" }).ClickAsync();
        await Expect(page.Locator("[data-testid=linked-person]")).ToContainTextAsync("Tobias Topper");
        await axe.CheckAsync(page, "aanmelding met persoon");

        // Triage: every criterion with its motivation, the partners present, outcome procesregie.
        await page.GetByRole(AriaRole.Link, new() { Name = "Triage vastleggen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Integrale triage" })).ToBeVisibleAsync();
        await axe.CheckAsync(page, "triage");
        foreach (var (code, _) in WayOfWorking.TriageCriteria)
        {
            await page.Locator($"#voldaan-{code}-{(code == "lokaal-veiligheidsprobleem" ? "nee" : "ja")}").CheckAsync();
            await page.Locator($"#motivatie-{code}").FillAsync($"Besproken in de triage van {today:dd-MM-yyyy} ({code}).");
        }

        await page.Locator("#AanwezigePartners").FillAsync("Politie eenheid Midden-Nederland\nGemeente Utrecht\nOpenbaar Ministerie\nReclassering Nederland");
        await page.Locator("#uitkomst-Procesregie").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Triage vastleggen" }).ClickAsync();

        // Werkvoorraad: the case waits, the procesregisseur takes it on.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Werkvoorraad", Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=werkvoorraad]")).ToContainTextAsync("0 dagen");
        await axe.CheckAsync(page, "werkvoorraad");
        await page.GetByRole(AriaRole.Button, new() { Name = "Oppakken" }).First.ClickAsync();
        await Expect(page.Locator("[data-testid=case-status]")).ToHaveTextAsync("In regie");
        await Expect(page.Locator("[data-testid=procesregisseur]")).ToHaveTextAsync("Pieter Regie");
        await axe.CheckAsync(page, "casus in regie");
        var caseUrl = new Uri(page.Url).AbsolutePath;
        var kenmerk = (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).Replace("Casus ", "", StringComparison.Ordinal).Trim();

        // The CoVeCa case screen: the politie placed the person on the Top X list; the selection checklist.
        await page.GetByRole(AriaRole.Link, new() { Name = "CoVeCa / Top X: plaatsing en criteria" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "CoVeCa-casus " + kenmerk, Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=subaanpak]")).ToHaveTextAsync("Top X");
        await axe.CheckAsync(page, "coveca-casus");
        await page.Locator("#subAanpak").SelectOptionAsync("topx");
        await page.Locator("#partnerId").SelectOptionAsync(new SelectOptionValue { Label = "Politie eenheid Midden-Nederland (Politie)" });
        await page.Locator("#geplaatstOp").FillAsync(Iso(today));
        await page.GetByRole(AriaRole.Button, new() { Name = "Plaatsing vastleggen" }).ClickAsync();
        await Expect(page.Locator("[data-testid=plaatsing]")).ToContainTextAsync("Politie eenheid Midden-Nederland");
        await FillChecklistAsync(page, "selectie", "Beoordeeld in de triage");
        await page.GetByRole(AriaRole.Button, new() { Name = "Selectiecriteria opslaan" }).ClickAsync();
        await Expect(page.Locator("[data-testid=selectie-status]")).ToContainTextAsync("Ingevuld op " + today.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture));
        await axe.CheckAsync(page, "coveca-casus met selectiecriteria");

        // Plan van aanpak: a goal on a leefgebied with an intervention and the responsible partner.
        await page.GotoAsync(caseUrl);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Procesregie" }).GetByRole(AriaRole.Link, new() { Name = "Plan van aanpak" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Plan van aanpak casus " + kenmerk, Exact = true })).ToBeVisibleAsync();
        await axe.CheckAsync(page, "plan van aanpak leeg");
        await page.Locator("#lg-r000").SelectOptionAsync(Leefgebied.JustitieEnPolitie.ToString());
        await page.Locator("#doel-r000").FillAsync("Geen nieuwe delicten in het komende half jaar");
        await page.Locator("#int-r000").SelectOptionAsync("Reclasseringstoezicht");
        await page.Locator("#partner-r000").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.Locator("#start-r000").FillAsync(Iso(today));
        await page.Locator("#eind-r000").FillAsync(Iso(today.AddMonths(6)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Plan opslaan als nieuwe versie" }).ClickAsync();
        await Expect(page.Locator("[data-testid=plan-doelen]")).ToContainTextAsync("Geen nieuwe delicten in het komende half jaar");
        await Expect(page.Locator("[data-testid=plan-versie]")).ToContainTextAsync("Versie 1");
        await axe.CheckAsync(page, "plan van aanpak versie 1");

        // An action with an owner organisation and a due date.
        await page.GotoAsync(caseUrl);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Procesregie" }).GetByRole(AriaRole.Link, new() { Name = "Acties" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Acties casus " + kenmerk, Exact = true })).ToBeVisibleAsync();
        await axe.CheckAsync(page, "acties leeg");
        await page.Locator("#omschrijving").FillAsync("Toezichtsafspraken met de reclassering vastleggen");
        await page.Locator("#eigenaarOrganisatie").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.Locator("#deadline").FillAsync(Iso(today.AddDays(14)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Actie vastleggen" }).ClickAsync();
        await Expect(page.Locator("[data-testid=acties]")).ToContainTextAsync("Toezichtsafspraken met de reclassering vastleggen");
        await axe.CheckAsync(page, "acties met actie");

        // PGA monitor: all 12 leefgebieden scored at intake.
        await page.GotoAsync(caseUrl);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Procesregie" }).GetByRole(AriaRole.Link, new() { Name = "PGA monitor" }).ClickAsync();
        await axe.CheckAsync(page, "pga monitor leeg");
        await page.GetByLabel("Moment").SelectOptionAsync("Intake");
        foreach (var leefgebied in Enum.GetValues<Leefgebied>())
        {
            await page.Locator($"#score-{(int)leefgebied}-{((int)leefgebied % 3) + 1}").CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Meting vastleggen" }).ClickAsync();
        await Expect(page.Locator("[data-testid=pga-chart] svg")).ToHaveCountAsync(12);
        await axe.CheckAsync(page, "pga monitor met meting");

        // Casusoverleg: the case is due (never discussed), so it is on the generated agenda; a decision is captured live.
        await menu.GetByRole(AriaRole.Link, new() { Name = "Overleggen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Casusoverleggen", Exact = true })).ToBeVisibleAsync();
        await axe.CheckAsync(page, "casusoverleggen");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nieuw casusoverleg plannen" }).ClickAsync();
        await axe.CheckAsync(page, "casusoverleg plannen");
        await page.GetByLabel("Titel").FillAsync("Top X-overleg Stad");
        await page.GetByLabel("Aanpak").SelectOptionAsync("coveca");
        await page.GetByLabel("Datum en tijd").FillAsync(Iso(today.AddDays(2)) + "T09:30");
        await page.GetByLabel("Locatie (optioneel)").FillAsync("Zorg- en Veiligheidshuis, Utrecht");
        await page.GetByRole(AriaRole.Button, new() { Name = "Plannen en agenda samenstellen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Top X-overleg Stad", Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator($"[data-testid=agenda] [data-kenmerk='{kenmerk}']")).ToContainTextAsync("Tobias Topper");
        await axe.CheckAsync(page, "casusoverleg");
        await page.EvaluateAsync("() => document.body.setAttribute('data-not-reloaded', 'ja')");
        var punt = page.Locator("[data-testid=agendapunt]").Filter(new() { HasText = "Casus " + kenmerk });
        await punt.GetByLabel("Nieuw besluit").FillAsync("Reclasseringstoezicht intensiveren; gemeente zoekt passende woonplek");
        await punt.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync();
        await Expect(punt.Locator("[data-testid=besluiten] [data-testid=besluit]")).ToContainTextAsync("Reclasseringstoezicht intensiveren");
        await Expect(punt.GetByLabel("Nieuw besluit")).ToHaveValueAsync("");
        Assert.Equal("ja", await page.EvaluateAsync<string>("() => document.body.getAttribute('data-not-reloaded')"));
        await axe.CheckAsync(page, "casusoverleg met besluit");

        // The closing checklist on the CoVeCa screen, then afsluiten with a reason and an evaluation.
        await page.GotoAsync(caseUrl.Replace("/casussen/", "/coveca/casussen/", StringComparison.Ordinal));
        await FillChecklistAsync(page, "afsluiting", "Besproken in het Top X-overleg");
        await page.GetByRole(AriaRole.Button, new() { Name = "Afsluitcriteria opslaan" }).ClickAsync();
        await Expect(page.Locator("[data-testid=afsluiting-status]")).ToContainTextAsync("Ingevuld op");
        await axe.CheckAsync(page, "coveca-casus met afsluitcriteria");

        await page.GetByRole(AriaRole.Link, new() { Name = "Naar de casus" }).ClickAsync();
        await page.Locator("#reden").SelectOptionAsync("Een jaar geen delicten");
        await page.Locator("#evaluatie").FillAsync("Een jaar zonder delicten; toezicht en woonplek hielpen, dagbesteding bleef lastig.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Casus afsluiten" }).ClickAsync();
        await Expect(page.Locator("[data-testid=case-status]")).ToHaveTextAsync("Afgesloten");
        await Expect(page.Locator("[data-testid=status-history]")).ToContainTextAsync("Werkvoorraad");
        await Expect(page.Locator("[data-testid=status-history]")).ToContainTextAsync("In regie");
        await axe.CheckAsync(page, "casus afgesloten");

        // The tijdlijn lists every step.
        await page.GetByRole(AriaRole.Link, new() { Name = "Tijdlijn van de casus" }).ClickAsync();
        var tijdlijn = page.Locator("[data-testid=tijdlijn]");
        foreach (var soort in new[] { "Aanmelding", "Triage", "Status", "Plan van aanpak", "Actie", "PGA-meting", "Casusoverleg", "Besluit" })
        {
            await Expect(tijdlijn.Locator("td", new() { HasTextString = soort }).First).ToBeVisibleAsync();
        }

        await Expect(tijdlijn).ToContainTextAsync("In regie → Afgesloten");
        await Expect(tijdlijn).ToContainTextAsync("Integrale triage");
        await Expect(tijdlijn).ToContainTextAsync("Reclasseringstoezicht intensiveren");
        await axe.CheckAsync(page, "tijdlijn casus");

        scenario.AssertNoAccessibilityProblems();
    }

    /// <summary>Answers every active criterion of a checklist on the CoVeCa case screen: met, with a note.</summary>
    private static async Task FillChecklistAsync(IPage page, string lijst, string toelichting)
    {
        var form = page.Locator($"[data-testid={lijst}-form]");
        var fieldsets = form.Locator("fieldset");
        var count = await fieldsets.CountAsync();
        Assert.True(count > 0, $"De {lijst}lijst heeft geen criteria.");
        for (var i = 0; i < count; i++)
        {
            await fieldsets.Nth(i).GetByLabel("Voldaan", new() { Exact = true }).CheckAsync();
            await fieldsets.Nth(i).GetByLabel("Toelichting").FillAsync($"{toelichting} ({i + 1}).");
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
