using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Testing;

namespace ZvhPlatform.IntegrationTests.Data;

/// <summary>
/// The embedded SQLite database runs in write-ahead-log mode once migrated, so a page that only reads is never held up
/// by a background job (an import, the retention job) that is in the middle of writing.
/// </summary>
public sealed class SqliteJournalTests
{
    [Fact]
    public async Task A_migrated_database_uses_the_write_ahead_log_and_a_reader_sees_the_last_commit_while_a_writer_holds_its_transaction()
    {
        using var host = new ZvhTestHost(DatabaseProvider.Sqlite);
        _ = host.Services;

        await using var writer = new SqliteConnection(host.Database.ConnectionString);
        await writer.OpenAsync();
        Assert.Equal("wal", await ScalarAsync(writer, "PRAGMA journal_mode;"));
        Assert.Equal(2L, await ScalarAsync(writer, "PRAGMA synchronous;"));

        var (transaction, regions) = await RenameEveryRegionUncommittedAsync(writer, " (gewijzigd)");
        await using var openTransaction = transaction;
        Assert.True(regions > 0);

        // Under the rollback journal this read would wait for the writer; with the log it answers at once from the last commit.
        await using var reader = new SqliteConnection(host.Database.ConnectionString + ";Default Timeout=1");
        await reader.OpenAsync();
        await using (var busy = reader.CreateCommand())
        {
            busy.CommandText = "PRAGMA busy_timeout = 0;";
            await busy.ExecuteNonQueryAsync();
        }

        Assert.Equal(0L, await ScalarAsync(reader, "SELECT count(*) FROM core_Regions WHERE Name LIKE '% (gewijzigd)';"));
        await transaction.RollbackAsync();
    }

    [Fact]
    public async Task A_writer_that_finds_the_database_locked_waits_inside_SQLite_past_the_command_timeout_and_saves_once_the_other_commits()
    {
        using var host = new ZvhTestHost(DatabaseProvider.Sqlite);
        _ = host.Services;

        await using var holder = new SqliteConnection(host.Database.ConnectionString);
        await holder.OpenAsync();
        var (transaction, regions) = await RenameEveryRegionUncommittedAsync(holder, " (eerste)");
        await using var openTransaction = transaction;

        // A context configured as every module's: the interceptor gives its connection the busy handler.
        var options = new DbContextOptionsBuilder<DbContext>()
            .UseZvhDatabase(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = host.Database.ConnectionString }, "core")
            .Options;
        await using var db = new DbContext(options);
        db.Database.SetCommandTimeout(1);
        await db.Database.OpenConnectionAsync();
        // Microsoft.Data.Sqlite's retry runs synchronously inside the call; on its own it would give up after the
        // one-second command timeout with SQLITE_BUSY, long before the holder commits.
        var second = Task.Run(() => db.Database.ExecuteSqlRaw("UPDATE core_Regions SET Name = Name || ' (tweede)';"));
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        Assert.False(second.IsCompleted, "de tweede schrijver wachtte niet op de vergrendeling");

        await transaction.CommitAsync();
        Assert.Equal(regions, await second);
        Assert.Equal(regions, await ScalarAsync(holder, "SELECT count(*) FROM core_Regions WHERE Name LIKE '% (eerste) (tweede)';"));
    }

    [Fact]
    public void The_busy_handler_tries_again_until_the_busy_timeout_and_then_gives_up()
    {
        Assert.Equal(1, SqliteBusyTimeoutInterceptor.OnBusy(IntPtr.Zero, 0));
        Assert.Equal(1, SqliteBusyTimeoutInterceptor.OnBusy(IntPtr.Zero, SqliteBusyTimeoutInterceptor.BusyTimeoutMilliseconds - 1));
        Assert.Equal(0, SqliteBusyTimeoutInterceptor.OnBusy(IntPtr.Zero, SqliteBusyTimeoutInterceptor.BusyTimeoutMilliseconds));
    }

    /// <summary>Appends a suffix to every region's name in a transaction left open (the write lock held); returns it and the count.</summary>
    private static async Task<(SqliteTransaction Transaction, long Regions)> RenameEveryRegionUncommittedAsync(SqliteConnection connection, string suffix)
    {
        var regions = (long)(await ScalarAsync(connection, "SELECT count(*) FROM core_Regions;"))!;
        var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = "UPDATE core_Regions SET Name = Name || $suffix;";
        update.Parameters.AddWithValue("$suffix", suffix);
        Assert.Equal(regions, await update.ExecuteNonQueryAsync());
        return (transaction, regions);
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
