using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Kernel;
using ZvhPlatform.Kernel.Modules;
using ZvhPlatform.Modules.CoVeCa.Data;

namespace ZvhPlatform.Modules.CoVeCa;

/// <summary>
/// Complexe Veiligheidscasuïstiek (CoVeCa) with Top X: the sub-aanpakken Top X, Top X onbegrepen gedrag met
/// gevaarsrisico and Doorgroeiers; only gemeente, politie and OM place someone on the Top X list; the region's
/// selection and closing criteria as checklists at intake and at closing.
/// </summary>
public sealed class CoVeCaModule : IZvhModule
{
    /// <summary>The module id: also area, schema, permission prefix and contract key.</summary>
    public const string Id = "coveca";

    /// <summary>Work on the region's CoVeCa cases: placement on the Top X list and the checklists.</summary>
    public const string Werken = "coveca.werken";

    /// <summary>Manage the region's selection and closing criteria.</summary>
    public const string CriteriaBeheren = "coveca.criteria.beheren";

    /// <inheritdoc />
    public ModuleManifest Manifest { get; } = new()
    {
        Id = Id,
        DisplayName = "CoVeCa / Top X",
        Version = new Version(1, 0, 0),
        DefaultKind = ModuleKind.Basistaak,
        RequiresKernel = new Version(1, 0, 0),
        Permissions =
        [
            new ModulePermission(Werken, "Werken aan CoVeCa- en Top X-casussen: plaatsing op de Top X-lijst, selectie- en afsluitcriteria invullen",
                [ZvhRoles.Procesregisseur, ZvhRoles.Procesondersteuner]),
            new ModulePermission(CriteriaBeheren, "De selectie- en afsluitcriteria van CoVeCa / Top X van de regio beheren",
                [ZvhRoles.FunctioneelBeheerder]),
        ],
        Navigation =
        [
            new NavigationItem("CoVeCa / Top X", "/coveca", 20, Werken),
            new NavigationItem("Criteria CoVeCa", "/coveca/criteria", 880, CriteriaBeheren),
        ],
    };

    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<CoVeCaDbContext>(Id);
        services.AddScoped<CriteriaCatalog>();
        services.AddScoped<ICaseworkExtension, CoVeCaCaseworkExtension>();
        services.AddScoped<ICaseworkDemoData, CoVeCaDemoData>();
    }
}
