using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Identity;
using static Microsoft.Playwright.Assertions;

namespace ZvhPlatform.BrowserTests;

/// <summary>
/// What a coordinator sees when an htmx request is refused or gets no answer: the Dutch message where the result would
/// have gone (a read) or above the page (a form), never silence, and never the loss of what they typed. The refusals are
/// real: the coordinator's role is withdrawn in the database while the page is open, as a beheerder or another instance would.
/// </summary>
public sealed class RefusedRequestScenarioTests
{
    private const string Regisseur = "regisseur.utrecht@demo.zvh.nl";

    [Fact]
    public async Task A_refused_filter_or_form_and_an_unreachable_server_are_shown_in_Dutch_and_the_input_is_kept()
    {
        await using var scenario = await BrowserScenario.StartAsync(new Dictionary<string, string?> { ["Zvh:DemoCasework"] = "true" });
        var (host, page, axe) = (scenario.Host, scenario.Page, scenario.Axe);
        var melding = page.Locator("[data-testid=request-message]");
        await BrowserSession.SignInAsync(page, host, Regisseur);

        // A form (live capture of a decision in the casusoverleg): refused, the message above the page, the text kept.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Overleggen" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Top X-overleg Stad en Oost" }).ClickAsync();
        var punt = page.Locator("[data-testid=agendapunt]").First;
        var besluiten = punt.Locator("[data-testid=besluiten] [data-testid=besluit]");
        var voor = await besluiten.CountAsync();
        await punt.GetByLabel("Nieuw besluit").FillAsync("Woonbegeleiding via de gemeente aanvragen");
        var rollen = await WithdrawRolesAsync(host);
        await punt.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync();
        await Expect(melding).ToBeVisibleAsync();
        // With only the analyst's role every page it may not open answers 404, as if it did not exist (AnalistNotFoundResultHandler).
        await Expect(melding.GetByRole(AriaRole.Alert)).ToContainTextAsync("Pagina niet gevonden");
        await Expect(punt.GetByLabel("Nieuw besluit")).ToHaveValueAsync("Woonbegeleiding via de gemeente aanvragen");
        await Expect(besluiten).ToHaveCountAsync(voor);
        await axe.CheckAsync(page, "casusoverleg met geweigerd besluit");

        await RestoreRolesAsync(host, rollen);
        await punt.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync();
        await Expect(besluiten).ToHaveCountAsync(voor + 1);
        await Expect(besluiten.Last).ToContainTextAsync("Woonbegeleiding via de gemeente aanvragen");
        await Expect(melding).ToBeHiddenAsync();

        // A read that appends to a form ("Doel toevoegen" in the plan): refused, the message above the page, the goals kept.
        await page.GotoAsync("/meldingen");
        await page.Locator("[data-testid=notifications] tr", new() { HasTextString = "is over tijd" }).First.GetByRole(AriaRole.Link, new() { Name = "Bekijken" })
            .ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Terug naar de casus" }).ClickAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Procesregie" }).GetByRole(AriaRole.Link, new() { Name = "Plan van aanpak" }).ClickAsync();
        var doelen = page.Locator("[data-testid=doel-rij]");
        var aantalDoelen = await doelen.CountAsync();
        Assert.True(aantalDoelen > 0, "the demo case has a plan with goals");
        await doelen.First.GetByLabel("Doel", new() { Exact = true }).FillAsync("Binnen drie maanden een vaste woonplek");
        rollen = await WithdrawRolesAsync(host);
        await page.GetByRole(AriaRole.Button, new() { Name = "Doel toevoegen" }).ClickAsync();
        await Expect(melding.GetByRole(AriaRole.Alert)).ToContainTextAsync("Pagina niet gevonden");
        await Expect(doelen).ToHaveCountAsync(aantalDoelen);
        await Expect(doelen.First.GetByLabel("Doel", new() { Exact = true })).ToHaveValueAsync("Binnen drie maanden een vaste woonplek");
        await RestoreRolesAsync(host, rollen);
        await page.GetByRole(AriaRole.Button, new() { Name = "Doel toevoegen" }).ClickAsync();
        await Expect(doelen).ToHaveCountAsync(aantalDoelen + 1);
        await Expect(melding).ToBeHiddenAsync();

        // A read (the case list's filter): refused, the message where the results were, and no history entry for it.
        await page.GotoAsync("/casussen");
        var resultaten = page.Locator("#case-results");
        await Expect(resultaten.Locator("table")).ToBeVisibleAsync();
        rollen = await WithdrawRolesAsync(host);
        await page.GetByLabel("Status").SelectOptionAsync("Afgesloten");
        await Expect(resultaten.GetByRole(AriaRole.Alert)).ToContainTextAsync("Pagina niet gevonden");
        Assert.Equal("/casussen", new Uri(page.Url).PathAndQuery);
        await axe.CheckAsync(page, "casussen met geweigerd filter");

        // No answer at all: the message above the page, the filter and the last results stay as they were.
        await RestoreRolesAsync(host, rollen);
        await page.RouteAsync("**/casussen?*", route => route.AbortAsync("connectionrefused"));
        await page.GetByLabel("Status").SelectOptionAsync("InRegie");
        await Expect(melding).ToContainTextAsync("Geen verbinding met de server");
        await Expect(page.GetByLabel("Status")).ToHaveValueAsync("InRegie");
        await Expect(resultaten.GetByRole(AriaRole.Alert)).ToContainTextAsync("Pagina niet gevonden");

        // The connection is back: the next change shows the results and clears the message.
        await page.UnrouteAllAsync(new() { Behavior = UnrouteBehavior.Wait });
        await page.GetByLabel("Status").SelectOptionAsync("Werkvoorraad");
        await Expect(resultaten.Locator("table")).ToBeVisibleAsync();
        await Expect(resultaten.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
        await Expect(melding).ToBeHiddenAsync();
        Assert.Equal("/casussen?status=Werkvoorraad&aanpak=", new Uri(page.Url).PathAndQuery);

        scenario.AssertNoAccessibilityProblems();
    }

    /// <summary>Leaves the coordinator only the analyst's role in their region: no casework, still signed in.</summary>
    private static async Task<List<RegionMembership>> WithdrawRolesAsync(BrowserHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityStoreDbContext>();
        var userId = await db.Users.Where(u => u.Email == Regisseur).Select(u => u.Id).SingleAsync();
        var rollen = await db.Memberships.AsNoTracking().Where(m => m.UserId == userId).ToListAsync();
        await db.Memberships.Where(m => m.UserId == userId).ExecuteDeleteAsync();
        db.Memberships.Add(new RegionMembership
        {
            UserId = userId, RegionId = rollen[0].RegionId, Role = ZvhRoles.Analist, GrantedUtc = DateTime.UtcNow, GrantedBy = "test",
        });
        await db.SaveChangesAsync();
        return rollen;
    }

    private static async Task RestoreRolesAsync(BrowserHost host, List<RegionMembership> rollen)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityStoreDbContext>();
        await db.Memberships.Where(m => m.UserId == rollen[0].UserId).ExecuteDeleteAsync();
        db.Memberships.AddRange(rollen.Select(m => new RegionMembership
        {
            UserId = m.UserId, RegionId = m.RegionId, Role = m.Role, GrantedUtc = m.GrantedUtc, GrantedBy = m.GrantedBy,
        }));
        await db.SaveChangesAsync();
    }
}
