using System.Reflection;
using NetArchTest.Rules;

namespace ZvhPlatform.ArchitectureTests;

/// <summary>
/// Who may reference whom: modules build on the kernel and the core's contracts only, never on the
/// core, the host or another module's implementation; the kernel and the contracts stay at the bottom.
/// Each rule is checked twice: on the assembly references the compiler kept, and type by type with
/// NetArchTest, which names the offending types.
/// </summary>
public sealed class LayeringTests
{
    [Fact]
    public void The_rules_find_every_module_assembly_in_the_build_including_the_fixture_module()
    {
        var names = PlatformAssemblies.Modules.Select(a => a.GetName().Name).ToList();

        Assert.Contains("ZvhPlatform.Modules.Proefaanpak", names);
        Assert.All(PlatformAssemblies.Modules, a => Assert.Contains(a.GetTypes(), t => t.IsAssignableTo(typeof(Kernel.Modules.IZvhModule))));
    }

    [Theory]
    [MemberData(nameof(PlatformAssemblies.ModuleNames), MemberType = typeof(PlatformAssemblies))]
    public void A_module_references_only_the_kernel_the_core_contracts_and_other_modules_contracts(string moduleName)
    {
        var module = PlatformAssemblies.ModuleNamed(moduleName);

        var forbiddenReferences = PlatformReferences(module)
            .Where(n => n != PlatformAssemblies.KernelName && n != PlatformAssemblies.CoreContractsName && !PlatformAssemblies.IsModuleContracts(n))
            .ToList();
        Assert.True(forbiddenReferences.Count == 0,
            $"{moduleName} references {string.Join(", ", forbiddenReferences)}; a module may use only {PlatformAssemblies.KernelName}, " +
            $"{PlatformAssemblies.CoreContractsName} and other modules' *{PlatformAssemblies.ContractsSuffix} assemblies.");

        AssertNoTypeDependsOn(module, [PlatformAssemblies.Core, PlatformAssemblies.Web, .. PlatformAssemblies.Modules.Where(m => m != module)]);
    }

    [Fact]
    public void The_kernel_references_no_other_platform_assembly()
    {
        var references = PlatformReferences(PlatformAssemblies.Kernel).ToList();
        Assert.True(references.Count == 0, $"The kernel references {string.Join(", ", references)}; it must stand on its own.");

        AssertNoTypeDependsOn(PlatformAssemblies.Kernel,
            [PlatformAssemblies.CoreContracts, PlatformAssemblies.Core, PlatformAssemblies.Web, .. PlatformAssemblies.AllModuleAssemblies]);
    }

    [Fact]
    public void The_core_references_neither_the_host_nor_any_module()
    {
        var references = PlatformReferences(PlatformAssemblies.Core)
            .Where(n => n != PlatformAssemblies.KernelName && n != PlatformAssemblies.CoreContractsName)
            .ToList();
        Assert.True(references.Count == 0, $"The core references {string.Join(", ", references)}; modules build on the core, not the other way round.");

        AssertNoTypeDependsOn(PlatformAssemblies.Core, [PlatformAssemblies.Web, .. PlatformAssemblies.AllModuleAssemblies]);
    }

    [Fact]
    public void Contracts_assemblies_reference_only_the_kernel_and_other_contracts()
    {
        var coreContracts = PlatformReferences(PlatformAssemblies.CoreContracts).Where(n => n != PlatformAssemblies.KernelName).ToList();
        Assert.True(coreContracts.Count == 0, $"{PlatformAssemblies.CoreContractsName} references {string.Join(", ", coreContracts)}; it may reference only the kernel.");
        AssertNoTypeDependsOn(PlatformAssemblies.CoreContracts, [PlatformAssemblies.Core, PlatformAssemblies.Web, .. PlatformAssemblies.AllModuleAssemblies]);

        foreach (var contracts in PlatformAssemblies.ModuleContracts)
        {
            var wrong = PlatformReferences(contracts)
                .Where(n => n != PlatformAssemblies.KernelName && n != PlatformAssemblies.CoreContractsName && !PlatformAssemblies.IsModuleContracts(n))
                .ToList();
            Assert.True(wrong.Count == 0, $"{contracts.GetName().Name} references {string.Join(", ", wrong)}; a module's contracts may use only the kernel and other contracts.");
        }
    }

    private static IEnumerable<string> PlatformReferences(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(r => r.Name!).Where(PlatformAssemblies.IsPlatform).Distinct(StringComparer.Ordinal);

    /// <summary>
    /// Fails when a type of <paramref name="assembly"/> uses a type of one of <paramref name="forbidden"/>.
    /// Matching is by full type name, not by namespace: the core's namespace <c>ZvhPlatform.Core</c> is a
    /// prefix of the allowed <c>ZvhPlatform.Core.Contracts</c>, and NetArchTest also treats string
    /// literals such as the kernel's "ZvhPlatform.Modules." scan prefix as possible type names.
    /// Compiler- and Razor-generated types are left out: every assembly has its own copies of them.
    /// </summary>
    private static void AssertNoTypeDependsOn(Assembly assembly, IEnumerable<Assembly> forbidden)
    {
        var names = forbidden.SelectMany(PlatformAssemblies.OwnTypes).Where(t => !t.IsNested).Select(t => t.FullName!).Distinct().ToArray();
        Assert.NotEmpty(names);
        var result = Types.InAssembly(assembly).ShouldNot().HaveDependencyOnAny(names).GetResult();
        Assert.True(result.IsSuccessful,
            $"Types in {assembly.GetName().Name} use types they may not use: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }
}
