using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ZvhPlatform.Core.Data;
using ZvhPlatform.IntegrationTests.Kernel;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Tenancy;
using ZvhPlatform.Testing;

namespace ZvhPlatform.IntegrationTests.Data;

/// <summary>
/// On PostgreSQL the platform's contexts prepare the statements they repeat (ADR 16), unless the operator's connection
/// string says otherwise; and a prepared statement still answers for the region of the scope that runs it.
/// </summary>
public sealed class PostgreSqlPreparationTests
{
    [Fact]
    public void Automatic_preparation_is_switched_on_unless_the_connection_string_sets_it()
    {
        var plain = new NpgsqlConnectionStringBuilder(PostgreSqlConnectionString.WithPlatformDefaults("Host=db;Database=zvh;Username=zvh"));
        Assert.Equal(PostgreSqlConnectionString.MaxAutoPrepare, plain.MaxAutoPrepare);
        Assert.Equal("db", plain.Host);

        var off = new NpgsqlConnectionStringBuilder(PostgreSqlConnectionString.WithPlatformDefaults("Host=db;Database=zvh;Max Auto Prepare=0"));
        Assert.Equal(0, off.MaxAutoPrepare);
        var own = new NpgsqlConnectionStringBuilder(PostgreSqlConnectionString.WithPlatformDefaults("Host=db;Database=zvh;maxautoprepare=12"));
        Assert.Equal(12, own.MaxAutoPrepare);
    }

    [Fact]
    public async Task A_statement_the_context_repeats_is_prepared_once_and_still_reads_the_scopes_own_region()
    {
        using var host = new ZvhTestHost(DatabaseProvider.PostgreSql);
        var utrecht = await RegionScopes.ByKeyAsync(host.Services, "utrecht");
        var drenthe = await RegionScopes.ByKeyAsync(host.Services, "drenthe");

        await using (var scope = RegionScopes.InRegion(host.Services, utrecht))
        {
            var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
            await db.Database.OpenConnectionAsync();
            var before = await PreparedAsync(db);
            for (var i = 0; i < 6; i++)
            {
                Assert.Empty(await db.Casussen.AsNoTracking().Where(c => c.Kenmerk == "ZVH-" + i).ToListAsync());
            }

            // Npgsql prepares after the fifth use on a connection; the statement stays prepared when the connection
            // goes back to the pool, which is where the saving comes from.
            Assert.Equal(before + 1, await PreparedAsync(db));
            await db.Database.CloseConnectionAsync();
        }

        // The region is a parameter of the prepared statement, not part of it: each scope still sees its own rows.
        await AddCaseAsync(host, utrecht, "U-PREP");
        await AddCaseAsync(host, drenthe, "D-PREP");
        foreach (var (region, expected) in new[] { (utrecht, "U-PREP"), (drenthe, "D-PREP"), (utrecht, "U-PREP") })
        {
            await using var scope = RegionScopes.InRegion(host.Services, region);
            var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
            for (var i = 0; i < 6; i++)
            {
                Assert.Equal([expected], await db.Casussen.AsNoTracking().OrderBy(c => c.Kenmerk).Select(c => c.Kenmerk).ToListAsync());
            }
        }
    }

    private static async Task<int> PreparedAsync(DbContext db) =>
        await db.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM pg_prepared_statements WHERE NOT from_sql").SingleAsync();

    private static async Task AddCaseAsync(ZvhTestHost host, RegionInfo region, string kenmerk)
    {
        await using var scope = RegionScopes.InRegion(host.Services, region);
        var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
        db.Casussen.Add(new Core.Casework.Casus
        {
            Kenmerk = kenmerk, ModuleId = "coveca", HoofdpersoonId = Guid.NewGuid(), Doel = "Procesregie", Grondslag = "art. 6 lid 1 sub e AVG; WGS",
            GeopendOp = new DateOnly(2026, 3, 2), Status = Core.Contracts.Casework.CasusStatus.InRegie,
        });
        await db.SaveChangesAsync();
    }
}
