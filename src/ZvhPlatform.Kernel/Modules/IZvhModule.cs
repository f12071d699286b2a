using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ZvhPlatform.Kernel.Modules;

/// <summary>
/// The one public entry type of a module. The host finds it by scanning referenced assemblies,
/// orders modules by dependency and calls <see cref="ConfigureServices"/> once at start-up.
/// Whether a region may use the module is decided at run time by its contracts.
/// </summary>
public interface IZvhModule
{
    /// <summary>What the module declares about itself.</summary>
    ModuleManifest Manifest { get; }

    /// <summary>Registers the module's services (its DbContext, options, ...).</summary>
    void ConfigureServices(IServiceCollection services, IConfiguration configuration);
}
