using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ZvhPlatform.Bench.Shared;

/// <summary>Provider differences the app's EF model hides: table names, GUID and date storage.</summary>
public sealed class Db(string provider, string connectionString)
{
    private readonly bool _sqlite = provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase);

    public string T(string schema, string table) => _sqlite ? $"\"{schema}_{table}\"" : $"\"{schema}\".\"{table}\"";

    // EF Core stores GUIDs as upper-case text and dates as ISO text on SQLite.
    public object Id(Guid id) => _sqlite ? id.ToString().ToUpperInvariant() : id;

    public object Date(DateOnly date) => _sqlite ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : date;

    public Guid GetId(DbDataReader reader, int i) => _sqlite ? Guid.Parse(reader.GetString(i)) : reader.GetGuid(i);

    public DateOnly GetDate(DbDataReader reader, int i) =>
        _sqlite ? DateOnly.ParseExact(reader.GetString(i), "yyyy-MM-dd", CultureInfo.InvariantCulture) : reader.GetFieldValue<DateOnly>(i);

    public async Task ReadAsync(string sql, IEnumerable<(string Name, object Value)> parameters, Action<DbDataReader> row)
    {
        await using var connection = Open();
        await connection.OpenAsync();
        await using var command = Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            row(reader);
        }
    }

    public async Task ExecuteAsync(string sql, IEnumerable<(string Name, object Value)> parameters)
    {
        await using var connection = Open();
        await connection.OpenAsync();
        await using var command = Command(connection, sql, parameters);
        await command.ExecuteNonQueryAsync();
    }

    private DbConnection Open() => _sqlite ? new SqliteConnection(connectionString) : new NpgsqlConnection(connectionString);

    private static DbCommand Command(DbConnection connection, string sql, IEnumerable<(string Name, object Value)> parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value;
            command.Parameters.Add(p);
        }

        return command;
    }
}
