using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Entitlement;
using ZvhPlatform.Core.Privacy;
using ZvhPlatform.Core.Regions;
using ZvhPlatform.Kernel.Modules;
using ZvhPlatform.Kernel.Tenancy;
using ZvhPlatform.Testing;
using static Microsoft.Playwright.Assertions;
using static ZvhPlatform.BrowserTests.BrowserSession;

namespace ZvhPlatform.BrowserTests;

/// <summary>
/// A procesregisseur works a case in a real browser from aanmelding to afsluiting: registers the aanmelding,
/// runs the bekendheidscheck and registers the person, records the triage, takes the case on from the werkvoorraad
/// and closes it with a reason and an evaluation. Every page is checked with axe-core.
/// </summary>
public sealed class IntakeScenarioTests
{
    [Fact]
    public async Task A_procesregisseur_takes_an_aanmelding_through_triage_and_werkvoorraad_to_afsluiten()
    {
        await using var scenario = await BrowserScenario.StartAsync();
        var (host, page, axe) = (scenario.Host, scenario.Page, scenario.Axe);
        await ContractFixtureAanpakAsync(host);

        await SignInAsync(page, host, "regisseur.utrecht@demo.zvh.nl");
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" });
        await menu.GetByRole(AriaRole.Link, new() { Name = "Aanmeldingen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Aanmeldingen", Exact = true })).ToBeVisibleAsync();
        await axe.CheckAsync(page, "aanmeldingen");

        await page.GetByRole(AriaRole.Link, new() { Name = "Aanmelding registreren" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Aanmelding registreren", Exact = true })).ToBeVisibleAsync();
        await axe.CheckAsync(page, "aanmelding registreren");
        await page.Locator("#ModuleId").SelectOptionAsync("proefaanpak");
        await page.Locator("#SubAanpak").SelectOptionAsync("licht");
        await page.Locator("#VerwijzerPartnerId").SelectOptionAsync(new SelectOptionValue { Label = "Politie eenheid Midden-Nederland" });
        await page.Locator("#VerwijzerNaam").FillAsync("Wijkagent De Wit");
        await page.Locator("#Voornamen").FillAsync("Bram");
        await page.Locator("#Achternaam").FillAsync("Browser");
        await page.Locator("#Geboortedatum").FillAsync("1979-11-23");
        await page.Locator("#GemeenteCode").SelectOptionAsync("GM0344");
        await page.Locator("#Reden").FillAsync("Aanhoudende ernstige overlast in de buurt, zorg loopt vast.");
        await page.Locator("#Hoofdonderwerp").SelectOptionAsync("(Ernstige) overlast");
        await page.GetByLabel("Nee", new() { Exact = true }).CheckAsync();
        await page.Locator("#NietGeinformeerdReden").FillAsync("Lopend politieonderzoek");
        await page.GetByLabel("GGZ / psychische gezondheid").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelding registreren" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Aanmelding A" })).ToBeVisibleAsync();
        await axe.CheckAsync(page, "aanmelding");

        await page.GetByRole(AriaRole.Link, new() { Name = "Bekendheidscheck uitvoeren" }).ClickAsync();
        await Expect(page.Locator("[data-testid=local-unknown]")).ToBeVisibleAsync();
        await axe.CheckAsync(page, "bekendheidscheck");
        await page.GetByRole(AriaRole.Button, new() { Name = "Nieuwe persoon registreren met de gegevens van de aanmelding" }).ClickAsync();
        await Expect(page.Locator("[data-testid=linked-person]")).ToContainTextAsync("Bram Browser");

        await page.GetByRole(AriaRole.Link, new() { Name = "Triage vastleggen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Integrale triage" })).ToBeVisibleAsync();
        await axe.CheckAsync(page, "triage");
        foreach (var code in new[] { "meerdere-leefgebieden", "ketensamenwerking", "systeem", "lokaal-veiligheidsprobleem" })
        {
            await page.Locator($"#voldaan-{code}-{(code == "lokaal-veiligheidsprobleem" ? "nee" : "ja")}").CheckAsync();
            await page.Locator($"#motivatie-{code}").FillAsync($"Besproken in de triage ({code}).");
        }

        await page.Locator("#AanwezigePartners").FillAsync("Politie\nGemeente Utrecht\nAltrecht GGZ");
        await page.Locator("#uitkomst-Procesregie").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Triage vastleggen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Werkvoorraad", Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=werkvoorraad]")).ToContainTextAsync("0 dagen");
        await axe.CheckAsync(page, "werkvoorraad");

        await page.GetByRole(AriaRole.Button, new() { Name = "Oppakken" }).First.ClickAsync();
        await Expect(page.Locator("[data-testid=case-status]")).ToHaveTextAsync("In regie");
        await Expect(page.Locator("[data-testid=procesregisseur]")).ToHaveTextAsync("Pieter Regie");
        await axe.CheckAsync(page, "casus in regie");

        await page.Locator("#reden").SelectOptionAsync("Doelen bereikt / afgeschaald naar lokaal");
        await page.Locator("#evaluatie").FillAsync("Wonen en zorg geregeld; de samenwerking met de GGZ werkte goed.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Casus afsluiten" }).ClickAsync();
        await Expect(page.Locator("[data-testid=case-status]")).ToHaveTextAsync("Afgesloten");
        await Expect(page.Locator("[data-testid=status-history]")).ToContainTextAsync("Werkvoorraad");
        await axe.CheckAsync(page, "casus afgesloten");

        scenario.AssertNoAccessibilityProblems();
    }

    /// <summary>Utrecht buys the fixture aanpak today and its privacy protocol names procesregie as its purpose.</summary>
    private static async Task ContractFixtureAanpakAsync(ZvhTestHost host)
    {
        using var scope = host.Services.CreateScope();
        var sp = scope.ServiceProvider;
        var region = (await sp.GetRequiredService<IRegionStore>().FindByKeyAsync("utrecht"))!;
        sp.GetRequiredService<IRegionContextSetter>().SetRegion(region, "test");
        var core = sp.GetRequiredService<CoreDbContext>();
        core.Contracts.Add(new ModuleContract { ModuleId = "proefaanpak", Kind = ModuleKind.Plustaak, ValidFrom = new DateOnly(2020, 1, 1) });
        await core.SaveChangesAsync();
        ContractEntitlement.Invalidate(sp.GetRequiredService<IMemoryCache>(), region.Id);
        var privacy = sp.GetRequiredService<PrivacyDbContext>();
        var version = await privacy.ProtocolVersies.OrderByDescending(v => v.VersieNummer).FirstAsync();
        privacy.ProtocolDoelen.Add(new ProtocolDoel { VersieId = version.Id, ModuleId = "proefaanpak", Doel = "Procesregie", Grondslag = "art. 6 lid 1 sub e AVG; WGS" });
        await privacy.SaveChangesAsync();
    }
}
