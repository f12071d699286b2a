using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Testing;

namespace ZvhPlatform.IntegrationTests.Kernel;

/// <summary>The nightly job gives SQLite's planner statistics again, also when they are gone (e.g. a database that filled up after start-up).</summary>
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

    private static async Task<int> StatisticsRowsAsync(CoreDbContext db) =>
        await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM sqlite_stat1").SingleAsync();
}
