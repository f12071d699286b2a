using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;

namespace ZvhPlatform.Kernel.Modules;

/// <summary>
/// Finds the modules referenced by the host, validates ids, kernel versions and dependencies,
/// and orders them so that every module comes after the modules it depends on.
/// </summary>
public static partial class ModuleComposer
{
    /// <summary>Assembly name prefix of module packages.</summary>
    public const string ModuleAssemblyPrefix = "ZvhPlatform.Modules.";

    [GeneratedRegex("^[a-z][a-z0-9]{1,30}$")]
    private static partial Regex ModuleIdPattern();

    /// <summary>
    /// Discovers module entry types in the application's dependencies with Scrutor.
    /// </summary>
    /// <param name="include">Optional filter on module id (a host composed without some module).</param>
    public static ModuleCatalog Discover(Func<string, bool>? include = null)
    {
        var scan = new ServiceCollection();
        scan.Scan(s => s
            .FromApplicationDependencies(a => a.GetName().Name?.StartsWith(ModuleAssemblyPrefix, StringComparison.Ordinal) == true
                                              && !a.GetName().Name!.EndsWith(".Contracts", StringComparison.Ordinal)
                                              && !a.GetName().Name!.EndsWith("Tests", StringComparison.Ordinal))
            .AddClasses(c => c.AssignableTo<IZvhModule>(), publicOnly: true)
            .As<IZvhModule>()
            .WithSingletonLifetime());
        var modules = scan
            .Select(d => d.ImplementationType!)
            .Distinct()
            .Select(t => (IZvhModule)Activator.CreateInstance(t)!)
            .Where(m => include is null || include(m.Manifest.Id))
            .ToList();
        return Compose(modules);
    }

    /// <summary>Validates and orders an explicit set of modules.</summary>
    public static ModuleCatalog Compose(IEnumerable<IZvhModule> modules)
    {
        var list = modules.ToList();
        var kernel = KernelVersionAttribute.Current;
        foreach (var m in list)
        {
            var id = m.Manifest.Id;
            if (!ModuleIdPattern().IsMatch(id))
            {
                throw new ModuleCompositionException(
                    $"Module '{id}' ({m.GetType().FullName}) has an invalid id: use 2-31 lowercase ascii letters or digits.");
            }

            if (m.Manifest.RequiresKernel.Major != kernel.Major || m.Manifest.RequiresKernel > kernel)
            {
                throw new ModuleCompositionException(
                    $"Module '{id}' needs kernel {m.Manifest.RequiresKernel}, but this host runs kernel {kernel}.");
            }
        }

        var duplicate = list.GroupBy(m => m.Manifest.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ModuleCompositionException($"Module id '{duplicate.Key}' is declared by more than one module.");
        }

        var byId = list.ToDictionary(m => m.Manifest.Id, StringComparer.Ordinal);
        foreach (var m in list)
        {
            foreach (var dep in m.Manifest.Dependencies)
            {
                if (!byId.TryGetValue(dep.ModuleId, out var target))
                {
                    throw new ModuleCompositionException(
                        $"Module '{m.Manifest.Id}' depends on module '{dep.ModuleId}', which is not part of this host.");
                }

                if (target.Manifest.Version < dep.MinimumVersion)
                {
                    throw new ModuleCompositionException(
                        $"Module '{m.Manifest.Id}' needs module '{dep.ModuleId}' {dep.MinimumVersion} or later, but {target.Manifest.Version} is installed.");
                }
            }
        }

        var ordered = new List<IZvhModule>();
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false = visiting, true = done
        foreach (var m in list.OrderBy(m => m.Manifest.Id, StringComparer.Ordinal))
        {
            Visit(m, byId, state, ordered, []);
        }

        return new ModuleCatalog(ordered);
    }

    private static void Visit(IZvhModule m, Dictionary<string, IZvhModule> byId, Dictionary<string, bool> state,
        List<IZvhModule> ordered, List<string> path)
    {
        var id = m.Manifest.Id;
        if (state.TryGetValue(id, out var done))
        {
            if (!done)
            {
                throw new ModuleCompositionException(
                    $"Modules depend on each other in a cycle: {string.Join(" -> ", path.Append(id))}.");
            }

            return;
        }

        state[id] = false;
        path.Add(id);
        foreach (var dep in m.Manifest.Dependencies.OrderBy(d => d.ModuleId, StringComparer.Ordinal))
        {
            Visit(byId[dep.ModuleId], byId, state, ordered, path);
        }

        path.RemoveAt(path.Count - 1);
        state[id] = true;
        ordered.Add(m);
    }

    /// <summary>Assemblies of a catalog's modules, for scanning their handlers.</summary>
    public static IReadOnlyList<Assembly> AssembliesOf(ModuleCatalog catalog) => catalog.Assemblies.ToList();
}
