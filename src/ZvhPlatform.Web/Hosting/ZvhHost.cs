using Mediator;
using ZvhPlatform.Core;
using ZvhPlatform.Kernel;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Modules;

namespace ZvhPlatform.Web.Hosting;

/// <summary>Builds and runs the host, or one of the operator commands.</summary>
public static class ZvhHost
{
    /// <summary>Operator commands: <c>dotnet run -- migrate</c> and so on.</summary>
    public static readonly IReadOnlyList<string> Commands = ["migrate", "seed-demo", "create-admin", "check", "generate-data", "import", "report"];

    /// <summary>Runs the platform or an operator command; returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var command = args.Length > 0 && Commands.Contains(args[0]) ? args[0] : null;
        var hostArgs = command is null ? args : args[1..];
        WebApplication app;
        try
        {
            app = Build(hostArgs);
        }
        catch (ModuleCompositionException ex)
        {
            await Console.Error.WriteLineAsync("De modules passen niet bij elkaar: " + ex.Message);
            return 3;
        }
        catch (InvalidOperationException ex) when (ex.Message.Contains("Database", StringComparison.Ordinal))
        {
            await Console.Error.WriteLineAsync("Configuratiefout: " + ex.Message);
            return 2;
        }

        if (command is not null)
        {
            return await OperatorCommands.RunAsync(app, command, hostArgs);
        }

        await StartupTasks.RunAsync(app);
        await app.RunAsync();
        return 0;
    }

    /// <summary>Builds the web application with every composed module.</summary>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Configuration.AddEnvironmentVariables("ZVH_");
        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);
        ApplyDatabaseDefaults(builder);

        var excluded = (builder.Configuration["Modules:Exclude"] ?? "")
            .Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToHashSet(StringComparer.Ordinal);
        var catalog = ModuleComposer.Discover(id => !excluded.Contains(id));

        builder.Services.AddZvhKernel(builder.Configuration, catalog, [.. CoreServiceCollectionExtensions.CoreAssemblies, typeof(ZvhHost).Assembly]);
        builder.Services.AddZvhCore(builder.Configuration);
        builder.Services.AddZvhWeb(builder.Configuration, builder.Environment, catalog);
        builder.Services.AddMediator((MediatorOptions options) => options.ServiceLifetime = ServiceLifetime.Scoped);

        var app = builder.Build();
        app.UseZvhPipeline();
        return app;
    }

    /// <summary>The folder for the embedded database and demo secret.</summary>
    public static string DataFolder(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var folder = configuration["Zvh:DataFolder"] ?? "data";
        return Path.IsPathRooted(folder) ? folder : Path.Combine(environment.ContentRootPath, folder);
    }

    private static void ApplyDatabaseDefaults(WebApplicationBuilder builder)
    {
        var provider = builder.Configuration.GetValue<DatabaseProvider?>("Database:Provider") ?? DatabaseProvider.Sqlite;
        if (provider == DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(builder.Configuration["Database:ConnectionString"]))
        {
            var folder = DataFolder(builder.Configuration, builder.Environment);
            Directory.CreateDirectory(folder);
            builder.Configuration["Database:ConnectionString"] = $"Data Source={Path.Combine(folder, "zvh.db")}";
        }

        if (provider == DatabaseProvider.Sqlite && builder.Configuration["Database:MigrateAtStartup"] is null)
        {
            builder.Configuration["Database:MigrateAtStartup"] = "true";
        }
    }
}
