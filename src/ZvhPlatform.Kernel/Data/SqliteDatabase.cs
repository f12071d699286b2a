using Microsoft.EntityFrameworkCore;

namespace ZvhPlatform.Kernel.Data;

/// <summary>Settings of the embedded SQLite database that live in the database file; each does nothing on other providers.</summary>
public static class SqliteDatabase
{
    /// <summary>Whether the context runs on SQLite, for the few places where the fastest query shape differs per engine.</summary>
    public static bool Is(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite";
    }

    /// <summary>
    /// SQLite chooses indexes from statistics that only ANALYZE gathers; without them it guesses, and it guessed the
    /// surname index for a BSN lookup and the region index for a case's actions (full scans, bench/README.md).
    /// ANALYZE with a row limit gathers them in milliseconds, even on large files (analysis_limit bounds the rows read
    /// per index). Every region shares the tables, so the statistics describe all regions together.
    /// </summary>
    public static Task RefreshStatisticsAsync(DbContext db, CancellationToken cancellationToken = default) =>
        ExecuteOnSqliteAsync(db, "PRAGMA analysis_limit=1000; ANALYZE;", cancellationToken);

    /// <summary>
    /// Whether SQLite has planner statistics at all (true on other providers). Start-up gathers them only when they are
    /// missing or a migration was just applied: even with the row limit, ANALYZE of a national-size file (24 GB) takes
    /// 20 s warm and over a minute cold, and the nightly job keeps them current.
    /// </summary>
    public static async Task<bool> HasStatisticsAsync(DbContext db, CancellationToken cancellationToken = default)
    {
        if (!Is(db))
        {
            return true;
        }

        var tables = await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'")
            .SingleAsync(cancellationToken);
        return tables > 0 && await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM sqlite_stat1").SingleAsync(cancellationToken) > 0;
    }

    /// <summary>
    /// The default rollback journal makes every reader wait while a writer commits and costs a commit three flushes
    /// (journal, database, journal deleted). In write-ahead-log mode readers never wait for the writer and a commit is
    /// one flush of the log, with the same durability (synchronous stays FULL: a committed access-log line survives a
    /// power cut). The mode is stored in the file, so once per database is enough (docs/adr/0011). An in-memory
    /// database answers "memory" and stays as it is.
    /// </summary>
    public static Task UseWriteAheadLogAsync(DbContext db, CancellationToken cancellationToken = default) =>
        ExecuteOnSqliteAsync(db, "PRAGMA journal_mode=WAL;", cancellationToken);

    private static async Task ExecuteOnSqliteAsync(DbContext db, string sql, CancellationToken cancellationToken)
    {
        if (Is(db))
        {
            await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
        }
    }
}
