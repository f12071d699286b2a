using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Contracts;
using ZvhPlatform.Kernel;
using ZvhPlatform.Kernel.Modules;
using ZvhPlatform.Modules.PgaTafel.Data;

namespace ZvhPlatform.Modules.PgaTafel;

/// <summary>
/// PGA-tafel (plustaak): the local persoonsgerichte-aanpak table the ZVH chairs for the municipalities that bought it:
/// its members, its meetings (the core's casusoverleg), its caseload with the local plan and the PGA monitor, instroom,
/// actief and afgesloten per municipality, and opschalen to CoVeCa / Top X through the core.
/// </summary>
public sealed class PgaTafelModule : IZvhModule
{
    /// <summary>The module id: also area, schema, permission prefix and contract key.</summary>
    public const string Id = "pgatafel";

    /// <summary>Work at the table: members, caseload, figures and opschalen.</summary>
    public const string Werken = "pgatafel.werken";

    /// <summary>The aanpak a case is escalated to from the table (by contract key, never by reference).</summary>
    public const string OpschalenNaar = "coveca";

    /// <inheritdoc />
    public ModuleManifest Manifest { get; } = new()
    {
        Id = Id,
        DisplayName = "PGA-tafel",
        Version = new Version(1, 0, 0),
        DefaultKind = ModuleKind.Plustaak,
        RequiresKernel = new Version(1, 0, 0),
        Permissions =
        [
            new ModulePermission(Werken, "Werken aan de PGA-tafel: leden, caseload, cijfers per gemeente en opschalen naar CoVeCa / Top X",
                [ZvhRoles.Procesregisseur, ZvhRoles.Procesondersteuner]),
        ],
        Navigation =
        [
            new NavigationItem("PGA-tafel", "/pgatafel", 25, Werken),
        ],
    };

    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<PgaTafelDbContext>(Id);
        services.AddScoped<ICaseworkExtension, PgaTafelCaseworkExtension>();
        services.AddScoped<IModuleWorkCounter, PgaTafelWorkCounter>();
    }
}
