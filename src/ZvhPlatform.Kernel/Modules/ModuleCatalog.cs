using System.Reflection;

namespace ZvhPlatform.Kernel.Modules;

/// <summary>The modules composed into this host, in dependency order.</summary>
public sealed class ModuleCatalog
{
    private readonly Dictionary<string, IZvhModule> _byId;

    /// <summary>Creates a catalog from modules already ordered by dependency.</summary>
    public ModuleCatalog(IReadOnlyList<IZvhModule> orderedModules)
    {
        Modules = orderedModules;
        _byId = orderedModules.ToDictionary(m => m.Manifest.Id, StringComparer.Ordinal);
    }

    /// <summary>The modules in dependency order (dependencies first).</summary>
    public IReadOnlyList<IZvhModule> Modules { get; }

    /// <summary>The assemblies that hold the modules.</summary>
    public IEnumerable<Assembly> Assemblies => Modules.Select(m => m.GetType().Assembly).Distinct();

    /// <summary>Whether a module with this id is composed into the host.</summary>
    public bool Contains(string moduleId) => _byId.ContainsKey(moduleId);

    /// <summary>The module with this id, or null.</summary>
    public IZvhModule? Find(string moduleId) => _byId.GetValueOrDefault(moduleId);

    /// <summary>The module id owning a type, or null when the type belongs to no module.</summary>
    public string? ModuleIdOf(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return _ownerByAssembly.GetOrAdd(type.Assembly, (a, modules) => modules.FirstOrDefault(m => m.GetType().Assembly == a)?.Manifest.Id, Modules);
    }

    /// <summary>Whether the assembly is named as a module's (composed into this host or not).</summary>
    public static bool IsModuleAssembly(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return NamedAsModule.GetOrAdd(assembly, a => a.GetName().Name?.StartsWith(ModuleComposer.ModuleAssemblyPrefix, StringComparison.Ordinal) == true);
    }

    // Both are asked for every request and every Mediator message; Assembly.GetName builds a new AssemblyName each time.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Assembly, string?> _ownerByAssembly = new();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Assembly, bool> NamedAsModule = new();
}
