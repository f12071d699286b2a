using System.Reflection;
using NetArchTest.Rules;

namespace ZvhPlatform.ArchitectureTests;

/// <summary>The Nazorg module builds on the kernel and the core's contracts only (CoVeCa is reached through the core), and is composed as a plustaak.</summary>
public sealed class NazorgModuleTests
{
    private static readonly Assembly Nazorg = PlatformAssemblies.ModuleNamed("ZvhPlatform.Modules.Nazorg");

    [Fact]
    public void The_Nazorg_module_references_only_the_kernel_and_the_core_contracts_of_the_platform()
    {
        var platform = Nazorg.GetReferencedAssemblies().Select(a => a.Name!).Where(PlatformAssemblies.IsPlatform).Order(StringComparer.Ordinal).ToList();

        Assert.Equal([PlatformAssemblies.CoreContractsName, PlatformAssemblies.KernelName], platform);
        var forbidden = new[] { PlatformAssemblies.Core, PlatformAssemblies.Web }.Concat(PlatformAssemblies.Modules.Where(m => m != Nazorg))
            .SelectMany(PlatformAssemblies.OwnTypes).Where(t => !t.IsNested).Select(t => t.FullName!).Distinct().ToArray();
        var offenders = Types.InAssembly(Nazorg).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
        Assert.True(offenders.IsSuccessful, "Nazorg types depend on the core, the host or another module: " + string.Join(", ", offenders.FailingTypeNames ?? []));
    }

    [Fact]
    public void No_other_module_references_the_Nazorg_implementation()
    {
        var others = PlatformAssemblies.AllModuleAssemblies.Where(m => m != Nazorg).ToList();

        Assert.All(others, m => Assert.DoesNotContain(m.GetReferencedAssemblies(), r => r.Name == "ZvhPlatform.Modules.Nazorg"));
    }

    [Fact]
    public void The_host_composes_the_Nazorg_module_as_a_plustaak_with_its_id_and_daily_jobs()
    {
        var catalog = Kernel.Modules.ModuleComposer.Discover();
        var module = catalog.Find("nazorg");

        Assert.NotNull(module);
        Assert.Equal(Kernel.Modules.ModuleKind.Plustaak, module.Manifest.DefaultKind);
        Assert.Same(Nazorg, module.GetType().Assembly);
        // The warning runs only where nazorg is contracted; retention also after a contract ended (its data stays behind).
        Assert.Equal([("bewaartermijn", true), ("ontslagwaarschuwing", false)],
            module.Manifest.RecurringJobs.Select(j => (j.Name, j.AlsoWithoutContract)).OrderBy(j => j.Name, StringComparer.Ordinal));
    }
}
