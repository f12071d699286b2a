using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Features.Privacy;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Tenancy;
using ZvhPlatform.Testing;

namespace ZvhPlatform.IntegrationTests.Privacy;

/// <summary>
/// Appends that arrive together are written together (one commit for the lines queued behind a write); the chain
/// must come out exactly as if they had been written one by one: every line once, consecutive, each hash on the last.
/// </summary>
public sealed class AccessLogAppendTests
{
    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Concurrent_appends_each_land_once_in_an_intact_chain_with_their_persons(DatabaseProvider provider)
    {
        using var host = new ZvhTestHost(provider);
        using var other = new ZvhTestHost(provider); // same region ids in another database: nothing may cross over
        const int Appends = 40;
        var persons = Enumerable.Range(0, Appends).Select(_ => Guid.NewGuid()).ToList();
        var before = await CountAsync(host);
        var otherBefore = await CountAsync(other);

        await Task.WhenAll(Enumerable.Range(0, Appends).Select(async i =>
        {
            await Task.Yield();
            var target = i % 4 == 3 ? other : host;
            await using var scope = target.Services.CreateAsyncScope();
            var region = await scope.ServiceProvider.GetRequiredService<IRegionStore>().FindByKeyAsync("utrecht");
            scope.ServiceProvider.GetRequiredService<IRegionContextSetter>().SetRegion(region!, "test");
            await scope.ServiceProvider.GetRequiredService<IAccessLog>().RecordAsync(
                new AccessRecord(AccessAction.Inzien, "Procesregie", [persons[i], persons[i]], null, "core", "toegestaan", false, $"gelijktijdig {i}"),
                CancellationToken.None);
        }));

        foreach (var (target, expected, start) in new[] { (host, 30, before), (other, 10, otherBefore) })
        {
            await using var scope = target.Services.CreateAsyncScope();
            var region = await scope.ServiceProvider.GetRequiredService<IRegionStore>().FindByKeyAsync("utrecht");
            scope.ServiceProvider.GetRequiredService<IRegionContextSetter>().SetRegion(region!, "test");
            var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
            var verification = await new VerifyAccessLogHandler(db).Handle(new VerifyAccessLog(), CancellationToken.None);
            Assert.True(verification.Intact, verification.Problem);
            Assert.Equal(start + expected, verification.EntriesChecked);

            var lines = await db.Entries.AsNoTracking().Include(e => e.Persons).Where(e => e.Subject.StartsWith("gelijktijdig ")).ToListAsync();
            Assert.Equal(expected, lines.Count);
            Assert.Equal(expected, lines.Select(l => l.Subject).Distinct().Count());
            foreach (var line in lines)
            {
                var i = int.Parse(line.Subject["gelijktijdig ".Length..], System.Globalization.CultureInfo.InvariantCulture);
                Assert.Equal(target == other, i % 4 == 3);
                Assert.Equal([persons[i]], line.Persons.Select(p => p.PersonId));
            }
        }
    }

    private static async Task<long> CountAsync(ZvhTestHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var region = await scope.ServiceProvider.GetRequiredService<IRegionStore>().FindByKeyAsync("utrecht");
        scope.ServiceProvider.GetRequiredService<IRegionContextSetter>().SetRegion(region!, "test");
        return await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Entries.LongCountAsync();
    }
}
