using System.Data.Common;
using System.Diagnostics;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using ZvhPlatform.Kernel.Data;

namespace ZvhPlatform.Bench.PersonSearch;

/// <summary>
/// Captures the SQL EF sends for the real search (through EF's DiagnosticListener, so the app is
/// not changed) and asks the database for the plans of that SQL and of the baseline's.
/// </summary>
internal sealed partial class QueryPlans : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly List<IDisposable> _subscriptions = [];
    private readonly object _gate = new();
    private List<(string Sql, List<(string Name, object Value)> Parameters)>? _captured;

    public QueryPlans() => _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));

    /// <summary>Runs <paramref name="action"/> and returns the person-search commands EF executed meanwhile.</summary>
    public async Task<IReadOnlyList<(string Sql, List<(string Name, object Value)> Parameters)>> CaptureAsync(Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        lock (_gate)
        {
            _captured = [];
        }

        await action();
        lock (_gate)
        {
            var result = _captured!;
            _captured = null;
            return result;
        }
    }

    /// <summary>The plan of a statement, one line per plan step.</summary>
    public static async Task<string> ExplainAsync(BaselineSearch baseline, DatabaseProvider provider, string sql, IEnumerable<(string Name, object Value)> parameters)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        await using var connection = await baseline.OpenAsync();
        var prefix = provider == DatabaseProvider.PostgreSql ? "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) " : "EXPLAIN QUERY PLAN ";
        await using var command = BaselineSearch.CreateCommand(connection, prefix + sql, parameters);
        await using var reader = await command.ExecuteReaderAsync();
        var text = new StringBuilder();
        while (await reader.ReadAsync())
        {
            // SQLite: (id, parent, notused, detail); PostgreSQL: one text column.
            text.AppendLine(provider == DatabaseProvider.PostgreSql ? reader.GetString(0) : reader.GetString(3));
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>Median milliseconds of running a statement (reading every row) on a pooled connection.</summary>
    public static async Task<double> TimeAsync(BaselineSearch baseline, string sql, IReadOnlyList<(string Name, object Value)> parameters, int runs = 21)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await using var connection = await baseline.OpenAsync();
            await using var command = BaselineSearch.CreateCommand(connection, sql, parameters);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
            }

            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        return Measurement.Median(times);
    }

    /// <summary>
    /// The region filter as it would read without its cross-region switch: the form in which the
    /// database can use the (RegionId, ...) indexes. Used to show what the switch costs.
    /// </summary>
    public static string WithoutCrossRegionSwitch(string sql) =>
        CrossRegionSwitch().Replace(sql, "$1");

    [System.Text.RegularExpressions.GeneratedRegex(@"\(@ef_filter__CrossRegion\w* OR (""\w+""\.""RegionId"" = @ef_filter__CurrentRegionId\w*)\)")]
    private static partial System.Text.RegularExpressions.Regex CrossRegionSwitch();

    public void OnNext(DiagnosticListener value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Name == DbLoggerCategory.Name)
        {
            _subscriptions.Add(value.Subscribe(this));
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key != RelationalEventId.CommandExecuting.Name || value.Value is not CommandEventData data)
        {
            return;
        }

        var sql = data.Command.CommandText;
        if (!sql.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) || !sql.Contains("Persons", StringComparison.Ordinal))
        {
            return;
        }

        var parameters = data.Command.Parameters.Cast<DbParameter>()
            .Select(p => (p.ParameterName.TrimStart('@', ':'), Value(p)))
            .ToList();
        lock (_gate)
        {
            _captured?.Add((sql, parameters));
        }
    }

    // Npgsql's typed parameters keep their value in TypedValue; EF's SQLite ones are already converted.
    private static object Value(DbParameter parameter) => parameter is NpgsqlParameter npgsql ? npgsql.Value ?? DBNull.Value : parameter.Value ?? DBNull.Value;

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        foreach (var subscription in _subscriptions)
        {
            subscription.Dispose();
        }
    }
}
