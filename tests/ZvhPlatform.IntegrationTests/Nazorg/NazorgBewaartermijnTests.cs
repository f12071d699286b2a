using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Entitlement;
using ZvhPlatform.IntegrationTests.Http;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Jobs;
using ZvhPlatform.Modules.Nazorg.Data;
using ZvhPlatform.Testing;
using static ZvhPlatform.IntegrationTests.Nazorg.NazorgKit;

namespace ZvhPlatform.IntegrationTests.Nazorg;

public sealed class NazorgBewaartermijnTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_ended_melding_is_deleted_when_the_protocol_term_has_passed_also_after_the_contract_ended_and_the_access_log_keeps_the_trace(
        DatabaseProvider provider)
    {
        using var host = new ZvhTestHost(provider, At(2023, 5, 1));
        Guid refused, running;
        using (var staff = await host.SignedInAsync(Regisseur))
        {
            refused = await RegisterOkAsync(staff, MeldingFields(Hoogeveen, "Weigeraar", bsn: Bsn(21), verwachtOntslag: new DateOnly(2023, 6, 1)));
            await ActOkAsync(staff, refused, "toestemming", [new("toestemming", "nee"), new("datum", "2023-05-01")]);
            running = await RegisterOkAsync(staff, MeldingFields(Hoogeveen, "Lopend", bsn: Bsn(22), verwachtOntslag: new DateOnly(2023, 6, 1)));
            await ActOkAsync(staff, running, "toestemming", [new("toestemming", "ja"), new("datum", "2023-05-01")]);
        }

        Guid persoon = Guid.Empty;
        await InDrentheAsync(host, async sp =>
        {
            persoon = (await sp.GetRequiredService<NazorgDbContext>().Meldingen.SingleAsync(m => m.Id == refused)).PersoonId;
            // Drenthe stops buying nazorg at the end of 2024: the data stays behind, its term keeps running.
            var db = sp.GetRequiredService<CoreDbContext>();
            foreach (var contract in await db.Contracts.Where(c => c.ModuleId == "nazorg").ToListAsync())
            {
                contract.ValidTo = new DateOnly(2024, 12, 31);
            }

            await db.SaveChangesAsync();
            var regionId = (await host.RegionAsync("drenthe")).Id;
            ContractEntitlement.Invalidate(sp.GetRequiredService<IMemoryCache>(), regionId);
        });

        var drenthe = await host.RegionAsync("drenthe");
        var runner = host.Services.GetRequiredService<RegionJobRunner>();
        async Task<List<Guid>> RemainingAsync()
        {
            var ids = new List<Guid>();
            await InDrentheAsync(host, async sp => ids = await sp.GetRequiredService<NazorgDbContext>().Meldingen.Select(m => m.Id).ToListAsync());
            return ids;
        }

        // The demo protocol keeps nazorg data 24 months after it ended: the day before, nothing goes.
        host.Clock.SetUtcNow(new DateTimeOffset(2025, 4, 30, 3, 30, 0, TimeSpan.Zero));
        Assert.True(await runner.RunRecurringForRegionAsync("nazorg", "bewaartermijn", drenthe, CancellationToken.None));
        Assert.Contains(refused, await RemainingAsync());

        host.Clock.SetUtcNow(new DateTimeOffset(2025, 5, 1, 3, 30, 0, TimeSpan.Zero));
        Assert.True(await runner.RunRecurringForRegionAsync("nazorg", "bewaartermijn", drenthe, CancellationToken.None));
        var remaining = await RemainingAsync();
        Assert.DoesNotContain(refused, remaining);
        Assert.Contains(running, remaining); // still running: no term yet

        // The warning job of the module does not run any more without a contract; retention does.
        Assert.False(await runner.RunRecurringForRegionAsync("nazorg", "ontslagwaarschuwing", drenthe, CancellationToken.None));

        await InDrentheAsync(host, async sp =>
        {
            var entries = await sp.GetRequiredService<AuditDbContext>().Entries.Include(e => e.Persons)
                .Where(e => e.ModuleId == "nazorg" && e.Action == AccessAction.Verwijderen).ToListAsync();
            // The refusal itself reduced the data earlier (its own entry); this is the retention's.
            var entry = Assert.Single(entries, e => e.Subject.StartsWith("bewaartermijn", StringComparison.Ordinal));
            Assert.Contains("bewaartermijn verstreken: nazorgmelding", entry.Subject, StringComparison.Ordinal);
            Assert.DoesNotContain("Weigeraar", entry.Subject, StringComparison.Ordinal);
            Assert.Equal(persoon, Assert.Single(entry.Persons).PersonId);
        });

        // A second run deletes nothing more and logs nothing more.
        Assert.True(await runner.RunRecurringForRegionAsync("nazorg", "bewaartermijn", drenthe, CancellationToken.None));
        await InDrentheAsync(host, async sp => Assert.Single(
            await sp.GetRequiredService<AuditDbContext>().Entries.Where(e => e.ModuleId == "nazorg" && e.Action == AccessAction.Verwijderen).ToListAsync(),
            e => e.Subject.StartsWith("bewaartermijn", StringComparison.Ordinal)));
    }
}
