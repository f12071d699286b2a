using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Kernel.Data;

namespace ZvhPlatform.Core.Data;

/// <summary>
/// SQLite only: refreshes the planner statistics every night. Start-up and <c>generate-data</c> refresh them too, but a
/// database that fills up while the platform runs would otherwise keep the statistics of an almost empty one until the
/// next restart, and SQLite then guesses indexes (a region index for a case's actions: a scan of the region).
/// PostgreSQL and SQL Server keep their own statistics; the job is scheduled on SQLite only.
/// </summary>
public sealed class PlannerStatisticsJob(IServiceScopeFactory scopes)
{
    /// <summary>Hangfire's entry point.</summary>
    [Hangfire.DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await SqliteDatabase.RefreshStatisticsAsync(scope.ServiceProvider.GetRequiredService<CoreDbContext>(), cancellationToken);
    }
}
