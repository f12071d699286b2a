using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace ZvhPlatform.Core.Synthetic;

/// <summary>
/// Writes many rows of one entity type straight into its table, bypassing change tracking:
/// binary COPY on PostgreSQL, SqlBulkCopy on SQL Server, prepared INSERTs in large transactions
/// on SQLite. Table, columns and value conversions come from the context's EF model, so the rows
/// are exactly what the app itself would write (enum-as-string, GUID and date formats per provider).
/// </summary>
internal static class BulkWriter
{
    public static async Task<int> WriteAsync<T>(DbContext db, IEnumerable<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in {db.GetType().Name}.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties()
            .Where(p => p.GetColumnName(table) is not null && p.GetComputedColumnSql() is null && !p.IsShadowProperty())
            .Select(p => new Column(p.GetColumnName(table)!, p, p.GetRelationalTypeMapping(), p.GetGetter()))
            .ToArray();
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        return connection switch
        {
            NpgsqlConnection npgsql => await CopyAsync(npgsql, table, columns, rows, cancellationToken),
            SqlConnection sql => await SqlBulkCopyAsync(sql, table, columns, rows, cancellationToken),
            _ => await InsertAsync(connection, table, columns, rows, cancellationToken),
        };
    }

    private static async Task<int> CopyAsync<T>(NpgsqlConnection connection, StoreObjectIdentifier table, Column[] columns, IEnumerable<T> rows,
        CancellationToken cancellationToken)
        where T : class
    {
        var target = $"\"{table.Schema}\".\"{table.Name}\"";
        var copy = $"COPY {target} ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)";
        var count = 0;
        await using (var importer = await connection.BeginBinaryImportAsync(copy, cancellationToken))
        {
            foreach (var row in rows)
            {
                await importer.StartRowAsync(cancellationToken);
                foreach (var column in columns)
                {
                    var value = column.ProviderValue(row);
                    if (value is null)
                    {
                        await importer.WriteNullAsync(cancellationToken);
                    }
                    else
                    {
                        await importer.WriteAsync(value, StoreTypeWithoutLength(column.Mapping.StoreType), cancellationToken);
                    }
                }

                count++;
            }

            await importer.CompleteAsync(cancellationToken);
        }

        return count;
    }

    private static async Task<int> SqlBulkCopyAsync<T>(SqlConnection connection, StoreObjectIdentifier table, Column[] columns, IEnumerable<T> rows,
        CancellationToken cancellationToken)
        where T : class
    {
        using var data = new System.Data.DataTable();
        foreach (var column in columns)
        {
            var type = Nullable.GetUnderlyingType(column.Mapping.Converter?.ProviderClrType ?? column.Mapping.ClrType)
                       ?? column.Mapping.Converter?.ProviderClrType ?? column.Mapping.ClrType;
            data.Columns.Add(column.Name, type == typeof(DateOnly) ? typeof(DateTime) : type);
        }

        var count = 0;
        foreach (var row in rows)
        {
            data.Rows.Add(columns.Select(c => c.ProviderValue(row) switch
            {
                null => DBNull.Value,
                DateOnly d => d.ToDateTime(TimeOnly.MinValue),
                var v => v,
            }).ToArray());
            count++;
        }

        using var bulk = new SqlBulkCopy(connection, SqlBulkCopyOptions.KeepIdentity, null)
        {
            DestinationTableName = $"[{table.Schema}].[{table.Name}]", BatchSize = 10_000, BulkCopyTimeout = 0,
        };
        foreach (var column in columns)
        {
            bulk.ColumnMappings.Add(column.Name, column.Name);
        }

        await bulk.WriteToServerAsync(data, cancellationToken);
        return count;
    }

    private static async Task<int> InsertAsync<T>(DbConnection connection, StoreObjectIdentifier table, Column[] columns, IEnumerable<T> rows,
        CancellationToken cancellationToken)
        where T : class
    {
        const int RowsPerTransaction = 20_000;
        var sql = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        var count = 0;
        using var enumerator = rows.GetEnumerator();
        var more = enumerator.MoveNext();
        while (more)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            var inBatch = 0;
            while (more && inBatch < RowsPerTransaction)
            {
                command.Parameters.Clear();
                for (var i = 0; i < columns.Length; i++)
                {
                    // The type mapping builds the parameter exactly as EF would (converters, GUID/date text formats).
                    command.Parameters.Add(columns[i].Mapping.CreateParameter(command, $"@p{i}", columns[i].Getter.GetClrValue(enumerator.Current),
                        columns[i].Property.IsNullable));
                }

                await command.ExecuteNonQueryAsync(cancellationToken);
                inBatch++;
                count++;
                more = enumerator.MoveNext();
            }

            await transaction.CommitAsync(cancellationToken);
        }

        return count;
    }

    private static string StoreTypeWithoutLength(string storeType)
    {
        var paren = storeType.IndexOf('(', StringComparison.Ordinal);
        return paren < 0 ? storeType : storeType[..paren];
    }

    private sealed record Column(string Name, IProperty Property, RelationalTypeMapping Mapping, IClrPropertyGetter Getter)
    {
        public object? ProviderValue(object row)
        {
            var value = Getter.GetClrValue(row);
            return value is null || Mapping.Converter is null ? value : Mapping.Converter.ConvertToProvider(value);
        }
    }
}
