using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ZvhPlatform.Kernel.Data;

/// <summary>
/// SQLite only: lets a connection that finds the database locked by another writer wait for the lock inside SQLite
/// instead of getting SQLITE_BUSY at once, and try again every millisecond while it waits.
/// <para>
/// Without a handler, Microsoft.Data.Sqlite answers SQLITE_BUSY by sleeping 150 ms and trying again. SQLite's own
/// handler (<c>PRAGMA busy_timeout</c>) backs off: it tries after 1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50, 100 ms
/// and does not wake when the lock frees, so under a queue of writers (16 coordinators saving, each save also
/// committing its access-log line) the unlucky one sleeps through the long steps while newcomers polling at 1 ms take
/// the lock before it: the action save's p99 of 300 ms and more in the page benchmark, while a write holds the lock
/// for about a millisecond. Trying every millisecond keeps every waiter in the race on equal terms. The overall
/// limit is the same as before (<see cref="BusyTimeoutMilliseconds"/>); after it the driver's own retry loop takes
/// over until the command timeout.
/// </para>
/// </summary>
public sealed class SqliteBusyTimeoutInterceptor : DbConnectionInterceptor
{
    /// <summary>The one instance (its only state is which pooled native connections already have the handler).</summary>
    public static readonly SqliteBusyTimeoutInterceptor Instance = new();

    /// <summary>How long SQLite waits for a lock before the driver's own retry loop takes over.</summary>
    public const int BusyTimeoutMilliseconds = 5000;

    // Kept in a static field: SQLite holds the function pointer for as long as the native connection lives.
    private static readonly NativeMethods.BusyHandler Handler = OnBusy;

    // The handler belongs to the native connection, which the driver pools: set it once per native connection.
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

    /// <summary>
    /// SQLite calls this each time it finds the lock taken; <paramref name="attempt"/> counts from 0 for one wait.
    /// Non-zero: sleep was done, try again; zero: give up and return SQLITE_BUSY.
    /// </summary>
    internal static int OnBusy(IntPtr state, int attempt)
    {
        // A millisecond's sleep lasts at least a millisecond, so the attempts bound the wait from below.
        if (attempt >= BusyTimeoutMilliseconds)
        {
            return 0;
        }

        Thread.Sleep(1);
        return 1;
    }

    private void Configure(DbConnection connection)
    {
        if (connection is not SqliteConnection sqlite || sqlite.Handle is not { } handle || _configured.TryGetValue(handle, out _))
        {
            return;
        }

        var result = NativeMethods.sqlite3_busy_handler(handle.DangerousGetHandle(), Handler, IntPtr.Zero);
        if (result != 0)
        {
            throw new InvalidOperationException($"SQLite weigerde de wachtroutine voor vergrendelingen (code {result}).");
        }

        _configured.AddOrUpdate(handle, true);
    }

    private static class NativeMethods
    {
        [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
        internal delegate int BusyHandler(IntPtr state, int attempt);

        // The native library Microsoft.Data.Sqlite itself loads (SQLitePCLRaw's bundle); its managed wrapper has no
        // busy-handler call.
        [DllImport("e_sqlite3", CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int sqlite3_busy_handler(IntPtr db, BusyHandler handler, IntPtr state);
    }
}
