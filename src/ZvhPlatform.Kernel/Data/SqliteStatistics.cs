using Microsoft.EntityFrameworkCore;

namespace ZvhPlatform.Kernel.Data;

/// <summary>
/// SQLite chooses indexes from statistics that only ANALYZE gathers; without them it guesses, and it guessed the
/// surname index for a BSN lookup and the region index for a case's actions (full scans, bench/README.md).
/// ANALYZE with a row limit gathers them in milliseconds, even on
/// large files (analysis_limit bounds the rows read per index). Every region shares the tables, so the statistics
/// describe all regions together.
/// </summary>
public static class SqliteStatistics
{
    /// <summary>Refreshes the planner statistics when the context runs on SQLite; does nothing on other providers.</summary>
    public static async Task RefreshAsync(DbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.ProviderName != "Microsoft.EntityFrameworkCore.Sqlite")
        {
            return;
        }

        await db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit=1000; ANALYZE;", cancellationToken);
    }
}
