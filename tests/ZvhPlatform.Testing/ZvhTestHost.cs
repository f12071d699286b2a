using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using ZvhPlatform.Core.Demo;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Web.Hosting;

namespace ZvhPlatform.Testing;

/// <summary>
/// The real host (every composed module, the demo regions and users) on a fresh database of the
/// chosen provider, with a controllable clock and without the background job server.
/// </summary>
public class ZvhTestHost : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private IReadOnlyList<DemoCredential> _credentials = [];

    /// <summary>Creates a host; <paramref name="excludeModules"/> composes it without those modules.</summary>
    public ZvhTestHost(DatabaseProvider provider = DatabaseProvider.Sqlite, DateTimeOffset? now = null, IEnumerable<string>? excludeModules = null,
        IDictionary<string, string?>? settings = null)
    {
        Database = TestDatabase.Create(provider);
        Clock = new FakeTimeProvider(now ?? DateTimeOffset.UtcNow);
        Clock.SetLocalTimeZone(TimeZoneInfo.Utc);
        _settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Database:Provider"] = provider.ToString(),
            ["Database:ConnectionString"] = Database.ConnectionString,
            ["Database:MigrateAtStartup"] = "true",
            ["Zvh:DataFolder"] = Database.DataFolder,
            ["Zvh:SeedDemo"] = "true",
            // Tests start from regions without casework; the demo casework has its own test (settings can turn it on).
            ["Zvh:DemoCasework"] = "false",
            ["Zvh:SecureCookies"] = "false",
            ["Jobs:RunServer"] = "false",
            ["Modules:Exclude"] = string.Join(",", excludeModules ?? []),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    /// <summary>The database this host runs on.</summary>
    public TestDatabase Database { get; }

    /// <summary>The host's clock; advance it to test periods, idle timeouts and retention.</summary>
    public FakeTimeProvider Clock { get; }

    /// <summary>Demo users' passwords and TOTP secrets.</summary>
    public IReadOnlyList<DemoCredential> Credentials
    {
        get
        {
            _ = Services; // builds the host, which seeds the demo
            return _credentials;
        }
    }

    /// <summary>The credential of a demo user by e-mail.</summary>
    public DemoCredential User(string email) => Credentials.Single(c => c.Email == email);

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (ServerErrorLog.FromEnvironment() is { } errorLog)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(errorLog));
        }

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    /// <inheritdoc />
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        var configuration = host.Services.GetRequiredService<IConfiguration>();
        var environment = host.Services.GetRequiredService<IHostEnvironment>();
        _credentials = StartupTasks.PrepareDatabaseAsync(host.Services, configuration, environment).GetAwaiter().GetResult();
        return host;
    }

    /// <summary>A client that keeps cookies and does not follow redirects.</summary>
    public HttpClient NewClient(string? baseAddress = null) => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
        BaseAddress = new Uri(baseAddress ?? "http://localhost"),
    });

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Database.Dispose();
        }
    }
}
