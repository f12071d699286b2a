using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Demo;
using ZvhPlatform.Core.Identity;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Tenancy;
using ZvhPlatform.Web.Hosting;
using ZvhPlatform.Web.Security;

namespace ZvhPlatform.Bench.PersonSearch;

/// <summary>
/// The real host on a fresh database: migrated by the app's own migrator, demo regions and users
/// seeded, and a procesregisseur of Utrecht to act as the signed-in user, as in a request.
/// </summary>
internal sealed class BenchEnvironment : IAsyncDisposable
{
    public const string RegionKey = "utrecht";
    public const string UserEmail = "regisseur.utrecht@demo.zvh.nl";

    private readonly BenchOptions _options;
    private readonly string _folder;
    private readonly string? _postgresDatabase;
    private System.Security.Claims.ClaimsPrincipal _principal = new();

    private BenchEnvironment(BenchOptions options, string folder, string connectionString, string? postgresDatabase, WebApplication app)
    {
        _options = options;
        _folder = folder;
        ConnectionString = connectionString;
        _postgresDatabase = postgresDatabase;
        App = app;
    }

    public WebApplication App { get; }

    public IServiceProvider Services => App.Services;

    public string ConnectionString { get; }

    public DatabaseProvider Provider => _options.Provider;

    public RegionInfo Region { get; private set; } = null!;

    public TimeSpan MigrateAndSeedDemoTime { get; private set; }

    public static async Task<BenchEnvironment> CreateAsync(BenchOptions options)
    {
        var folder = Path.Combine(Path.GetTempPath(), "zvh-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        string connectionString;
        string? postgresDatabase = null;
        if (options.Provider == DatabaseProvider.PostgreSql)
        {
            postgresDatabase = "zvh_bench_" + Guid.NewGuid().ToString("N")[..10];
            await using (var admin = new NpgsqlConnection(options.Connection))
            {
                await admin.OpenAsync();
                await using var create = admin.CreateCommand();
                create.CommandText = $"CREATE DATABASE \"{postgresDatabase}\"";
                await create.ExecuteNonQueryAsync();
            }

            connectionString = new NpgsqlConnectionStringBuilder(options.Connection) { Database = postgresDatabase }.ConnectionString;
        }
        else
        {
            // Pooled, as the app runs it by default.
            connectionString = $"Data Source={Path.Combine(folder, "zvh.db")}";
        }

        var app = ZvhHost.Build(
        [
            "--environment=Benchmark",
            $"--Database:Provider={options.Provider}",
            $"--Database:ConnectionString={connectionString}",
            "--Database:MigrateAtStartup=false",
            $"--Zvh:DataFolder={folder}",
            "--Jobs:RunServer=false",
            // Logging every command to the console would be measured too; warnings still show.
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Microsoft.EntityFrameworkCore=Warning",
        ]);
        var environment = new BenchEnvironment(options, folder, connectionString, postgresDatabase, app);
        await environment.PrepareAsync();
        return environment;
    }

    /// <summary>A unit of work in the benchmark region, the way a request or job runs one.</summary>
    public AsyncServiceScope InRegion()
    {
        var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<IRegionContextSetter>().SetRegion(Region, "bench");
        return scope;
    }

    private async Task PrepareAsync()
    {
        var stopwatch = Stopwatch.StartNew();
        await using (var scope = Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(_folder, CancellationToken.None);
        }

        MigrateAndSeedDemoTime = stopwatch.Elapsed;
        await using (var scope = Services.CreateAsyncScope())
        {
            Region = await scope.ServiceProvider.GetRequiredService<IRegionStore>().FindByKeyAsync(RegionKey)
                     ?? throw new InvalidOperationException($"Demo region '{RegionKey}' was not seeded.");
            var user = await scope.ServiceProvider.GetRequiredService<UserManager<ZvhUser>>().FindByEmailAsync(UserEmail)
                       ?? throw new InvalidOperationException($"Demo user '{UserEmail}' was not seeded.");

            // The same principal the sign-in builds for this user in this region.
            _principal = ZvhSignIn.Build(user.Id, UserEmail, user.DisplayName, user.Organisation ?? "", Guid.NewGuid(),
                [(Region.Id, ZvhRoles.Procesregisseur)], Region.Id);
        }
    }

    /// <summary>
    /// Makes the procesregisseur the current user. Synchronous on purpose: the accessor keeps the
    /// context in an AsyncLocal, and a value set inside an async method does not flow back to its caller.
    /// </summary>
    public void SignIn() =>
        Services.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { User = _principal };

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        if (_options.Keep)
        {
            await Console.Error.WriteLineAsync($"Kept: {ConnectionString}");
            return;
        }

        if (_postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(_options.Connection);
            await admin.OpenAsync();
            await using var drop = admin.CreateCommand();
            drop.CommandText = $"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)";
            await drop.ExecuteNonQueryAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the OS temp cleaner.
        }
    }
}
