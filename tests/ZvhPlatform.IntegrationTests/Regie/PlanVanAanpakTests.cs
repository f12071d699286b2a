using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Data;
using ZvhPlatform.IntegrationTests.Http;
using ZvhPlatform.Kernel.Data;

namespace ZvhPlatform.IntegrationTests.Regie;

public sealed class PlanVanAanpakTests
{
    private static List<KeyValuePair<string, string>> Goal(long version, string doel, string interventie = "Schuldhulpverlening / bewindvoering",
        string leefgebied = "Financien") =>
    [
        new("Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("doelen[r000].Leefgebied", leefgebied), new("doelen[r000].Doel", doel), new("doelen[r000].Interventie", interventie),
        new("doelen[r000].VerantwoordelijkePartner", "Gemeente Utrecht"), new("doelen[r000].Startdatum", "2026-03-01"),
        new("doelen[r000].Einddatum", "2026-09-01"),
        // An untouched empty row, as the form sends it, is skipped.
        new("doelen[r001].Leefgebied", ""), new("doelen[r001].Doel", ""), new("doelen[r001].Interventie", ""),
        new("doelen[r001].VerantwoordelijkePartner", ""), new("doelen[r001].Startdatum", ""), new("doelen[r001].Einddatum", ""),
    ];

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_second_save_from_a_stale_version_is_refused_with_409_showing_the_others_change_and_the_users_own_input_then_resaves(
        DatabaseProvider provider)
    {
        using var kit = await RegieKit.StartAsync(provider);
        var casus = await kit.OpenCaseAsync("Plan", "Tweemaal");
        using var other = await kit.Host.SignedInAsync(RegieKit.Ondersteuner);
        var path = $"/casussen/{casus.Id}/plan";

        var (_, first) = await kit.Staff.PageAsync(path);
        var (_, second) = await other.PageAsync(path);
        Assert.Equal(0, Http.Web.VersionIn(first));
        Assert.Equal(0, Http.Web.VersionIn(second));

        using (var saved = await kit.Staff.PostAsync(path, Goal(0, "Schulden in beeld brengen"), path))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        string conflictPage;
        using (var stale = await other.PostAsync(path, Goal(0, "Bewindvoering aanvragen"), path))
        {
            Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
            conflictPage = await stale.BodyAsync();
        }

        Assert.Contains("data-testid=\"plan-ander\"", conflictPage, StringComparison.Ordinal);
        Assert.Contains("Schulden in beeld brengen", conflictPage, StringComparison.Ordinal);
        Assert.Contains("Bewindvoering aanvragen", conflictPage, StringComparison.Ordinal);
        Assert.Contains("niets is overschreven", conflictPage, StringComparison.Ordinal);
        var current = Http.Web.VersionIn(conflictPage);
        Assert.NotEqual(0, current);

        // The other user merges both goals and saves against the version they were shown.
        var merged = Goal(current, "Bewindvoering aanvragen");
        merged.AddRange([new("doelen[r002].Leefgebied", "Financien"), new("doelen[r002].Doel", "Schulden in beeld brengen")]);
        using (var resaved = await other.PostAsync(path, merged, path))
        {
            Assert.Equal(HttpStatusCode.Redirect, resaved.StatusCode);
        }

        var (_, history) = await kit.Staff.PageAsync(path + "/historie");
        Assert.Contains("data-testid=\"plan-versie-1\"", history, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"plan-versie-2\"", history, StringComparison.Ordinal);
        await kit.InRegionAsync(async sp =>
        {
            var db = sp.GetRequiredService<CaseworkDbContext>();
            var plan = await db.Plannen.Include(p => p.Doelen).SingleAsync(p => p.CasusId == casus.Id);
            Assert.Equal(2, plan.Versie);
            Assert.Equal(2, plan.Doelen.Count);
            Assert.Equal(new[] { 1, 2 }, await db.PlanVersies.Where(v => v.PlanId == plan.Id).OrderBy(v => v.Versie).Select(v => v.Versie).ToListAsync());
            var v1 = await db.PlanVersies.SingleAsync(v => v.PlanId == plan.Id && v.Versie == 1);
            Assert.Contains("Schulden in beeld brengen", v1.Inhoud, StringComparison.Ordinal);
            Assert.DoesNotContain("Bewindvoering aanvragen", v1.Inhoud, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Bad_goals_and_interventions_outside_the_catalogue_are_refused_and_partners_may_read_but_not_edit()
    {
        using var kit = await RegieKit.StartAsync();
        var casus = await kit.OpenCaseAsync("Plan", "Lezer");
        var path = $"/casussen/{casus.Id}/plan";

        using (var unknown = await kit.Staff.PostAsync(path, Goal(0, "Iets", interventie: "Toverstaf"), path))
        {
            Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
            Assert.Contains("niet (meer) in de catalogus", await unknown.BodyAsync(), StringComparison.Ordinal);
        }

        using (var noGoal = await kit.Staff.PostAsync(path, Goal(0, "", interventie: ""), path))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noGoal.StatusCode);
            Assert.Contains("Doel 1: beschrijf het doel.", await noGoal.BodyAsync(), StringComparison.Ordinal);
        }

        await kit.InRegionAsync(async sp => Assert.False(await sp.GetRequiredService<CaseworkDbContext>().Plannen.AnyAsync()));
        using (var saved = await kit.Staff.PostAsync(path, Goal(0, "Werk vinden", interventie: "Arbeidstoeleiding / jobcoach", leefgebied: "WerkEnOpleiding"), path))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        using var partner = await kit.Host.SignedInAsync(RegieKit.Partner);
        var partnerPath = "/r/utrecht" + path;
        Assert.Equal(HttpStatusCode.NotFound, (await partner.PageAsync(partnerPath)).Status);
        await kit.AddPartnerAsync(casus.Id);
        var (status, html) = await partner.PageAsync(partnerPath);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Werk vinden", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"plan-form\"", html, StringComparison.Ordinal);
        using var edit = await partner.PostAsync(partnerPath, Goal(1, "Anders"), partnerPath);
        Assert.True(RegieKit.Refused(edit), $"Partner edit answered {(int)edit.StatusCode} {edit.Location()}");
        await kit.InRegionAsync(async sp => Assert.Equal(1, await sp.GetRequiredService<CaseworkDbContext>().PlanVersies.CountAsync()));
    }

    [Fact]
    public async Task The_beheerder_keeps_the_intervention_catalogue_which_starts_with_the_standard_interventions()
    {
        using var kit = await RegieKit.StartAsync();
        using var beheer = await kit.Host.SignedInAsync(RegieKit.Beheer);
        var (_, page) = await beheer.PageAsync("/interventies");
        foreach (var naam in Core.Contracts.Casework.WayOfWorking.StandaardInterventies)
        {
            Assert.Contains(naam, page, StringComparison.Ordinal);
        }

        using (var added = await beheer.PostAsync("/interventies", [new("naam", "Multisysteemtherapie")], "/interventies"))
        {
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        using (var twice = await beheer.PostAsync("/interventies", [new("naam", "multisysteemtherapie")], "/interventies"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        }

        Guid tbs = default;
        await kit.InRegionAsync(async sp => tbs = await sp.GetRequiredService<CaseworkDbContext>().Interventies.Where(i => i.Naam == "TBS").Select(i => i.Id).SingleAsync());
        (await beheer.PostAsync($"/interventies/{tbs}/deactiveren", [], "/interventies")).Dispose();

        var (_, plan) = await kit.Staff.PageAsync($"/casussen/{(await kit.OpenCaseAsync("Cat", "Alogus")).Id}/plan");
        Assert.Contains("Multisysteemtherapie", plan, StringComparison.Ordinal);
        Assert.DoesNotContain(">TBS<", plan, StringComparison.Ordinal);
        using var staffCatalogue = await kit.Staff.GetPathAsync("/interventies");
        Assert.True(RegieKit.Refused(staffCatalogue));
    }
}
