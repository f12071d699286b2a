using Npgsql;
using ZvhPlatform.Kernel.Data;

namespace ZvhPlatform.Testing;

/// <summary>
/// A fresh, empty database for one test host: a temporary SQLite file, or a new database on the
/// PostgreSQL server that the test script starts (connection in <c>ZVH_TEST_POSTGRES</c>).
/// </summary>
public sealed class TestDatabase : IDisposable
{
    /// <summary>Environment variable with the admin connection string of the test PostgreSQL server.</summary>
    public const string PostgresVariable = "ZVH_TEST_POSTGRES";

    private readonly string? _folder;
    private readonly string? _postgresName;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? folder, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _folder = folder;
        _postgresName = postgresName;
    }

    /// <summary>The provider.</summary>
    public DatabaseProvider Provider { get; }

    /// <summary>Connection string of the new database.</summary>
    public string ConnectionString { get; }

    /// <summary>A folder for the data files of the host (demo secret, SQLite file).</summary>
    public string DataFolder => _folder ?? Path.GetTempPath();

    /// <summary>Whether a PostgreSQL server is configured for this test run.</summary>
    public static bool PostgresAvailable => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresVariable));

    /// <summary>Creates an empty database on the provider.</summary>
    public static TestDatabase Create(DatabaseProvider provider)
    {
        var folder = Path.Combine(Path.GetTempPath(), "zvh-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                return new TestDatabase(provider, $"Data Source={Path.Combine(folder, "zvh.db")};Pooling=False", folder, null);
            case DatabaseProvider.PostgreSql:
                var admin = Environment.GetEnvironmentVariable(PostgresVariable)
                            ?? throw new InvalidOperationException(
                                $"{PostgresVariable} is not set: run the tests with build/test.sh, which starts PostgreSQL.");
                var name = "zvh_" + Guid.NewGuid().ToString("N")[..12];
                using (var connection = new NpgsqlConnection(admin))
                {
                    connection.Open();
                    using var command = connection.CreateCommand();
                    command.CommandText = $"CREATE DATABASE \"{name}\"";
                    command.ExecuteNonQuery();
                }

                var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
                return new TestDatabase(provider, builder.ConnectionString, folder, name);
            default:
                throw new NotSupportedException($"{provider} cannot run here; SQL Server is only compiled and scripted.");
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable(PostgresVariable));
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)";
            command.ExecuteNonQuery();
        }

        if (_folder is not null)
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by a finished host is left for the OS temp cleaner.
            }
        }
    }
}
