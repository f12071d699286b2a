using System.Reflection;
using NetArchTest.Rules;

namespace ZvhPlatform.ArchitectureTests;

/// <summary>The CoVeCa module builds on the kernel and the core's contracts only, and is composed into the host.</summary>
public sealed class CoVeCaModuleTests
{
    private static readonly Assembly CoVeCa = PlatformAssemblies.ModuleNamed("ZvhPlatform.Modules.CoVeCa");

    [Fact]
    public void The_CoVeCa_module_references_only_the_kernel_and_the_core_contracts_of_the_platform()
    {
        var platform = CoVeCa.GetReferencedAssemblies().Select(a => a.Name!).Where(PlatformAssemblies.IsPlatform).Order(StringComparer.Ordinal).ToList();

        Assert.Equal([PlatformAssemblies.CoreContractsName, PlatformAssemblies.KernelName], platform);
        // By full type name: the core's namespace is a prefix of the allowed core contracts' namespace.
        var forbidden = new[] { PlatformAssemblies.Core, PlatformAssemblies.Web }.Concat(PlatformAssemblies.Modules.Where(m => m != CoVeCa))
            .SelectMany(PlatformAssemblies.OwnTypes).Where(t => !t.IsNested).Select(t => t.FullName!).Distinct().ToArray();
        var offenders = Types.InAssembly(CoVeCa).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
        Assert.True(offenders.IsSuccessful, "CoVeCa types depend on the core, the host or another module: " + string.Join(", ", offenders.FailingTypeNames ?? []));
    }

    [Fact]
    public void The_host_composes_the_CoVeCa_module_as_a_basistaak_with_its_id()
    {
        var catalog = Kernel.Modules.ModuleComposer.Discover();
        var module = catalog.Find("coveca");

        Assert.NotNull(module);
        Assert.Equal(Kernel.Modules.ModuleKind.Basistaak, module.Manifest.DefaultKind);
        Assert.Same(CoVeCa, module.GetType().Assembly);
    }
}
