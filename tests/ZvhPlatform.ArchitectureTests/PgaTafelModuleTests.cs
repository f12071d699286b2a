using System.Reflection;
using NetArchTest.Rules;

namespace ZvhPlatform.ArchitectureTests;

/// <summary>
/// The PGA-tafel module builds on the kernel and the core's contracts only: it escalates to CoVeCa / Top X through the core
/// (<c>ICaseEscalation</c>), never through CoVeCa's implementation, and CoVeCa knows nothing of it.
/// </summary>
public sealed class PgaTafelModuleTests
{
    private static readonly Assembly PgaTafel = PlatformAssemblies.ModuleNamed("ZvhPlatform.Modules.PgaTafel");
    private static readonly Assembly CoVeCa = PlatformAssemblies.ModuleNamed("ZvhPlatform.Modules.CoVeCa");

    [Fact]
    public void The_PGA_tafel_module_references_only_the_kernel_and_the_core_contracts_of_the_platform()
    {
        var platform = PgaTafel.GetReferencedAssemblies().Select(a => a.Name!).Where(PlatformAssemblies.IsPlatform).Order(StringComparer.Ordinal).ToList();

        Assert.Equal([PlatformAssemblies.CoreContractsName, PlatformAssemblies.KernelName], platform);
        var forbidden = new[] { PlatformAssemblies.Core, PlatformAssemblies.Web }.Concat(PlatformAssemblies.Modules.Where(m => m != PgaTafel))
            .SelectMany(PlatformAssemblies.OwnTypes).Where(t => !t.IsNested).Select(t => t.FullName!).Distinct().ToArray();
        var offenders = Types.InAssembly(PgaTafel).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
        Assert.True(offenders.IsSuccessful, "PGA-tafel types depend on the core, the host or another module: " + string.Join(", ", offenders.FailingTypeNames ?? []));
    }

    [Fact]
    public void Neither_the_PGA_tafel_nor_CoVeCa_references_the_others_implementation()
    {
        Assert.DoesNotContain(PgaTafel.GetReferencedAssemblies(), a => a.Name == CoVeCa.GetName().Name);
        Assert.DoesNotContain(CoVeCa.GetReferencedAssemblies(), a => a.Name == PgaTafel.GetName().Name);
        var pgaTypes = PlatformAssemblies.OwnTypes(PgaTafel).Where(t => !t.IsNested).Select(t => t.FullName!).ToArray();
        var coVeCaTypes = PlatformAssemblies.OwnTypes(CoVeCa).Where(t => !t.IsNested).Select(t => t.FullName!).ToArray();
        Assert.True(Types.InAssembly(PgaTafel).ShouldNot().HaveDependencyOnAny(coVeCaTypes).GetResult().IsSuccessful, "PGA-tafel depends on CoVeCa types.");
        Assert.True(Types.InAssembly(CoVeCa).ShouldNot().HaveDependencyOnAny(pgaTypes).GetResult().IsSuccessful, "CoVeCa depends on PGA-tafel types.");
    }

    [Fact]
    public void The_host_composes_the_PGA_tafel_as_a_plustaak_with_its_id()
    {
        var catalog = Kernel.Modules.ModuleComposer.Discover();
        var module = catalog.Find("pgatafel");

        Assert.NotNull(module);
        Assert.Equal(Kernel.Modules.ModuleKind.Plustaak, module.Manifest.DefaultKind);
        Assert.Same(PgaTafel, module.GetType().Assembly);
    }
}
