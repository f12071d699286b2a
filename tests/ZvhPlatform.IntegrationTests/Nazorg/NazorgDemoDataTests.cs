using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Demo;
using ZvhPlatform.IntegrationTests.Http;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Modules.Nazorg.Data;
using ZvhPlatform.Testing;
using static ZvhPlatform.IntegrationTests.Nazorg.NazorgKit;

namespace ZvhPlatform.IntegrationTests.Nazorg;

/// <summary>The demo's nazorg work in Drenthe: every stage on the coordinator's screens, in the access log, and seeded once.</summary>
public sealed class NazorgDemoDataTests
{
    [Fact]
    public async Task The_demo_region_Drenthe_has_nazorg_in_every_stage_and_seeding_again_adds_nothing()
    {
        using var host = new ZvhTestHost(DatabaseProvider.Sqlite, At(2026, 11, 2), settings: new Dictionary<string, string?> { ["Zvh:DemoCasework"] = "true" });
        List<NazorgMelding> meldingen = [];
        await InDrentheAsync(host, async sp =>
        {
            meldingen = await sp.GetRequiredService<NazorgDbContext>().Meldingen.AsNoTracking().Include(m => m.Basisvoorwaarden).ToListAsync();
            var logged = await sp.GetRequiredService<AuditDbContext>().Entries.Where(e => e.ModuleId == "nazorg").SelectMany(e => e.Persons)
                .Select(p => p.PersonId).ToListAsync();
            Assert.All(meldingen, m => Assert.Contains(m.PersoonId, logged));
        });
        Assert.Equal(6, meldingen.Count);
        Assert.All(new[] { MeldingStatus.Ontvangen, MeldingStatus.Actief, MeldingStatus.Geweigerd, MeldingStatus.Afgesloten },
            s => Assert.Contains(meldingen, m => m.Status == s));
        var geweigerd = Assert.Single(meldingen, m => m.Status == MeldingStatus.Geweigerd);
        Assert.Null(geweigerd.Bsn);
        Assert.Null(geweigerd.Achternaam);
        Assert.Contains(meldingen, m => m.Fasehuis is not null);
        Assert.Contains(meldingen, m => m.Trajectbegeleider is not null && m.OntslagenOp is not null);

        // The coordinator's dashboard shows who is released within 14 days with conditions still open.
        using var regisseur = await host.SignedInAsync(Regisseur);
        var (_, dashboard) = await regisseur.PageAsync("/nazorg");
        var binnenkort = Assert.Single(meldingen, m => m.VerwachteOntslagdatum is { } d && d > new DateOnly(2026, 11, 2) && d <= new DateOnly(2026, 11, 16)
                                                         && m.Status == MeldingStatus.Actief);
        Assert.Contains(binnenkort.Kenmerk, dashboard, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"binnenkort-vrij\"", dashboard, StringComparison.Ordinal);

        using (var scope = host.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(host.Database.DataFolder, CancellationToken.None);
        }

        await InDrentheAsync(host, async sp => Assert.Equal(6, await sp.GetRequiredService<NazorgDbContext>().Meldingen.CountAsync()));
    }
}
