using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Data;
using ZvhPlatform.IntegrationTests.Kernel;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Testing;

namespace ZvhPlatform.IntegrationTests.Data;

/// <summary>
/// Module contexts come from a pool (ADR 14): the same instance serves one region's request and then another's,
/// so the region must be the scope's every time, and a context outside a scope must see and write nothing.
/// </summary>
public sealed class PooledContextTests
{
    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql };

    private static async Task<(Guid InstanceId, List<string> Kenmerken)> ReadAsync(ZvhTestHost host, string? region, Func<CaseworkDbContext, Task>? write = null)
    {
        await using var scope = region is null
            ? host.Services.CreateAsyncScope()
            : RegionScopes.InRegion(host.Services, await RegionScopes.ByKeyAsync(host.Services, region));

        var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
        if (write is not null)
        {
            await write(db);
        }

        var kenmerken = await db.Casussen.AsNoTracking().OrderBy(c => c.Kenmerk).Select(c => c.Kenmerk).ToListAsync();
        return (db.ContextId.InstanceId, kenmerken);
    }

    private static Func<CaseworkDbContext, Task> AddCase(string kenmerk) => async db =>
    {
        db.Casussen.Add(new Casus
        {
            Kenmerk = kenmerk, ModuleId = "coveca", HoofdpersoonId = Guid.NewGuid(), Doel = "Procesregie", Grondslag = "art. 6 lid 1 sub e AVG; WGS",
            GeopendOp = new DateOnly(2026, 3, 2), Status = CasusStatus.InRegie,
        });
        await db.SaveChangesAsync();
    };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_pooled_context_serves_each_scope_with_that_scopes_region_only(DatabaseProvider provider)
    {
        using var host = new ZvhTestHost(provider);

        var utrecht = await ReadAsync(host, "utrecht", AddCase("U-1"));
        var drenthe = await ReadAsync(host, "drenthe", AddCase("D-1"));
        var none = await ReadAsync(host, null);
        var utrechtAgain = await ReadAsync(host, "utrecht");

        // One instance, handed back and rented again: the pool is in use, and the region went with the scope.
        Assert.Equal(utrecht.InstanceId, drenthe.InstanceId);
        Assert.Equal(utrecht.InstanceId, none.InstanceId);
        Assert.Equal(["U-1"], utrecht.Kenmerken);
        Assert.Equal(["D-1"], drenthe.Kenmerken);
        Assert.Empty(none.Kenmerken);
        Assert.Equal(["U-1"], utrechtAgain.Kenmerken);
    }

    [Fact]
    public async Task A_context_rented_from_the_factory_outside_a_scope_reads_nothing_and_cannot_write()
    {
        using var host = new ZvhTestHost(DatabaseProvider.Sqlite);
        await ReadAsync(host, "utrecht", AddCase("U-1"));

        await using var loose = await host.Services.GetRequiredService<IDbContextFactory<CaseworkDbContext>>().CreateDbContextAsync();

        Assert.Equal(Guid.Empty, loose.CurrentRegionId);
        Assert.Empty(await loose.Casussen.AsNoTracking().ToListAsync());
        await Assert.ThrowsAsync<RegionWriteViolationException>(() => AddCase("X-1")(loose));
    }
}
