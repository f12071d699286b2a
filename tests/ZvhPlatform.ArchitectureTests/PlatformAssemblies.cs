using System.Reflection;
using Microsoft.Extensions.DependencyModel;

namespace ZvhPlatform.ArchitectureTests;

/// <summary>
/// The platform's own assemblies. Modules are found in this test's dependency context by name, so a
/// module that is added to the solution (and referenced by the host's tests) is covered without
/// editing these tests.
/// </summary>
internal static class PlatformAssemblies
{
    public const string KernelName = "ZvhPlatform.Kernel";
    public const string CoreContractsName = "ZvhPlatform.Core.Contracts";
    public const string CoreName = "ZvhPlatform.Core";
    public const string WebName = "ZvhPlatform.Web";
    public const string ModulePrefix = "ZvhPlatform.Modules.";
    public const string ContractsSuffix = ".Contracts";

    public static Assembly Kernel { get; } = Assembly.Load(KernelName);

    public static Assembly CoreContracts { get; } = Assembly.Load(CoreContractsName);

    public static Assembly Core { get; } = Assembly.Load(CoreName);

    public static Assembly Web { get; } = Assembly.Load(WebName);

    /// <summary>Every <c>ZvhPlatform.Modules.*</c> assembly in the dependency context (implementations and contracts).</summary>
    public static IReadOnlyList<Assembly> AllModuleAssemblies { get; } = DiscoverModuleAssemblies();

    /// <summary>Module implementations: the assemblies with an <c>IZvhModule</c> entry type.</summary>
    public static IReadOnlyList<Assembly> Modules { get; } =
        AllModuleAssemblies.Where(a => !IsModuleContracts(a.GetName().Name!)).ToList();

    /// <summary>Modules' public contracts, which other modules may reference.</summary>
    public static IReadOnlyList<Assembly> ModuleContracts { get; } =
        AllModuleAssemblies.Where(a => IsModuleContracts(a.GetName().Name!)).ToList();

    /// <summary>Every assembly of the platform: kernel, core, host and modules.</summary>
    public static IReadOnlyList<Assembly> All { get; } = [Kernel, CoreContracts, Core, Web, .. AllModuleAssemblies];

    /// <summary>Theory data: one row per module implementation assembly name.</summary>
    public static TheoryData<string> ModuleNames
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var module in Modules)
            {
                data.Add(module.GetName().Name!);
            }

            return data;
        }
    }

    public static bool IsModuleContracts(string assemblyName) =>
        assemblyName.StartsWith(ModulePrefix, StringComparison.Ordinal) && assemblyName.EndsWith(ContractsSuffix, StringComparison.Ordinal);

    public static bool IsPlatform(string assemblyName) => assemblyName.StartsWith("ZvhPlatform.", StringComparison.Ordinal);

    public static Assembly ModuleNamed(string name) => Modules.Single(a => a.GetName().Name == name);

    /// <summary>Types written by us: without compiler-generated helpers and Razor's generated view classes.</summary>
    public static IEnumerable<Type> OwnTypes(Assembly assembly) =>
        assembly.GetTypes().Where(t =>
            !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), inherit: false)
            && !t.Name.StartsWith('<')
            && t.Namespace is not null
            && t.Namespace != "AspNetCoreGeneratedDocument"
            && !t.Namespace.StartsWith("Microsoft.", StringComparison.Ordinal)
            && !t.Namespace.StartsWith("System.", StringComparison.Ordinal));

    private static List<Assembly> DiscoverModuleAssemblies()
    {
        var context = DependencyContext.Load(typeof(PlatformAssemblies).Assembly)
                      ?? throw new InvalidOperationException("The test assembly has no dependency context (deps.json).");
        return context.RuntimeLibraries
            .Select(l => l.Name)
            .Where(n => n.StartsWith(ModulePrefix, StringComparison.Ordinal) && !n.EndsWith("Tests", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(n => n, StringComparer.Ordinal)
            .Select(n => Assembly.Load(new AssemblyName(n)))
            .ToList();
    }
}
