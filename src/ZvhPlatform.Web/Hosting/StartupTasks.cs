using Hangfire;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Demo;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Jobs;
using ZvhPlatform.Kernel.Modules;
using ZvhPlatform.Kernel.Outbox;

namespace ZvhPlatform.Web.Hosting;

/// <summary>What happens once before the platform takes requests (also used by test hosts).</summary>
internal static class StartupTasks
{
    public static async Task RunAsync(WebApplication app)
    {
        var credentials = await PrepareDatabaseAsync(app.Services, app.Configuration, app.Environment);
        if (credentials.Count > 0)
        {
            DemoCredentialsPrinter.Print(credentials, app.Configuration["urls"] ?? app.Configuration["ASPNETCORE_URLS"]);
        }

        if (app.Configuration.GetValue("Jobs:RunServer", true))
        {
            ScheduleJobs(app.Services, app.Configuration);
        }
    }

    /// <summary>Migrates (when configured) and seeds the demo (when configured); returns the demo credentials.</summary>
    public static async Task<IReadOnlyList<DemoCredential>> PrepareDatabaseAsync(IServiceProvider services, IConfiguration configuration,
        IHostEnvironment environment)
    {
        var options = services.GetRequiredService<DatabaseOptions>();
        await using var scope = services.CreateAsyncScope();
        IReadOnlyList<string> applied = [];
        if (options.MigrateAtStartup == true)
        {
            applied = await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        }

        if (!configuration.GetValue<bool>("Zvh:SeedDemo"))
        {
            var core = scope.ServiceProvider.GetRequiredService<Core.Data.CoreDbContext>();
            if (applied.Count > 0 || !await SqliteDatabase.HasStatisticsAsync(core))
            {
                await SqliteDatabase.RefreshStatisticsAsync(core);
            }

            return [];
        }

        if (environment.IsProduction())
        {
            throw new InvalidOperationException("Demo data is never seeded in Production.");
        }

        var credentials = await scope.ServiceProvider.GetRequiredService<DemoSeeder>()
            .SeedAsync(ZvhHost.DataFolder(configuration, environment), CancellationToken.None);
        await SqliteDatabase.RefreshStatisticsAsync(scope.ServiceProvider.GetRequiredService<Core.Data.CoreDbContext>());
        return credentials;
    }

    /// <summary>
    /// Schedules every module's recurring jobs and the outbox, and delivers what a crash left behind. Each schedule
    /// can be overridden in <c>Jobs:Schedules:&lt;job id&gt;</c> (see <see cref="JobSchedules"/>).
    /// </summary>
    public static void ScheduleJobs(IServiceProvider services, IConfiguration? configuration = null)
    {
        var manager = services.GetRequiredService<IRecurringJobManager>();
        RecurringRegionJobs.Schedule(manager, services.GetRequiredService<ModuleCatalog>(), configuration);
        JobSchedules.AddOrUpdate(manager, configuration, "outbox", Cron.Minutely(),
            (m, cron) => m.AddOrUpdate<OutboxDispatcher>("outbox", d => d.DispatchPendingAsync(CancellationToken.None), cron));
        JobSchedules.AddOrUpdate(manager, configuration, "core:bewaartermijnen", Cron.Daily(2),
            (m, cron) => m.AddOrUpdate<Core.Casework.RetentionJob>("core:bewaartermijnen", j => j.RunAllRegionsAsync(CancellationToken.None), cron));
        JobSchedules.AddOrUpdate(manager, configuration, "core:actieherinneringen", Cron.Daily(6),
            (m, cron) => m.AddOrUpdate<Core.Casework.ActieHerinneringen>("core:actieherinneringen", j => j.RunAllRegionsAsync(CancellationToken.None), cron));
        if (services.GetRequiredService<DatabaseOptions>().Provider == DatabaseProvider.Sqlite)
        {
            JobSchedules.AddOrUpdate(manager, configuration, "platform:planner-statistieken", Cron.Daily(3),
                (m, cron) => m.AddOrUpdate<Core.Data.PlannerStatisticsJob>("platform:planner-statistieken", j => j.RefreshAsync(CancellationToken.None), cron));
        }

        services.GetRequiredService<IBackgroundJobClient>().Enqueue<OutboxDispatcher>(d => d.DispatchPendingAsync(CancellationToken.None));
    }
}

/// <summary>Prints demo sign-in data to the console (never to the structured log).</summary>
internal static class DemoCredentialsPrinter
{
    public static void Print(IReadOnlyList<DemoCredential> credentials, string? urls)
    {
        var lines = new List<string>
        {
            "",
            "ZVH Platform - demo-omgeving (alleen Development; nooit in productie)",
            $"Adres: {(string.IsNullOrWhiteSpace(urls) ? "http://localhost:5000" : urls)}",
            "Demo-gebruikers (wachtwoord en TOTP-geheim; voer het geheim in een authenticator-app in):",
        };
        lines.AddRange(credentials.Select(c => $"  {c.Email,-38} {c.Password,-24} {c.TotpSecret}  ({c.Roles})"));
        lines.Add("");
        Console.Out.WriteLine(string.Join(Environment.NewLine, lines));
    }
}
