using Hangfire;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Demo;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Jobs;
using ZvhPlatform.Kernel.Modules;
using ZvhPlatform.Kernel.Outbox;

namespace ZvhPlatform.Web.Hosting;

/// <summary>What happens once before the platform takes requests.</summary>
internal static class StartupTasks
{
    public static async Task RunAsync(WebApplication app)
    {
        var options = app.Services.GetRequiredService<DatabaseOptions>();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            if (options.MigrateAtStartup == true)
            {
                await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
            }

            if (app.Configuration.GetValue<bool>("Zvh:SeedDemo"))
            {
                if (app.Environment.IsProduction())
                {
                    throw new InvalidOperationException("Demo data is never seeded in Production.");
                }

                var credentials = await scope.ServiceProvider.GetRequiredService<DemoSeeder>()
                    .SeedAsync(ZvhHost.DataFolder(app.Configuration, app.Environment), CancellationToken.None);
                DemoCredentialsPrinter.Print(credentials, app.Configuration["urls"] ?? app.Configuration["ASPNETCORE_URLS"]);
            }
        }

        if (app.Configuration.GetValue("Jobs:RunServer", true))
        {
            var manager = app.Services.GetRequiredService<IRecurringJobManager>();
            RecurringRegionJobs.Schedule(manager, app.Services.GetRequiredService<ModuleCatalog>());
            manager.AddOrUpdate<OutboxDispatcher>("outbox", d => d.DispatchPendingAsync(CancellationToken.None), Cron.Minutely());
            // Anything committed to an outbox before a crash is delivered right after start.
            app.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<OutboxDispatcher>(d => d.DispatchPendingAsync(CancellationToken.None));
        }
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
