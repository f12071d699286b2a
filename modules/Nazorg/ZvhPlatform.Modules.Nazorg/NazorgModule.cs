using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Contracts;
using ZvhPlatform.Kernel;
using ZvhPlatform.Kernel.Modules;
using ZvhPlatform.Modules.Nazorg.Data;

namespace ZvhPlatform.Modules.Nazorg;

/// <summary>
/// Nazorg ex-gedetineerden / Re-integratie (REG): DJI meldingen of detainees, voluntary nazorg with recorded consent, the
/// five basisvoorwaarden before and after release, trajectbegeleiding, fasehuis, article 18b exchange and escalation to
/// procesregie. A plustaak: bought per municipality and period.
/// </summary>
public sealed class NazorgModule : IZvhModule
{
    /// <summary>The module id: also area, schema, permission prefix and contract key.</summary>
    public const string Id = "nazorg";

    /// <summary>The name users see.</summary>
    public const string Naam = "Nazorg ex-gedetineerden";

    /// <summary>Work on the region's nazorg meldingen (the nazorgcoördinator and the bureau).</summary>
    public const string Werken = "nazorg.werken";

    /// <summary>See the nazorg figures per municipality (aggregates only).</summary>
    public const string RapportageInzien = "nazorg.rapportage.inzien";

    /// <summary>Choose what happens with a melding for a municipality outside the contract.</summary>
    public const string Beheren = "nazorg.beheren";

    /// <inheritdoc />
    public ModuleManifest Manifest { get; } = new()
    {
        Id = Id,
        DisplayName = Naam,
        Version = new Version(1, 0, 0),
        DefaultKind = ModuleKind.Plustaak,
        RequiresKernel = new Version(1, 0, 0),
        Permissions =
        [
            new ModulePermission(Werken, "Werken aan nazorg ex-gedetineerden: DJI-meldingen, toestemming, basisvoorwaarden, ontslag en afsluiten",
                [ZvhRoles.Procesregisseur, ZvhRoles.Procesondersteuner]),
            new ModulePermission(RapportageInzien, "De cijfers van nazorg ex-gedetineerden per gemeente inzien en exporteren",
                [ZvhRoles.Procesregisseur, ZvhRoles.Procesondersteuner, ZvhRoles.Manager]),
            new ModulePermission(Beheren, "Instellen of meldingen voor gemeenten buiten het contract worden geweigerd of geparkeerd",
                [ZvhRoles.FunctioneelBeheerder]),
        ],
        Navigation =
        [
            new NavigationItem("Nazorg", "/nazorg", 25, Werken),
            new NavigationItem("Cijfers nazorg", "/nazorg/rapportage", 610, RapportageInzien),
            new NavigationItem("Instellingen nazorg", "/nazorg/instellingen", 882, Beheren),
        ],
        RecurringJobs =
        [
            new RecurringJobDefinition("ontslagwaarschuwing", "0 6 * * *", typeof(OntslagWaarschuwing)),
            new RecurringJobDefinition("bewaartermijn", "30 3 * * *", typeof(NazorgBewaartermijn), AlsoWithoutContract: true),
        ],
    };

    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<NazorgDbContext>(Id);
        services.AddScoped<MeldingIntake>();
        services.AddScoped<NazorgCijfers>();
        services.AddScoped<IModuleWorkCounter, NazorgWorkCounter>();
        services.AddScoped<ZvhPlatform.Core.Contracts.Demo.IModuleDemoData, NazorgDemoData>();
        services.AddScoped<ZvhPlatform.Core.Contracts.Demo.ISyntheticModuleData, NazorgSyntheticData>();
    }
}
