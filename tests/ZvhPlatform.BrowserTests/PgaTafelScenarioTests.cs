using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Entitlement;
using ZvhPlatform.Core.Persons;
using ZvhPlatform.Core.Regions;
using ZvhPlatform.Kernel.Modules;
using ZvhPlatform.Kernel.Tenancy;
using static Microsoft.Playwright.Assertions;
using static ZvhPlatform.BrowserTests.BrowserSession;

namespace ZvhPlatform.BrowserTests;

/// <summary>
/// The PGA-tafel in a real browser: Drenthe buys it for Emmen this year; the procesregisseur adds a member, escalates an
/// Emmen case to CoVeCa, reads the figures and sees the Assen case (not covered) on the list to close or hand over; the
/// beheerder reads the invoicing view. Every page is checked with axe-core.
/// </summary>
public sealed class PgaTafelScenarioTests
{
    [Fact]
    public async Task A_regisseur_works_at_the_PGA_tafel_and_the_beheerder_reads_the_invoicing_view()
    {
        await using var scenario = await BrowserScenario.StartAsync();
        var (host, page, axe) = (scenario.Host, scenario.Page, scenario.Axe);
        var (emmen, _) = await PrepareAsync(host);

        await SignInAsync(page, host, "regisseur.drenthe@demo.zvh.nl");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "PGA-tafel" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "PGA-tafel", Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=caseload]")).ToContainTextAsync("P-0001");
        await axe.CheckAsync(page, "pga-tafel");

        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Dewi Regie");
        await page.GetByLabel("Organisatie", new() { Exact = true }).FillAsync("Zorg- en Veiligheidshuis Drenthe");
        await page.GetByLabel("Rol aan tafel (bijvoorbeeld voorzitter)").FillAsync("voorzitter");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lid toevoegen" }).ClickAsync();
        await Expect(page.Locator("[data-testid=leden]")).ToContainTextAsync("Dewi Regie");
        await axe.CheckAsync(page, "pga-tafel met lid");

        await page.Locator("[data-testid=caseload]").GetByRole(AriaRole.Link, new() { Name = "P-0001", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "PGA-tafel: casus P-0001" })).ToBeVisibleAsync();
        await axe.CheckAsync(page, "pga-tafel casus");
        await page.GetByLabel("Sub-aanpak").SelectOptionAsync("doorgroeiers");
        await page.GetByLabel("Hoofdonderwerp").SelectOptionAsync("(Ernstige) overlast");
        await page.GetByLabel("Waarom opschalen").FillAsync("Dreigt door te groeien in de drugscriminaliteit.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opschalen naar CoVeCa / Top X" }).ClickAsync();
        await Expect(page.Locator("[data-testid=opschalingen]")).ToContainTextAsync("aanmelding A");
        await axe.CheckAsync(page, "pga-tafel casus opgeschaald");

        await page.GotoAsync("/pgatafel/cijfers");
        await Expect(page.Locator("[data-testid=cijfers]")).ToContainTextAsync("Emmen");
        await axe.CheckAsync(page, "pga-tafel cijfers");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Af te sluiten" }).ClickAsync();
        await Expect(page.Locator("[data-testid=afbouw-pgatafel-GM0106]")).ToContainTextAsync("P-0002");
        await axe.CheckAsync(page, "af te sluiten");
        await page.GotoAsync($"/casussen/{emmen}");
        await axe.CheckAsync(page, "casus");
        await SignOutAsync(page);

        await SignInAsync(page, host, "beheer.drenthe@demo.zvh.nl");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Facturatie plustaken" }).ClickAsync();
        var year = DateTime.UtcNow.Year;
        await page.GetByLabel("Van").FillAsync($"{year}-01-01");
        await page.GetByLabel("Tot en met").FillAsync($"{year}-12-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Toon" }).ClickAsync();
        await Expect(page.Locator("[data-testid=facturatie-pgatafel] tr[data-gemeente=GM0114]")).ToContainTextAsync("Emmen");
        await axe.CheckAsync(page, "facturatie plustaken");
        await SignOutAsync(page);

        scenario.AssertNoAccessibilityProblems();
    }

    /// <summary>Drenthe buys the PGA-tafel for Emmen from 1 January of this year; one Emmen case, and one Assen case from before.</summary>
    private static async Task<(Guid Emmen, Guid Assen)> PrepareAsync(BrowserHost host)
    {
        using var scope = host.Services.CreateScope();
        var sp = scope.ServiceProvider;
        var region = await sp.GetRequiredService<IRegionStore>().FindByKeyAsync("drenthe");
        sp.GetRequiredService<IRegionContextSetter>().SetRegion(region!, "test");
        var core = sp.GetRequiredService<CoreDbContext>();
        var contract = new ModuleContract { ModuleId = "pgatafel", Kind = ModuleKind.Plustaak, ValidFrom = new DateOnly(DateTime.UtcNow.Year, 1, 1) };
        contract.Gemeenten.Add(new ContractGemeente { ContractId = contract.Id, CbsCode = "GM0114" });
        core.Contracts.Add(contract);
        var emmer = new Person { Voornamen = "Emma", Achternaam = "Emmer", Geboortedatum = new DateOnly(1990, 1, 1), GemeenteCode = "GM0114", RegisteredUtc = DateTime.UtcNow };
        var assenaar = new Person { Voornamen = "Arie", Achternaam = "Assenaar", Geboortedatum = new DateOnly(1980, 1, 1), GemeenteCode = "GM0106", RegisteredUtc = DateTime.UtcNow };
        emmer.RefreshSearchFields();
        assenaar.RefreshSearchFields();
        core.Persons.AddRange(emmer, assenaar);
        await core.SaveChangesAsync();
        ContractEntitlement.Invalidate(sp.GetRequiredService<IMemoryCache>(), region!.Id);
        var casework = sp.GetRequiredService<CaseworkDbContext>();
        Casus Case(string kenmerk, Person person) => new()
        {
            Kenmerk = kenmerk, ModuleId = "pgatafel", HoofdpersoonId = person.Id, GemeenteCode = person.GemeenteCode, Doel = "Procesregie", Grondslag = "WGS",
            GeopendOp = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-10), Status = CasusStatus.InRegie,
        };
        var emmen = Case("P-0001", emmer);
        var assen = Case("P-0002", assenaar);
        foreach (var c in new[] { emmen, assen })
        {
            c.Personen.Add(new CasusPersoon { CasusId = c.Id, PersonId = c.HoofdpersoonId, Rol = CaseRole.Hoofdpersoon });
            casework.Casussen.Add(c);
        }

        await casework.SaveChangesAsync();
        return (emmen.Id, assen.Id);
    }
}
