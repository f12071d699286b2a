using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Kernel;
using ZvhPlatform.Kernel.Modules;
using ZvhPlatform.Modules.Proefschaal.Data;

namespace ZvhPlatform.Modules.Proefschaal;

/// <summary>
/// Test fixture module "proefschaal": background jobs that record every run in the database, used to prove
/// that several app instances on one database run each job once. It has no pages and no permissions.
/// </summary>
public sealed class ProefschaalModule : IZvhModule
{
    /// <summary>The module id.</summary>
    public const string Id = "proefschaal";

    /// <summary>Name of the recurring job; its schedule can be overridden in <c>Jobs:Schedules:proefschaal:telling</c>.</summary>
    public const string Telling = "telling";

    /// <inheritdoc />
    public ModuleManifest Manifest { get; } = new()
    {
        Id = Id,
        DisplayName = "Proef schaalvergroting",
        Version = new Version(1, 0, 0),
        DefaultKind = ModuleKind.Plustaak,
        RequiresKernel = new Version(1, 0, 0),
        RecurringJobs = [new RecurringJobDefinition(Telling, "0 * * * *", typeof(TellingJob))],
    };

    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<ProefschaalDbContext>(Id);
        services.AddSingleton(new Seinen(configuration["Proefschaal:Seinen"] ?? Path.Combine(Path.GetTempPath(), "zvh-proefschaal")));
    }
}
