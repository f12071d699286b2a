using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Regions;
using ZvhPlatform.IntegrationTests.Kernel;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Tenancy;
using ZvhPlatform.Testing;

namespace ZvhPlatform.IntegrationTests.Data;

/// <summary>
/// A unit of work set to one region can only see and write that region's rows, whatever the
/// code in it asks for.
/// </summary>
public sealed class RegionWriteGuardTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_new_row_is_stamped_with_the_region_of_the_unit_of_work_and_only_that_region_sees_it(DatabaseProvider provider)
    {
        using var host = new ZvhTestHost(provider, TestClock.Now);
        var utrecht = await RegionScopes.ByKeyAsync(host.Services, "utrecht");
        var drenthe = await RegionScopes.ByKeyAsync(host.Services, "drenthe");
        var district = new District { Name = "Noordwest" };

        await using (var scope = RegionScopes.InRegion(host.Services, utrecht))
        {
            var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
            db.Districts.Add(district);
            await db.SaveChangesAsync();
        }

        Assert.Equal(utrecht.Id, district.RegionId);
        Assert.Equal(utrecht.Id, await RegionOfDistrictAsync(host, district.Id));
        await using (var scope = RegionScopes.InRegion(host.Services, utrecht))
        {
            Assert.NotNull(await scope.ServiceProvider.GetRequiredService<CoreDbContext>().Districts.FindAsync(district.Id));
        }

        await using (var scope = RegionScopes.InRegion(host.Services, drenthe))
        {
            var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
            Assert.Null(await db.Districts.FindAsync(district.Id));
            Assert.DoesNotContain(await db.Districts.Select(d => d.Name).ToListAsync(), n => n == "Noordwest");
        }
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Saving_a_row_of_another_region_is_refused_and_writes_nothing(DatabaseProvider provider)
    {
        using var host = new ZvhTestHost(provider, TestClock.Now);
        var utrecht = await RegionScopes.ByKeyAsync(host.Services, "utrecht");
        var drenthe = await RegionScopes.ByKeyAsync(host.Services, "drenthe");
        var foreign = new District { Name = "Ingeschoven", RegionId = drenthe.Id };
        var ownInSameSave = new District { Name = "Eigen" };

        await using (var scope = RegionScopes.InRegion(host.Services, utrecht))
        {
            var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
            db.Districts.AddRange(ownInSameSave, foreign);
            await Assert.ThrowsAsync<RegionWriteViolationException>(() => db.SaveChangesAsync());
        }

        Assert.Null(await RegionOfDistrictAsync(host, foreign.Id));
        Assert.Null(await RegionOfDistrictAsync(host, ownInSameSave.Id));

        // Deleting or editing another region's row (obtained elsewhere and attached) is refused as well.
        var drentheGemeente = await CrossRegionAsync(host, db => db.Gemeenten.AsNoTracking().FirstAsync(g => g.RegionId == drenthe.Id));
        var originalName = drentheGemeente.Name;
        await using (var scope = RegionScopes.InRegion(host.Services, utrecht))
        {
            var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
            db.Gemeenten.Remove(drentheGemeente);
            await Assert.ThrowsAsync<RegionWriteViolationException>(() => db.SaveChangesAsync());
        }

        await using (var scope = RegionScopes.InRegion(host.Services, utrecht))
        {
            var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
            db.Gemeenten.Attach(drentheGemeente).Property(g => g.Name).CurrentValue = "Overgenomen";
            await Assert.ThrowsAsync<RegionWriteViolationException>(() => db.SaveChangesAsync());
        }

        var stored = await CrossRegionAsync(host, db => db.Gemeenten.AsNoTracking().SingleAsync(g => g.Id == drentheGemeente.Id));
        Assert.Equal(originalName, stored.Name);
        Assert.NotEqual("Overgenomen", stored.Name);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Moving_a_row_to_another_region_is_refused_even_in_a_cross_region_scope(DatabaseProvider provider)
    {
        using var host = new ZvhTestHost(provider, TestClock.Now);
        var utrecht = await RegionScopes.ByKeyAsync(host.Services, "utrecht");
        var drenthe = await RegionScopes.ByKeyAsync(host.Services, "drenthe");
        Guid districtId;

        await using (var scope = RegionScopes.InRegion(host.Services, utrecht))
        {
            var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
            var district = await db.Districts.FirstAsync();
            districtId = district.Id;
            district.RegionId = drenthe.Id;
            await Assert.ThrowsAsync<RegionWriteViolationException>(() => db.SaveChangesAsync());
        }

        await using (var scope = host.Services.CreateAsyncScope())
        {
            using var cross = scope.ServiceProvider.GetRequiredService<IRegionContextSetter>().BeginCrossRegionScope("test");
            var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
            var district = await db.Districts.SingleAsync(d => d.Id == districtId);
            district.RegionId = drenthe.Id;
            var refused = await Assert.ThrowsAsync<RegionWriteViolationException>(() => db.SaveChangesAsync());
            Assert.Contains("cannot change", refused.Message, StringComparison.Ordinal);
        }

        Assert.Equal(utrecht.Id, await RegionOfDistrictAsync(host, districtId));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Reading_as_one_region_never_returns_rows_of_another_region_even_when_asked_for_them(DatabaseProvider provider)
    {
        using var host = new ZvhTestHost(provider, TestClock.Now);
        var utrecht = await RegionScopes.ByKeyAsync(host.Services, "utrecht");
        var drenthe = await RegionScopes.ByKeyAsync(host.Services, "drenthe");
        var drentheGemeente = await CrossRegionAsync(host, db => db.Gemeenten.AsNoTracking().FirstAsync(g => g.RegionId == drenthe.Id));

        await using (var scope = RegionScopes.InRegion(host.Services, utrecht))
        {
            var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
            var gemeenten = await db.Gemeenten.ToListAsync();
            Assert.Equal(26, gemeenten.Count);
            Assert.All(gemeenten, g => Assert.Equal(utrecht.Id, g.RegionId));
            Assert.Empty(await db.Gemeenten.Where(g => g.RegionId == drenthe.Id).ToListAsync());
            Assert.Null(await db.Gemeenten.FindAsync(drentheGemeente.Id));
            Assert.All(await db.Contracts.ToListAsync(), c => Assert.Equal(utrecht.Id, c.RegionId));
        }

        await using (var scope = RegionScopes.InRegion(host.Services, drenthe))
        {
            Assert.Equal(12, await scope.ServiceProvider.GetRequiredService<CoreDbContext>().Gemeenten.CountAsync());
        }

        // Outside any region (and outside an explicit cross-region scope) nothing is visible and nothing can be added.
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
            Assert.Equal(0, await db.Gemeenten.CountAsync());
            db.Districts.Add(new District { Name = "Zwevend" });
            await Assert.ThrowsAsync<RegionWriteViolationException>(() => db.SaveChangesAsync());
        }
    }

    private static async Task<T> CrossRegionAsync<T>(ZvhTestHost host, Func<CoreDbContext, Task<T>> read)
    {
        await using var scope = host.Services.CreateAsyncScope();
        using var cross = scope.ServiceProvider.GetRequiredService<IRegionContextSetter>().BeginCrossRegionScope("test: verify");
        return await read(scope.ServiceProvider.GetRequiredService<CoreDbContext>());
    }

    private static Task<Guid?> RegionOfDistrictAsync(ZvhTestHost host, Guid id) =>
        CrossRegionAsync(host, db => db.Districts.IgnoreQueryFilters([ModuleDbContext.RegionFilter]).AsNoTracking()
            .Where(d => d.Id == id).Select(d => (Guid?)d.RegionId).SingleOrDefaultAsync());
}
