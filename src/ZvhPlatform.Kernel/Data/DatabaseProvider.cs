namespace ZvhPlatform.Kernel.Data;

/// <summary>The database engines the platform runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>Embedded default: a file under the data folder.</summary>
    Sqlite,

    /// <summary>Production target.</summary>
    SqlServer,

    /// <summary>A real server we run and test against.</summary>
    PostgreSql,
}

/// <summary>Database settings (section <c>Database</c>).</summary>
public sealed class DatabaseOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Database";

    /// <summary>Which engine.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Connection string; for SQLite defaults to a file under <c>data/</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply pending migrations at start-up (default for the embedded SQLite).</summary>
    public bool? MigrateAtStartup { get; set; }

    /// <summary>The namespace segment that holds this provider's migrations.</summary>
    public static string MigrationsNamespaceSegment(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => "Sqlite",
        DatabaseProvider.SqlServer => "SqlServer",
        DatabaseProvider.PostgreSql => "PostgreSql",
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };
}
