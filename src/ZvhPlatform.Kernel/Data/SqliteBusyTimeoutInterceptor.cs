using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ZvhPlatform.Kernel.Data;

/// <summary>
/// SQLite only: lets SQLite itself wait for a lock held by another connection (<c>PRAGMA busy_timeout</c>)
/// instead of returning SQLITE_BUSY at once. Microsoft.Data.Sqlite answers SQLITE_BUSY by sleeping 150 ms and
/// trying again, so two writers that met (a case save and its access-log append, or two saves) cost a waiting
/// user 150 ms or more each time: the action save's p99 in the page benchmark. SQLite's own handler retries after
/// 1, 2, 5, 10 ... ms. The overall limit is unchanged: after the busy timeout the driver's own retry loop takes
/// over until the command timeout, as before.
/// </summary>
public sealed class SqliteBusyTimeoutInterceptor : DbConnectionInterceptor
{
    /// <summary>The one instance (its only state is which pooled native connections already have the setting).</summary>
    public static readonly SqliteBusyTimeoutInterceptor Instance = new();

    /// <summary>How long SQLite waits for a lock before the driver's own retry loop takes over.</summary>
    public const int BusyTimeoutMilliseconds = 5000;

    // The setting belongs to the native connection, which the driver pools: set it once per native connection.
    private readonly ConditionalWeakTable<object, object> _configured = new();

    private SqliteBusyTimeoutInterceptor()
    {
    }

    /// <inheritdoc />
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Configure(connection);

    /// <inheritdoc />
    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Configure(connection);
        return Task.CompletedTask;
    }

    private void Configure(DbConnection connection)
    {
        if (connection is not SqliteConnection sqlite || sqlite.Handle is not { } handle || _configured.TryGetValue(handle, out _))
        {
            return;
        }

        using var command = sqlite.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds};";
        command.ExecuteNonQuery();
        _configured.AddOrUpdate(handle, true);
    }
}
