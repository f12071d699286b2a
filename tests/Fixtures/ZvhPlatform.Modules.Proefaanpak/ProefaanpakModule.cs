using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Kernel;
using ZvhPlatform.Kernel.Modules;
using ZvhPlatform.Modules.Proefaanpak.Data;

namespace ZvhPlatform.Modules.Proefaanpak;

/// <summary>Test fixture module "proefaanpak": a plustaak with a page, a table and a daily job.</summary>
public sealed class ProefaanpakModule : IZvhModule
{
    /// <summary>The module id.</summary>
    public const string Id = "proefaanpak";

    /// <summary>The permission to work in the module.</summary>
    public const string Werken = "proefaanpak.werken";

    /// <inheritdoc />
    public ModuleManifest Manifest { get; } = new()
    {
        Id = Id,
        DisplayName = "Proefaanpak",
        Version = new Version(1, 0, 0),
        DefaultKind = ModuleKind.Plustaak,
        RequiresKernel = new Version(1, 0, 0),
        Permissions =
        [
            new ModulePermission(Werken, "Werken in de proefaanpak",
                [ZvhRoles.Procesregisseur, ZvhRoles.Procesondersteuner, ZvhRoles.FunctioneelBeheerder]),
        ],
        Navigation = [new NavigationItem("Proefaanpak", "/proefaanpak", 50, Werken)],
        RecurringJobs = [new RecurringJobDefinition("dagelijkse-telling", "0 6 * * *", typeof(DagelijkseTelling))],
    };

    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<ProefaanpakDbContext>(Id);
        services.AddSingleton<JobRunLog>();
        services.AddScoped<ZvhPlatform.Core.Contracts.Casework.ICaseworkExtension, ProefCaseworkExtension>();
    }
}
