using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Features.Rapportage;
using ZvhPlatform.Core.Identity;
using ZvhPlatform.Core.Synthetic;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Tenancy;
using ZvhPlatform.Testing;

namespace ZvhPlatform.IntegrationTests.Rapportage;

/// <summary>
/// The caseload report is counted in the database from each change's recorded "from" status (issue 6). On generated data,
/// where a case is opened and taken into regie at the same recorded moment, the figures must still add up, whatever order
/// the database returns those changes in (the in-memory walk it replaced got this wrong once a covering index changed the order).
/// </summary>
public sealed class CaseloadAggregationTests
{
    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Every_line_adds_up_and_every_recorded_from_status_is_the_previous_change(DatabaseProvider provider)
    {
        using var host = new ZvhTestHost(provider, new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero));
        var size = new SyntheticDataSize(1, 600, 400, 400, 1_000);
        var folder = Directory.CreateTempSubdirectory("zvh-caseload").FullName;
        using (var scope = host.Services.CreateScope())
        {
            var generator = scope.ServiceProvider.GetRequiredService<SyntheticDataGenerator>();
            var credentials = await generator.SeedRegionsAsync(folder, size, CancellationToken.None);
            var emails = credentials.Select(c => c.Email).ToList();
            var ids = await scope.ServiceProvider.GetRequiredService<IdentityStoreDbContext>().Users.Where(u => emails.Contains(u.Email!))
                .ToDictionaryAsync(u => u.Email!, u => u.Id);
            await generator.GenerateAsync(size, 11, ids, _ => { }, CancellationToken.None);
        }

        using var inRegion = host.Services.CreateScope();
        var sp = inRegion.ServiceProvider;
        var region = await sp.GetRequiredService<IRegionStore>().FindByKeyAsync(SyntheticDataGenerator.RegionKey(1));
        sp.GetRequiredService<IRegionContextSetter>().SetRegion(region!, "test");
        var db = sp.GetRequiredService<CaseworkDbContext>();

        // What the aggregation relies on: a change's Van is the Naar of the change before it (the first one has none).
        var history = (await db.StatusWijzigingen.AsNoTracking().Select(w => new { w.CasusId, w.Datum, w.VastgelegdUtc, w.Van, w.Naar }).ToListAsync())
            .GroupBy(w => w.CasusId).ToList();
        var sameMoment = 0;
        foreach (var steps in history)
        {
            var ordered = steps.OrderBy(w => w.Datum).ThenBy(w => w.VastgelegdUtc).ThenBy(w => w.Van == null ? 0 : 1).ToList();
            Assert.Null(ordered[0].Van);
            for (var i = 1; i < ordered.Count; i++)
            {
                Assert.Equal(ordered[i - 1].Naar, ordered[i].Van);
                sameMoment += ordered[i - 1].Datum == ordered[i].Datum && ordered[i - 1].VastgelegdUtc == ordered[i].VastgelegdUtc ? 1 : 0;
            }
        }

        Assert.True(sameMoment > 0, "The generated data should hold cases opened and taken into regie at the same moment.");

        var berekening = sp.GetRequiredService<RapportageBerekening>();
        var totalen = new List<CaseloadCijfers>();
        for (var jaar = 2021; jaar <= 2026; jaar++)
        {
            var rapport = await berekening.BerekenAsync(new RapportageFilter("coveca", null, new DateOnly(jaar, 1, 1), new DateOnly(jaar, 12, 31)), false,
                CancellationToken.None);
            // The generator only moves werkvoorraad -> in regie -> afgesloten/afgeschaald, so first day + in - out = last day on every line.
            Assert.All(rapport.Caseload, r => Assert.Equal(r.Cijfers.InRegieBegin + r.Cijfers.Instroom - r.Cijfers.Uitstroom, r.Cijfers.InRegieEind));
            totalen.Add(rapport.Caseload.Single(r => r.Soort == "totaal").Cijfers);
        }

        // Each year starts where the previous one ended, and the last year ends with the cases in regie now.
        for (var i = 1; i < totalen.Count; i++)
        {
            Assert.Equal(totalen[i - 1].InRegieEind, totalen[i].InRegieBegin);
        }

        // The report is of coveca; the generator spreads the region's cases over every installed casework module.
        Assert.Equal(await db.Casussen.CountAsync(c => c.ModuleId == "coveca" && c.Status == CasusStatus.InRegie), totalen[^1].InRegieEind);
        Assert.True(totalen.Sum(t => t.Instroom) > 0);

        // The age table's active cases (in regie on the first day or taken into regie in the period), counted here from the
        // history and the persons' dates of birth: the report finds those dates by id in one statement.
        var jaar2025 = new RapportageFilter("coveca", null, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31));
        var perId = (await berekening.BerekenAsync(jaar2025, false, CancellationToken.None)).Tabellen.Single(t => t.Id == "leeftijd");
        var hoofdpersonen = await db.Casussen.AsNoTracking().Where(c => c.ModuleId == "coveca").ToDictionaryAsync(c => c.Id, c => c.HoofdpersoonId);
        var geboren = await sp.GetRequiredService<CoreDbContext>().Persons.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Geboortedatum);
        var actief = history.Where(h => hoofdpersonen.ContainsKey(h.Key)).Where(h =>
        {
            var voor = h.Where(w => w.Datum < jaar2025.Van).OrderBy(w => w.Datum).ThenBy(w => w.VastgelegdUtc).ThenBy(w => w.Van == null ? 0 : 1).LastOrDefault();
            return voor?.Naar == CasusStatus.InRegie
                   || h.Any(w => w.Datum >= jaar2025.Van && w.Datum <= jaar2025.Tot && w.Naar == CasusStatus.InRegie && w.Van != CasusStatus.InRegie);
        }).Select(h => RapportageBerekening.Leeftijdsgroep(geboren[hoofdpersonen[h.Key]]!.Value, jaar2025.Tot)).ToList();

        Assert.Equal(RapportageBerekening.Leeftijdsgroepen.Select(g => (g.Label, (long?)actief.Count(l => l == g.Label))),
            perId.Rijen.Where(r => r.Label != "Onbekend" && !r.Totaal).Select(r => (r.Label, r.Cellen[1].Waarde)));
        Assert.True(perId.Rijen.Single(r => r.Totaal).Cellen[1].Waarde > 0);
        Assert.Equal(0, perId.Rijen.Single(r => r.Label == "Onbekend").Cellen[1].Waarde);

        // The PGA monitor counts the scores of each case's last measurement in the period (of two on one day, the higher id),
        // counted here from the rows themselves.
        var coveca = await db.Casussen.AsNoTracking().Where(c => c.ModuleId == "coveca").Select(c => c.Id).ToListAsync();
        var metingen = (await db.PgaMetingen.AsNoTracking().Include(m => m.Scores)
                .Where(m => m.Datum >= jaar2025.Van && m.Datum <= jaar2025.Tot).ToListAsync())
            .Where(m => coveca.Contains(m.CasusId)).ToList();
        var laatste = metingen.GroupBy(m => m.CasusId)
            .Select(g => g.OrderByDescending(m => m.Datum).ThenByDescending(m => m.Id.ToString(), StringComparer.OrdinalIgnoreCase).First()).ToList();
        Assert.True(laatste.Count > 0, "The generated data should hold PGA measurements in 2025.");
        var verwacht = Enum.GetValues<Leefgebied>().Select(l => Enum.GetValues<PgaNiveau>()
                .Select(n => (long)laatste.SelectMany(m => m.Scores).Count(x => x.Leefgebied == l && x.Niveau == n))
                .Append(laatste.SelectMany(m => m.Scores).Count(x => x.Leefgebied == l)).ToList())
            .ToList();
        var pga = (await berekening.BerekenAsync(jaar2025, false, CancellationToken.None)).Tabellen.Single(t => t.Id == "pga");
        Assert.Equal(verwacht, pga.Rijen.Select(r => r.Cellen.Select(c => c.Waarde ?? -1).ToList()).ToList());
    }
}
