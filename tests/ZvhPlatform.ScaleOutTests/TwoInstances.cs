using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Hangfire;
using Hangfire.PostgreSql;
using Npgsql;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Jobs;
using ZvhPlatform.Testing;

namespace ZvhPlatform.ScaleOutTests;

/// <summary>A demo user's sign-in data as <c>seed-demo</c> prints it.</summary>
public sealed record Credential(string Email, string Password, string TotpSecret);

/// <summary>
/// One fresh PostgreSQL database, prepared once with the operator command <c>seed-demo</c> (migrations, the job
/// storage's schema, the data-protection key and the demo), and two app instances A and B on it, each with its own
/// Hangfire server. The fixture module's recurring job runs every ten seconds, and the utrecht region has a contract for
/// it. Both instances are killed when the tests are done, whatever happened.
/// </summary>
public sealed partial class TwoInstances : IAsyncLifetime
{
    /// <summary>The recurring job's schedule in these tests: every ten seconds (six fields: seconds first).</summary>
    public const int RecurringPeriodSeconds = 10;

    /// <summary>How long a job of a killed instance stays invisible before another instance takes it.</summary>
    public static readonly TimeSpan InvisibilityTimeout = TimeSpan.FromSeconds(10);

    private readonly List<AppInstance> _instances = [];

    [GeneratedRegex(@"^\s+(\S+@\S+)\s+(\S+)\s+([A-Z2-7]{16,})\s+\(", RegexOptions.Multiline)]
    private static partial Regex CredentialLine();

    /// <summary>The database both instances use.</summary>
    public TestDatabase Database { get; private set; } = null!;

    /// <summary>Instance A.</summary>
    public AppInstance A { get; private set; } = null!;

    /// <summary>Instance B.</summary>
    public AppInstance B { get; private set; } = null!;

    /// <summary>Folder where the tests drop signal files for waiting jobs.</summary>
    public string Signals { get; private set; } = "";

    /// <summary>The demo users, read from the output of <c>seed-demo</c>.</summary>
    public IReadOnlyDictionary<string, Credential> Users { get; private set; } = new Dictionary<string, Credential>();

    /// <summary>The id of the utrecht demo region.</summary>
    public Guid Utrecht { get; private set; }

    /// <summary>A Hangfire client on the instances' job storage: enqueues as an instance's code would, and reads job states.</summary>
    public JobStorage Jobs { get; private set; } = null!;

    /// <summary>The instances that still run.</summary>
    public IEnumerable<AppInstance> Running => _instances.Where(i => i.IsRunning);

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        if (!TestDatabase.PostgresAvailable)
        {
            return;
        }

        try
        {
            await StartAsync();
        }
        catch
        {
            // xunit does not dispose a fixture whose start failed; no process may outlive the test run.
            await DisposeAsync();
            throw;
        }
    }

    private async Task StartAsync()
    {
        Database = TestDatabase.Create(DatabaseProvider.PostgreSql);
        Signals = Path.Combine(Database.DataFolder, "seinen");
        Directory.CreateDirectory(Signals);
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["ZVH_Database__Provider"] = "PostgreSql",
            ["ZVH_Database__ConnectionString"] = Database.ConnectionString,
            ["ZVH_Database__MigrateAtStartup"] = "false",
            ["ZVH_Zvh__DataFolder"] = Database.DataFolder,
            ["ZVH_Zvh__SeedDemo"] = "false",
            ["ZVH_Zvh__SecureCookies"] = "false",
            ["ZVH_Jobs__Workers"] = "4",
            ["ZVH_Jobs__InvisibilityTimeout"] = InvisibilityTimeout.ToString("c", CultureInfo.InvariantCulture),
            ["ZVH_Jobs__QueuePollInterval"] = "00:00:01",
            ["ZVH_Jobs__SchedulePollingInterval"] = "00:00:01",
            ["ZVH_Jobs__Schedules__proefschaal__telling"] = $"*/{RecurringPeriodSeconds} * * * * *",
            ["ZVH_Proefschaal__Seinen"] = Signals,
            ["ZVH_Logging__LogLevel__Hangfire"] = "Information",
        };

        // Once, before any instance starts: what an operator runs on deployment.
        var (exitCode, output) = await AppInstance.RunCommandAsync(environment, TimeSpan.FromMinutes(3), "seed-demo");
        Assert.True(exitCode == 0, $"seed-demo failed with exit code {exitCode}:{Environment.NewLine}{output}");
        Users = CredentialLine().Matches(output)
            .Select(m => new Credential(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value))
            .ToDictionary(c => c.Email, StringComparer.Ordinal);
        Assert.True(Users.ContainsKey(Demo.Beheer), "seed-demo printed no credentials:" + Environment.NewLine + output);

        A = AppInstance.Start("A", environment);
        _instances.Add(A);
        B = AppInstance.Start("B", environment);
        _instances.Add(B);
        await Task.WhenAll(A.WaitUntilReadyAsync(TimeSpan.FromSeconds(120)), B.WaitUntilReadyAsync(TimeSpan.FromSeconds(120)));

        Utrecht = await ScalarAsync<Guid>("SELECT \"Id\" FROM core.\"Regions\" WHERE \"Key\" = 'utrecht'");
        GlobalConfiguration.Configuration.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();
        Jobs = GlobalConfiguration.Configuration
            .UsePostgreSqlStorage(o => o.UseNpgsqlConnection(Database.ConnectionString),
                new PostgreSqlStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = false })
            .Entry;

        // The fixture module's recurring job runs only for regions with a contract for it.
        using var beheerder = NewClient(A, new CookieContainer());
        await SignInAsync(beheerder, beheerder, Demo.Beheer);
        await Screens.CreateContractAsync(beheerder, "proefschaal", DateOnly.FromDateTime(DateTime.Now).AddDays(-10));
    }

    /// <summary>A client for one instance, with a cookie jar that may be shared with a client for the other.</summary>
    public static HttpClient NewClient(AppInstance instance, CookieContainer cookies)
    {
        ArgumentNullException.ThrowIfNull(instance);
#pragma warning disable CA2000 // the client owns and disposes the handler
        var handler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false, UseCookies = true };
#pragma warning restore CA2000
        return new HttpClient(handler, disposeHandler: true) { BaseAddress = instance.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>Signs a demo user in: the password step through one client, the code through the other.</summary>
    public Task SignInAsync(HttpClient passwordClient, HttpClient codeClient, string email)
    {
        var user = Users[email];
        return SignIn.SignInAsync(passwordClient, codeClient, email, user.Password, user.TotpSecret);
    }

    /// <summary>Enqueues a fixture job to run as the utrecht region, the way <c>IRegionJobClient</c> does in the app.</summary>
    public string Enqueue(string jobType, string key)
    {
        var region = Utrecht;
        var type = "ZvhPlatform.Modules.Proefschaal." + jobType;
        return new BackgroundJobClient(Jobs).Enqueue<RegionJobRunner>(r => r.RunAsync(region, type, key, CancellationToken.None));
    }

    /// <summary>The Hangfire state of a job (Enqueued, Processing, Succeeded, ...).</summary>
    public string? JobState(string jobId)
    {
        using var connection = Jobs.GetConnection();
        return connection.GetJobData(jobId)?.State;
    }

    /// <summary>Runs a query on the shared database and returns its rows.</summary>
    public async Task<List<object[]>> RowsAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object[]>();
        while (await reader.ReadAsync())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Runs a query that returns one value.</summary>
    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The output of every instance, for failure messages.</summary>
    public string Output() => string.Join(Environment.NewLine, _instances.Select(i => i.RecentOutput));

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            instance.Dispose();
        }

        _instances.Clear();
        if (Database is not null)
        {
            NpgsqlConnection.ClearAllPools();
            Database.Dispose();
        }

        return Task.CompletedTask;
    }
}

/// <summary>The demo users these tests act as.</summary>
public static class Demo
{
    /// <summary>Functioneel beheerder of ZVH Regio Utrecht (manages contracts, may work in the fixture modules).</summary>
    public const string Beheer = "beheer.utrecht@demo.zvh.nl";

    /// <summary>Procesregisseur of ZVH Regio Utrecht.</summary>
    public const string Regisseur = "regisseur.utrecht@demo.zvh.nl";
}
