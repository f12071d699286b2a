using Microsoft.Data.Sqlite;
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

        var regions = (long)(await ScalarAsync(writer, "SELECT count(*) FROM core_Regions;"))!;
        Assert.True(regions > 0);
        await using var transaction = (SqliteTransaction)await writer.BeginTransactionAsync();
        await using (var update = writer.CreateCommand())
        {
            update.Transaction = transaction;
            update.CommandText = "UPDATE core_Regions SET Name = Name || ' (gewijzigd)';";
            Assert.Equal(regions, await update.ExecuteNonQueryAsync());
        }

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

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
