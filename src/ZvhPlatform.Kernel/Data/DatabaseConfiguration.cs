using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ZvhPlatform.Kernel.Data;

/// <summary>Configures a module's context for the chosen provider.</summary>
public static class DatabaseConfiguration
{
    /// <summary>Applies the provider, the per-schema migrations history and the per-provider migrations.</summary>
    public static DbContextOptionsBuilder UseZvhDatabase(this DbContextOptionsBuilder builder, DatabaseOptions options, string schema,
        IServiceProvider? services = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        var connectionString = options.ConnectionString
                               ?? throw new InvalidOperationException("Database:ConnectionString ontbreekt in de configuratie.");
        var history = HistoryTable(options.Provider, schema);
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(connectionString, o => o.MigrationsHistoryTable(history));
                builder.AddInterceptors(RegionFilterSqlInterceptor.Instance, SqliteBusyTimeoutInterceptor.Instance);
                break;
            case DatabaseProvider.SqlServer:
                builder.UseSqlServer(connectionString, o => o.MigrationsHistoryTable(history, schema));
                break;
            case DatabaseProvider.PostgreSql:
                builder.UseNpgsql(PostgreSqlConnectionString.WithPlatformDefaults(connectionString), o => o.MigrationsHistoryTable(history, schema));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "Onbekende database-provider.");
        }

        builder.ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>();
        builder.AddInterceptors(RegionStampInterceptor.Instance);
        if (services is not null)
        {
            builder.AddInterceptors(new Outbox.OutboxSignalInterceptor(services));
        }
        return builder;
    }

    /// <summary>The migrations history table of a schema (SQLite has one namespace for all tables).</summary>
    public static string HistoryTable(DatabaseProvider provider, string schema) =>
        provider == DatabaseProvider.Sqlite ? $"{schema}___EFMigrationsHistory" : "__EFMigrationsHistory";

    /// <summary>
    /// Options for <c>dotnet ef</c> at design time: <c>dotnet ef migrations add X -- --provider PostgreSql</c>.
    /// No connection is made; the connection strings only select the dialect.
    /// </summary>
    public static DatabaseOptions DesignTimeOptions(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var index = Array.IndexOf(args, "--provider");
        var provider = index >= 0 && index + 1 < args.Length
            ? Enum.Parse<DatabaseProvider>(args[index + 1], ignoreCase: true)
            : DatabaseProvider.Sqlite;
        return new DatabaseOptions
        {
            Provider = provider,
            ConnectionString = provider switch
            {
                DatabaseProvider.Sqlite => "Data Source=design-time.db",
                DatabaseProvider.SqlServer => "Server=localhost;Database=zvh_design;Integrated Security=true;TrustServerCertificate=true",
                _ => "Host=localhost;Database=zvh_design;Username=zvh",
            },
        };
    }
}
