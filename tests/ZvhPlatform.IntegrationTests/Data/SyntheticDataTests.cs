using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Persons;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Features.Privacy;
using ZvhPlatform.Core.Identity;
using ZvhPlatform.Core.Synthetic;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Modules;
using ZvhPlatform.Kernel.Tenancy;
using ZvhPlatform.Modules.CoVeCa.Data;
using ZvhPlatform.Modules.Nazorg.Data;
using ZvhPlatform.Testing;

namespace ZvhPlatform.IntegrationTests.Data;

/// <summary>The data generator for load tests writes data the app itself accepts: intact access-log chains, consistent histories.</summary>
public sealed class SyntheticDataTests
{
    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Generated_regions_hold_the_requested_volumes_with_consistent_histories_and_an_intact_access_log(DatabaseProvider provider)
    {
        using var host = new ZvhTestHost(provider, new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero));
        var size = new SyntheticDataSize(2, 400, 120, 600, 3_000);
        var folder = Directory.CreateTempSubdirectory("zvh-synth").FullName;
        using (var scope = host.Services.CreateScope())
        {
            var generator = scope.ServiceProvider.GetRequiredService<SyntheticDataGenerator>();
            var credentials = await generator.SeedRegionsAsync(folder, size, CancellationToken.None);
            Assert.Equal(6, credentials.Count);
            var emails = credentials.Select(c => c.Email).ToList();
            var ids = await scope.ServiceProvider.GetRequiredService<IdentityStoreDbContext>().Users.Where(u => emails.Contains(u.Email!))
                .ToDictionaryAsync(u => u.Email!, u => u.Id);
            var results = await generator.GenerateAsync(size, 7, ids, _ => { }, CancellationToken.None);
            Assert.Equal([300, 100], results.Select(r => r.Persons));
            Assert.Equal(120, results.Sum(r => r.Cases));

            // Every installed module is contracted and works: cases across the casework modules (here also the test host's
            // proefaanpak), nazorg meldingen of its own. The basistaak CoVeCa carries most of the cases.
            var caseModules = scope.ServiceProvider.GetServices<ICaseworkExtension>().Select(e => e.ModuleId).Order().ToList();
            Assert.Equal(["coveca", "pgatafel", "proefaanpak"], caseModules);
            Assert.Equal(caseModules, results[0].CasesPerModule.Keys.Order());
            Assert.All(results, r => Assert.True(r.CasesPerModule["coveca"] > r.Cases * 0.6, "CoVeCa carries most of the cases"));
            Assert.Equal([11, 4], results.Select(r => r.ModuleWork["nazorg"]));

            // A second run finds the data there and adds nothing.
            Assert.Empty(await generator.GenerateAsync(size, 7, ids, _ => { }, CancellationToken.None));
        }

        using var inRegion = host.Services.CreateScope();
        var sp = inRegion.ServiceProvider;
        var region = await sp.GetRequiredService<IRegionStore>().FindByKeyAsync(SyntheticDataGenerator.RegionKey(1));
        sp.GetRequiredService<IRegionContextSetter>().SetRegion(region!, "test");
        var core = sp.GetRequiredService<CoreDbContext>();
        var casework = sp.GetRequiredService<CaseworkDbContext>();
        Assert.Equal(300, await core.Persons.CountAsync());
        Assert.All(await core.Persons.Where(p => p.Bsn != null).Select(p => p.Bsn!).ToListAsync(), bsn => Assert.True(Bsn.IsValid(bsn), bsn));
        Assert.Equal(90, await casework.Casussen.CountAsync());
        Assert.Equal(450, await casework.Acties.CountAsync());
        var contracts = await core.Contracts.Include(c => c.Gemeenten).ToListAsync();
        Assert.Equal(sp.GetRequiredService<ModuleCatalog>().Modules.Select(m => m.Manifest.Id).Order(), contracts.Select(c => c.ModuleId).Order());
        Assert.Empty(contracts.Single(c => c.ModuleId == "coveca").Gemeenten);

        // A plustaak's cases and meldingen are for residents of the municipalities that bought it.
        var pgaGemeenten = contracts.Single(c => c.ModuleId == "pgatafel").Gemeenten.Select(g => g.CbsCode).ToList();
        Assert.Equal(4, pgaGemeenten.Count);
        Assert.All(await casework.Casussen.Where(c => c.ModuleId == "pgatafel").Select(c => c.GemeenteCode).ToListAsync(), g => Assert.Contains(g, pgaGemeenten));
        Assert.All(await casework.Casussen.Where(c => c.ModuleId == "pgatafel").Select(c => c.SubAanpak).ToListAsync(), Assert.Null);
        var nazorgGemeenten = contracts.Single(c => c.ModuleId == "nazorg").Gemeenten.Select(g => g.CbsCode).ToList();
        var meldingen = await sp.GetRequiredService<NazorgDbContext>().Meldingen.Include(m => m.Basisvoorwaarden).AsNoTracking().ToListAsync();
        Assert.Equal(11, meldingen.Count);
        Assert.All(meldingen, m => Assert.Contains(m.GemeenteCode, nazorgGemeenten));
        Assert.All(meldingen.Where(m => m.Status == MeldingStatus.Afgesloten), m => Assert.Equal(10, m.Basisvoorwaarden.Count));
        Assert.All(meldingen.Where(m => m.Status == MeldingStatus.Geweigerd), m => Assert.Null(m.Bsn));

        // CoVeCa's own part: the selection checklist of every case it took into regie, Top X placements by a partner who may place.
        var covecaInRegie = await casework.Casussen.Where(c => c.ModuleId == "coveca" && c.Status != CasusStatus.Werkvoorraad).Select(c => c.Id).ToListAsync();
        var own = await sp.GetRequiredService<CoVeCaDbContext>().Casussen.AsNoTracking().ToListAsync();
        Assert.Equal(await casework.Casussen.CountAsync(c => c.ModuleId == "coveca"), own.Count);
        Assert.All(covecaInRegie, id => Assert.NotNull(own.Single(o => o.CasusId == id).SelectieIngevuldOp));
        Assert.Contains(own, o => o.PlaatsingSubAanpak == "topx" && o.PlaatsingPartnerId is not null);

        // Every case's current status is the last step of its history, and every closed case has its closing date there.
        var cases = await casework.Casussen.AsNoTracking().Select(c => new { c.Id, c.Status, c.AfgeslotenOp }).ToListAsync();
        var history = (await casework.StatusWijzigingen.AsNoTracking().ToListAsync()).GroupBy(w => w.CasusId)
            .ToDictionary(g => g.Key, g => g.OrderBy(w => w.Datum).ThenBy(w => w.Naar).ToList());
        foreach (var c in cases)
        {
            var last = history[c.Id][^1];
            Assert.Equal(c.Status, last.Naar);
            if (c.Status is CasusStatus.Afgesloten or CasusStatus.Afgeschaald)
            {
                Assert.Equal(c.AfgeslotenOp, last.Datum);
            }
        }

        var verification = await new VerifyAccessLogHandler(sp.GetRequiredService<AuditDbContext>()).Handle(new VerifyAccessLog(), CancellationToken.None);
        Assert.True(verification.Intact, verification.Problem);
        Assert.Equal(2_250, verification.EntriesChecked);
    }
}
