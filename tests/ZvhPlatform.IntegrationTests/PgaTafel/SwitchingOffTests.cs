using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Data;
using ZvhPlatform.IntegrationTests.Http;
using ZvhPlatform.Kernel.Data;

namespace ZvhPlatform.IntegrationTests.PgaTafel;

/// <summary>
/// Acceptance: with the zvhd demo contract the PGA-tafel accepts Emmen cases in 2023 and refuses new ones from 2024, while the
/// 2023 cases stay readable for closing or handover; new work on them is refused and the coordinator sees what is left.
/// </summary>
public sealed class SwitchingOffTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_PGA_tafel_accepts_Emmen_in_2023_refuses_new_cases_from_2024_and_keeps_the_2023_cases_readable_for_closing(DatabaseProvider provider)
    {
        using var kit = await PgaTafelKit.StartAsync(provider);

        // 2023: Emmen bought the PGA-tafel; Assen did not.
        var (casus, kenmerk) = await kit.OpenCaseAsync("Emmer", PgaTafelKit.Emmen);
        var (overdracht, _) = await kit.OpenCaseAsync("Odoorner", PgaTafelKit.BorgerOdoorn);
        var assen = await kit.RegisterPersonAsync("Assenaar", PgaTafelKit.Assen);
        using (var refused = await kit.TryOpenCaseAsync(assen))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("De gemeente Assen heeft PGA-tafel niet afgenomen op 01-03-2023.", await refused.BodyAsync(), StringComparison.Ordinal);
        }

        using (var aanmelding = await kit.RegisterAanmeldingAsync(PgaTafelKit.Emmen))
        {
            Assert.Equal(HttpStatusCode.Redirect, aanmelding.StatusCode);
        }

        using (var plan = await kit.Staff.PostAsync($"/casussen/{casus}/plan", PgaTafelKit.PlanFields(0, "Woning behouden"), $"/casussen/{casus}/plan"))
        {
            Assert.Equal(HttpStatusCode.Redirect, plan.StatusCode);
        }

        using (var actie = await kit.CreateActieAsync(casus, "Huisbezoek plannen", "2023-03-15"))
        {
            Assert.True(actie.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"Action refused in 2023: {(int)actie.StatusCode}");
        }

        var (_, tafel2023) = await kit.Staff.PageAsync("/pgatafel");
        Assert.Contains(kenmerk, tafel2023, StringComparison.Ordinal);
        var (_, case2023) = await kit.Staff.PageAsync($"/casussen/{casus}");
        Assert.Contains($"href=\"/pgatafel/casussen/{casus}\"", case2023, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"af-te-sluiten\"", case2023, StringComparison.Ordinal);

        // 2024: the contract ended.
        await kit.MoveToAsync(PgaTafelKit.In2024);
        var nieuw = await kit.RegisterPersonAsync("Emmer-Nieuw", PgaTafelKit.Emmen);
        var (_, form) = await kit.Staff.PageAsync($"/casussen/nieuw?persoon={nieuw}");
        Assert.DoesNotContain("pgatafel|", form, StringComparison.Ordinal);
        using (var refused = await kit.TryOpenCaseAsync(nieuw))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("Deze regio neemt deze aanpak vandaag niet af.", await refused.BodyAsync(), StringComparison.Ordinal);
        }

        using (var aanmelding = await kit.RegisterAanmeldingAsync(PgaTafelKit.Emmen))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, aanmelding.StatusCode);
            Assert.Contains("Deze regio neemt deze aanpak vandaag niet af.", await aanmelding.BodyAsync(), StringComparison.Ordinal);
        }

        await kit.InRegionAsync(async sp => Assert.Equal(1, await sp.GetRequiredService<CaseworkDbContext>().Aanmeldingen.CountAsync(a => a.ModuleId == "pgatafel")));
        Assert.Equal(HttpStatusCode.NotFound, (await kit.Staff.PageAsync("/pgatafel")).Status);
        var (navStatus, start) = await kit.Staff.PageAsync("/");
        Assert.Equal(HttpStatusCode.OK, navStatus);
        Assert.DoesNotContain("href=\"/pgatafel\"", Http.Web.Navigation(start), StringComparison.Ordinal);
        Assert.Contains("href=\"/casussen/af-te-sluiten\"", Http.Web.Navigation(start), StringComparison.Ordinal);

        // The 2023 case is still readable: the case, its plan and its actions.
        var (caseStatus, casePage) = await kit.Staff.PageAsync($"/casussen/{casus}");
        Assert.Equal(HttpStatusCode.OK, caseStatus);
        Assert.Contains(kenmerk, casePage, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"af-te-sluiten\"", casePage, StringComparison.Ordinal);
        Assert.DoesNotContain("/pgatafel/casussen/", casePage, StringComparison.Ordinal);
        var (planStatus, planPage) = await kit.Staff.PageAsync($"/casussen/{casus}/plan");
        Assert.Equal(HttpStatusCode.OK, planStatus);
        Assert.Contains("Woning behouden", planPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await kit.Staff.PageAsync($"/casussen/{casus}/acties")).Status);

        // New work on it is refused with a Dutch message, and nothing is written.
        using (var plan = await kit.Staff.PostAsync($"/casussen/{casus}/plan", PgaTafelKit.PlanFields(1, "Nieuw doel in 2024"), $"/casussen/{casus}/plan"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, plan.StatusCode);
            var body = await plan.BodyAsync();
            Assert.Contains("De regio heeft PGA-tafel niet afgenomen op 15-01-2024.", body, StringComparison.Ordinal);
            Assert.Contains("Een nieuwe versie van het plan van aanpak is daarom niet meer mogelijk", body, StringComparison.Ordinal);
        }

        using (var actie = await kit.CreateActieAsync(casus, "Nieuwe actie in 2024", "2024-02-01"))
        {
            Assert.True((int)actie.StatusCode is >= 400 and < 500, $"Expected a 4xx, got {(int)actie.StatusCode}");
            Assert.Contains("Een nieuwe actie is daarom niet meer mogelijk", await actie.BodyAsync(), StringComparison.Ordinal);
        }

        await kit.InRegionAsync(async sp =>
        {
            var db = sp.GetRequiredService<CaseworkDbContext>();
            Assert.Equal(1, await db.PlanVersies.CountAsync());
            Assert.False(await db.Acties.AnyAsync(a => a.Omschrijving == "Nieuwe actie in 2024"));
        });

        // The coordinator's list: what must be closed or handed over, per plustaak and municipality.
        var (listStatus, list) = await kit.Staff.PageAsync("/casussen/af-te-sluiten");
        Assert.Equal(HttpStatusCode.OK, listStatus);
        Assert.Contains("data-testid=\"afbouw-pgatafel-GM0114\"", list, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"afbouw-pgatafel-GM1681\"", list, StringComparison.Ordinal);
        Assert.Contains($"href=\"/casussen/{casus}\"", list, StringComparison.Ordinal);
        Assert.Contains("PGA-tafel (plustaak)", list, StringComparison.Ordinal);
        Assert.Contains("contract tot en met 31-12-2023", list, StringComparison.Ordinal);

        // Closing and handover (afschalen to the local field) remain possible.
        using (var close = await kit.Staff.PostAsync($"/casussen/{casus}/afsluiten",
                   [new("reden", "Overig"), new("evaluatie", "Plustaak beëindigd; afgesloten."), new("version", (await kit.CaseVersionAsync(casus)).ToString(System.Globalization.CultureInfo.InvariantCulture))],
                   $"/casussen/{casus}"))
        {
            Assert.Equal(HttpStatusCode.Redirect, close.StatusCode);
        }

        using (var scale = await kit.Staff.PostAsync($"/casussen/{overdracht}/schalen",
                   [new("naar", "LokalePga"), new("ontvanger", "Lokale PGA Borger-Odoorn"), new("toelichting", "Overgedragen aan de gemeente."),
                       new("version", (await kit.CaseVersionAsync(overdracht)).ToString(System.Globalization.CultureInfo.InvariantCulture))],
                   $"/casussen/{overdracht}"))
        {
            Assert.Equal(HttpStatusCode.Redirect, scale.StatusCode);
        }

        await kit.InRegionAsync(async sp =>
        {
            var db = sp.GetRequiredService<CaseworkDbContext>();
            Assert.Equal(CasusStatus.Afgesloten, await db.Casussen.Where(c => c.Id == casus).Select(c => c.Status).SingleAsync());
            Assert.Equal(CasusStatus.Afgeschaald, await db.Casussen.Where(c => c.Id == overdracht).Select(c => c.Status).SingleAsync());
        });

        // Reopening would be new work: refused.
        using (var reopen = await kit.Staff.PostAsync($"/casussen/{casus}/heropenen",
                   [new("reden", "Toch nodig"), new("version", (await kit.CaseVersionAsync(casus)).ToString(System.Globalization.CultureInfo.InvariantCulture))],
                   $"/casussen/{casus}"))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, reopen.StatusCode);
            Assert.Contains("Heropenen is daarom niet meer mogelijk", await reopen.BodyAsync(), StringComparison.Ordinal);
        }

        var (_, empty) = await kit.Staff.PageAsync("/casussen/af-te-sluiten");
        Assert.Contains("Er zijn geen casussen af te sluiten of over te dragen.", empty, StringComparison.Ordinal);
    }
}

/// <summary>A host composed without the PGA-tafel package runs, and nothing of the PGA-tafel shows even where the contract is in force.</summary>
public sealed class PgaTafelLeftOutTests
{
    [Fact]
    public async Task A_host_without_the_pgatafel_module_runs_and_shows_nothing_of_it_in_2023()
    {
        using var host = new Testing.ZvhTestHost(DatabaseProvider.Sqlite, PgaTafelKit.In2023, excludeModules: ["pgatafel"]);
        using var staff = await host.SignedInAsync(PgaTafelKit.Regisseur);

        var (status, start) = await staff.PageAsync("/");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain("/pgatafel", Http.Web.Navigation(start), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.PageAsync("/pgatafel")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.PageAsync("/pgatafel/cijfers")).Status);

        using var beheer = await host.SignedInAsync(PgaTafelKit.Beheer);
        var (_, facturatie) = await beheer.PageAsync("/beheer/contracten/facturatie?van=2023-01-01&tot=2023-12-31");
        Assert.Contains("pgatafel (niet geïnstalleerd)", facturatie, StringComparison.Ordinal);
        Assert.DoesNotContain("Module: meldingen", facturatie[facturatie.IndexOf("facturatie-pgatafel", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }
}
