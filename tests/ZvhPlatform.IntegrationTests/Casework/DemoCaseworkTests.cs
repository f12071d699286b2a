using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Demo;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Tenancy;
using ZvhPlatform.Testing;
using static ZvhPlatform.IntegrationTests.Rapportage.RapportageKit;

namespace ZvhPlatform.IntegrationTests.Casework;

/// <summary>
/// The demo's CoVeCa casework in Utrecht: every stage of the way of working is there, the caseload report agrees with
/// the cases' statuses (it counts from the status histories), personal data is in the access log, and seeding again
/// writes nothing.
/// </summary>
public sealed class DemoCaseworkTests
{
    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql };

    private static readonly Dictionary<string, string?> WithDemoCasework = new() { ["Zvh:DemoCasework"] = "true" };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_demo_region_shows_consistent_caseload_figures_and_seeding_twice_adds_nothing(DatabaseProvider provider)
    {
        using var host = new ZvhTestHost(provider, Now, settings: WithDemoCasework);
        var today = DateOnly.FromDateTime(Now.UtcDateTime);
        var before = await SnapshotAsync(host);

        // Every stage: aanmeldingen received and triaged three ways, cases in the werkvoorraad, in regie, afgeschaald, afgesloten.
        Assert.Equal(4, before.Status[CasusStatus.InRegie]);
        Assert.Equal(2, before.Status[CasusStatus.Werkvoorraad]);
        Assert.Equal(1, before.Status[CasusStatus.Afgeschaald]);
        Assert.Equal(1, before.Status[CasusStatus.Afgesloten]);
        Assert.All(new[] { "Ontvangen", "Procesregie", "UitgebreidAdvies", "NietZvhWaardig" }, s => Assert.Contains(s, before.AanmeldingStatussen));
        Assert.True(before.Persons >= 10, $"{before.Persons} persons");
        Assert.Equal(before.Status[CasusStatus.Werkvoorraad], before.OpenWerkvoorraad);
        Assert.Empty(before.Inconsistent);
        Assert.Empty(before.PersonsWithoutLog);
        Assert.True(before.OverdueActions >= 1);

        // The caseload report, as the manager sees it over the last year.
        using var manager = await SignedInAsync(host, "manager.utrecht@demo.zvh.nl");
        var van = today.AddYears(-1).AddDays(1);
        var page = await manager.GetStringAsync(new Uri(
            $"/rapportage?module=coveca&van={van.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}&tot={today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}",
            UriKind.Relative));
        var totaal = Row(page, "caseload", "Totaal").Take(5).Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(before.Status[CasusStatus.InRegie], totaal[3]);
        Assert.Equal(totaal[0] + totaal[1] - totaal[2], totaal[3]);
        Assert.Equal(totaal[0] + totaal[1], totaal[4]);
        Assert.Equal([2, 4, 2, 4, 6], totaal);

        // The procesregisseur sees the CoVeCa placement; the partner professional only the case he takes part in.
        using var regisseur = await SignedInAsync(host, "regisseur.utrecht@demo.zvh.nl");
        var casus = await regisseur.GetStringAsync(new Uri($"/coveca/casussen/{before.DeelnemerCase}", UriKind.Relative));
        Assert.Contains("geplaatst door Politie eenheid Midden-Nederland", WebUtility.HtmlDecode(casus), StringComparison.Ordinal);
        Assert.Contains("Ingevuld op", casus, StringComparison.Ordinal);
        using var partner = await SignedInAsync(host, "partner@demo.zvh.nl");
        Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync(new Uri($"/r/utrecht/casussen/{before.DeelnemerCase}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync(new Uri($"/r/utrecht/casussen/{before.AnderCase}", UriKind.Relative))).StatusCode);

        // Seeding again (as every start of the demo does) adds nothing (the page views above did add access-log lines).
        var beforeReseed = await SnapshotAsync(host);
        using (var scope = host.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(host.Database.DataFolder, CancellationToken.None);
        }

        var after = await SnapshotAsync(host);
        Assert.Equal(beforeReseed.Counts, after.Counts);
    }

    [Fact]
    public async Task Without_the_setting_the_demo_regions_have_no_casework()
    {
        using var host = new ZvhTestHost(now: Now);

        var snapshot = await SnapshotAsync(host);

        Assert.Equal(0, snapshot.Counts.Casussen);
        Assert.Equal(0, snapshot.Counts.Aanmeldingen);
    }

    private sealed record Counts(int Casussen, int Aanmeldingen, int Statuswijzigingen, int Persons, int Acties, int Pga, int Overleggen, int Adviezen,
        int Signalen, int LogLines, int CoVeCa);

    private sealed record Snapshot(Counts Counts, Dictionary<CasusStatus, int> Status, List<string> AanmeldingStatussen, int Persons, int OpenWerkvoorraad,
        List<string> Inconsistent, List<Guid> PersonsWithoutLog, int OverdueActions, Guid DeelnemerCase, Guid AnderCase);

    private static async Task<ZvhPlatform.Kernel.Tenancy.RegionInfo> ResolveAsync(ZvhTestHost host)
    {
        using var scope = host.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<IRegionStore>().FindByKeyAsync("utrecht"))!;
    }

    private static async Task<Snapshot> SnapshotAsync(ZvhTestHost host)
    {
        var region = await ResolveAsync(host);
        using var scope = host.Services.CreateScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<IRegionContextSetter>().SetRegion(region, "test");
        var db = sp.GetRequiredService<CaseworkDbContext>();
        var core = sp.GetRequiredService<CoreDbContext>();
        var audit = sp.GetRequiredService<AuditDbContext>();
        var coveca = sp.GetRequiredService<ZvhPlatform.Modules.CoVeCa.Data.CoVeCaDbContext>();
        var casussen = await db.Casussen.AsNoTracking().ToListAsync();
        var wijzigingen = await db.StatusWijzigingen.AsNoTracking().ToListAsync();
        var inconsistent = casussen
            .Where(c => wijzigingen.Where(w => w.CasusId == c.Id).OrderBy(w => w.Datum).ThenBy(w => w.VastgelegdUtc).LastOrDefault()?.Naar != c.Status
                        || wijzigingen.Where(w => w.CasusId == c.Id).Min(w => (DateOnly?)w.Datum) != c.GeopendOp
                        || (c.Status is CasusStatus.Afgesloten or CasusStatus.Afgeschaald) != (c.AfgeslotenOp is not null))
            .Select(c => c.Kenmerk).ToList();
        var personIds = await core.Persons.AsNoTracking().Select(p => p.Id).ToListAsync();
        var logged = await audit.Entries.AsNoTracking().SelectMany(e => e.Persons).Select(p => p.PersonId).Distinct().ToListAsync();
        var today = DateOnly.FromDateTime(Now.UtcDateTime);
        var deelnemer = await db.Deelnemers.AsNoTracking().Select(d => d.CasusId).FirstOrDefaultAsync();
        var counts = new Counts(casussen.Count, await db.Aanmeldingen.CountAsync(), wijzigingen.Count, personIds.Count, await db.Acties.CountAsync(),
            await db.PgaMetingen.CountAsync(), await db.Overleggen.CountAsync(), await db.Adviezen.CountAsync(), await db.Signalen.CountAsync(),
            await audit.Entries.CountAsync(), await coveca.Casussen.CountAsync() + await coveca.Antwoorden.CountAsync());
        return new Snapshot(counts,
            Enum.GetValues<CasusStatus>().ToDictionary(s => s, s => casussen.Count(c => c.Status == s)),
            await db.Aanmeldingen.AsNoTracking().Select(a => a.Status.ToString()).Distinct().ToListAsync(),
            personIds.Count,
            await db.Werkvoorraad.CountAsync(w => w.Tot == null),
            inconsistent,
            personIds.Except(logged).ToList(),
            await db.Acties.CountAsync(a => a.Deadline < today && a.AfgerondOp == null),
            deelnemer,
            casussen.Where(c => c.Id != deelnemer).Select(c => c.Id).FirstOrDefault());
    }
}
