using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ZvhPlatform.Web.Hosting;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Testing;

namespace ZvhPlatform.IntegrationTests.Kernel;

/// <summary>Start-up gathers SQLite's planner statistics when there are none; the nightly job gives SQLite's planner statistics again, also when they are gone (e.g. a database that filled up after start-up).</summary>
public sealed class PlannerStatisticsJobTests
{
    [Fact]
    public async Task The_job_writes_the_planner_statistics_of_the_sqlite_database_again()
    {
        using var host = new ZvhTestHost();
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        await db.Database.ExecuteSqlRawAsync("DELETE FROM sqlite_stat1;");
        Assert.Equal(0, await StatisticsRowsAsync(db));

        await scope.ServiceProvider.GetRequiredService<PlannerStatisticsJob>().RefreshAsync(CancellationToken.None);

        Assert.True(await StatisticsRowsAsync(db) > 0);
    }

    [Fact]
    public async Task Start_up_gathers_the_statistics_when_they_are_missing_and_leaves_existing_ones_alone()
    {
        using var host = new ZvhTestHost();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Zvh:SeedDemo"] = "false" }).Build();
        var environment = host.Services.GetRequiredService<IHostEnvironment>();
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        await db.Database.ExecuteSqlRawAsync("DELETE FROM sqlite_stat1;");

        await StartupTasks.PrepareDatabaseAsync(host.Services, configuration, environment);
        Assert.True(await StatisticsRowsAsync(db) > 0);

        // A value ANALYZE would never write: it survives a start-up that finds statistics and no migration to apply.
        await db.Database.ExecuteSqlRawAsync("UPDATE sqlite_stat1 SET stat = '424242 1' WHERE rowid = (SELECT MIN(rowid) FROM sqlite_stat1);");
        await StartupTasks.PrepareDatabaseAsync(host.Services, configuration, environment);
        Assert.Equal(1, await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM sqlite_stat1 WHERE stat = '424242 1'").SingleAsync());
    }

    private static async Task<int> StatisticsRowsAsync(CoreDbContext db) =>
        await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM sqlite_stat1").SingleAsync();
}
