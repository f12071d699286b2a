using Microsoft.EntityFrameworkCore;

namespace ZvhPlatform.Kernel.Data;

/// <summary>
/// SQLite's default rollback journal makes every reader wait while a writer commits and costs a commit three flushes
/// (journal, database, journal deleted). In write-ahead-log mode readers never wait for the writer and a commit is one
/// flush of the log, with the same durability (synchronous stays FULL: a committed access-log line survives a power
/// cut). The mode is stored in the database file, so setting it once per database is enough (docs/adr/0011).
/// </summary>
public static class SqliteJournal
{
    /// <summary>Switches the context's SQLite database to write-ahead logging; does nothing on other providers.</summary>
    public static async Task UseWriteAheadLogAsync(DbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.ProviderName != "Microsoft.EntityFrameworkCore.Sqlite")
        {
            return;
        }

        // An in-memory database answers "memory" and stays as it is.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }
}
