using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ZvhPlatform.Kernel.Data;

/// <summary>
/// SQLite only: folds the region filter's <c>(@CrossRegion OR "x"."RegionId" = @CurrentRegionId)</c> into
/// <c>"x"."RegionId" = @CurrentRegionId</c> (or <c>1</c> in a cross-region scope) before the statement runs.
/// SQLite plans a statement without looking at parameter values, and with the OR in place it cannot use
/// any <c>(RegionId, ...)</c> index, so every region-filtered query scanned its table (bench/README.md).
/// PostgreSQL folds the parameter itself when it plans. The rewrite uses the parameter's actual value, so
/// the result is exactly what the unrewritten statement returns.
/// </summary>
public sealed partial class RegionFilterSqlInterceptor : DbCommandInterceptor
{
    /// <summary>The one instance (stateless).</summary>
    public static readonly RegionFilterSqlInterceptor Instance = new();

    private RegionFilterSqlInterceptor()
    {
    }

    /// <inheritdoc />
    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Fold(command);
        return result;
    }

    /// <inheritdoc />
    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Fold(command);
        return ValueTask.FromResult(result);
    }

    /// <inheritdoc />
    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Fold(command);
        return result;
    }

    /// <inheritdoc />
    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Fold(command);
        return ValueTask.FromResult(result);
    }

    /// <inheritdoc />
    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Fold(command);
        return result;
    }

    /// <inheritdoc />
    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Fold(command);
        return ValueTask.FromResult(result);
    }

    /// <summary>Rewrites the filter in the command text; leaves anything it does not recognise untouched.</summary>
    public static void Fold(DbCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var text = command.CommandText;
        if (!text.Contains("ef_filter__CrossRegion", StringComparison.Ordinal))
        {
            return;
        }

        command.CommandText = FilterPattern().Replace(text, match =>
        {
            var name = "@" + match.Groups["cross"].Value;
            if (!command.Parameters.Contains(name))
            {
                return match.Value;
            }

            return command.Parameters[name].Value switch
            {
                false or 0 or 0L => $"{match.Groups["column"].Value} = @{match.Groups["region"].Value}",
                true or 1 or 1L => "1",
                _ => match.Value,
            };
        });
    }

    [GeneratedRegex("""\(@(?<cross>ef_filter__CrossRegion\d*) OR (?<column>(?:"\w+"\.)?"RegionId") = @(?<region>ef_filter__CurrentRegionId\d*)\)""")]
    private static partial Regex FilterPattern();
}
