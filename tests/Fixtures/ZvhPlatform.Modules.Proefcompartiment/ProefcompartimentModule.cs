using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Kernel.Modules;

namespace ZvhPlatform.Modules.Proefcompartiment;

/// <summary>Test fixture module "proefcompartiment": a compartment whose key only procesregisseurs hold.</summary>
public sealed class ProefcompartimentModule : IZvhModule
{
    /// <summary>The module id.</summary>
    public const string Id = "proefcompartiment";

    /// <inheritdoc />
    public ModuleManifest Manifest { get; } = new()
    {
        Id = Id,
        DisplayName = "Proefcompartiment",
        Version = new Version(1, 0, 0),
        DefaultKind = ModuleKind.Basistaak,
        RequiresKernel = new Version(1, 0, 0),
        Compartment = true,
        Permissions = [new ModulePermission(Id + ".compartiment", "Toegang tot het compartiment", [ZvhRoles.Procesregisseur])],
    };

    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }
}
