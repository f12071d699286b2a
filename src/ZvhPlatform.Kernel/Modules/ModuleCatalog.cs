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
    public string? ModuleIdOf(Type type) =>
        Modules.FirstOrDefault(m => m.GetType().Assembly == type.Assembly)?.Manifest.Id;
}
