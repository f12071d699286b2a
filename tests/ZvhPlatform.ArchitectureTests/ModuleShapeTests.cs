using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ZvhPlatform.Kernel.Modules;

namespace ZvhPlatform.ArchitectureTests;

/// <summary>
/// The shape every module has: one public entry type with a well-formed id, and everything else
/// internal unless the framework needs it public.
/// </summary>
public sealed partial class ModuleShapeTests
{
    /// <summary>
    /// Public types that are none of the allowed kinds, each with the reason it must be public.
    /// Keep this short: a new entry needs a reason a reviewer accepts.
    /// </summary>
    private static readonly Dictionary<string, string> DocumentedPublicTypes = new(StringComparer.Ordinal)
    {
        ["ZvhPlatform.Modules.Proefaanpak.JobRunLog"] =
            "test fixture: the integration tests read from it which region a job ran as",
    };

    [GeneratedRegex("^[a-z][a-z0-9]{1,30}$")]
    private static partial Regex ModuleIdPattern();

    [Theory]
    [MemberData(nameof(PlatformAssemblies.ModuleNames), MemberType = typeof(PlatformAssemblies))]
    public void A_module_has_exactly_one_public_entry_type_whose_id_matches_its_assembly_name(string moduleName)
    {
        var module = PlatformAssemblies.ModuleNamed(moduleName);
        var entryTypes = module.GetTypes().Where(t => t.IsAssignableTo(typeof(IZvhModule)) && t is { IsAbstract: false, IsInterface: false }).ToList();

        // An internal entry type would be skipped silently by the host's scan, so it counts too.
        var entry = Assert.Single(entryTypes);
        Assert.True(entry.IsPublic, $"{entry.FullName} must be public: the host only discovers public module types.");
        var constructor = entry.GetConstructor(Type.EmptyTypes);
        Assert.True(constructor is { IsPublic: true }, $"{entry.FullName} needs a public parameterless constructor: the host creates it before DI exists.");

        var manifest = ((IZvhModule)constructor!.Invoke(null)).Manifest;
        var id = manifest.Id;
        Assert.Matches(ModuleIdPattern(), id);
        var expected = moduleName[(moduleName.LastIndexOf('.') + 1)..].ToLowerInvariant();
        Assert.True(id == expected, $"The id of {entry.FullName} is '{id}'; it must be '{expected}', the last part of the assembly name in lowercase.");

        // The id is also the permission prefix, so modules cannot hand out each other's permissions.
        var foreign = manifest.Permissions.Select(p => p.Name).Where(n => !n.StartsWith(id + ".", StringComparison.Ordinal)).ToList();
        Assert.True(foreign.Count == 0, $"Permissions of '{id}' must start with '{id}.': {string.Join(", ", foreign)}");
    }

    [Fact]
    public void A_contracts_assembly_contains_no_module_entry_type()
    {
        foreach (var contracts in PlatformAssemblies.ModuleContracts.Append(PlatformAssemblies.CoreContracts))
        {
            var entries = contracts.GetTypes().Where(t => t.IsAssignableTo(typeof(IZvhModule)) && !t.IsInterface).Select(t => t.FullName).ToList();
            Assert.True(entries.Count == 0, $"{contracts.GetName().Name} declares module entry types ({string.Join(", ", entries)}); contracts only hold what other code may use.");
        }
    }

    [Theory]
    [MemberData(nameof(PlatformAssemblies.ModuleNames), MemberType = typeof(PlatformAssemblies))]
    public void A_module_keeps_its_types_internal_except_the_kinds_the_framework_needs_public(string moduleName)
    {
        var module = PlatformAssemblies.ModuleNamed(moduleName);

        var unexpected = PlatformAssemblies.OwnTypes(module)
            .Where(t => t.IsVisible && AllowedPublicKind(t) is null && !DocumentedPublicTypes.ContainsKey(t.FullName!))
            .Select(t => t.FullName)
            .ToList();

        Assert.True(unexpected.Count == 0,
            $"{moduleName} has public types that should be internal: {string.Join(", ", unexpected)}. Public are only the IZvhModule entry type, " +
            "MVC controllers and view components, Mediator messages and handlers, EF migrations, and the documented exceptions in this test.");
    }

    [Fact]
    public void Every_module_context_can_be_pooled_one_public_constructor_taking_only_its_options()
    {
        // EF's pool builds a context from its options alone; the region is given when it is handed out (ADR 14).
        var contexts = PlatformAssemblies.All.SelectMany(PlatformAssemblies.OwnTypes)
            .Where(t => !t.IsAbstract && t.IsSubclassOf(typeof(Kernel.Data.ModuleDbContext))).ToList();
        var wrong = contexts
            .Where(t => t.GetConstructors() is not [var only]
                        || only.GetParameters() is not [var p]
                        || p.ParameterType != typeof(Microsoft.EntityFrameworkCore.DbContextOptions<>).MakeGenericType(t))
            .Select(t => t.FullName).ToList();

        Assert.NotEmpty(contexts);
        Assert.True(wrong.Count == 0, $"Contexts the pool cannot build: {string.Join(", ", wrong)}. Give them one public constructor (DbContextOptions<T> options).");
    }

    [Fact]
    public void The_list_of_documented_public_types_names_only_types_that_exist_and_are_public()
    {
        var visible = PlatformAssemblies.Modules.SelectMany(PlatformAssemblies.OwnTypes).Where(t => t.IsVisible).Select(t => t.FullName).ToHashSet();

        var stale = DocumentedPublicTypes.Keys.Where(k => !visible.Contains(k)).ToList();

        Assert.True(stale.Count == 0, $"Remove these entries from the documented public types, they are gone or internal now: {string.Join(", ", stale)}");
    }

    /// <summary>Why a public type may be public, or null when it may not.</summary>
    private static string? AllowedPublicKind(Type type)
    {
        if (type.IsAssignableTo(typeof(IZvhModule)))
        {
            return "module entry type";
        }

        if (type.IsAssignableTo(typeof(ControllerBase)))
        {
            return "MVC controller (MVC discovers public controllers only)";
        }

        if (type.IsAssignableTo(typeof(ViewComponent)))
        {
            return "view component (discovered like controllers)";
        }

        if (type.GetInterfaces().Any(i => i.Namespace == "Mediator"))
        {
            return "Mediator message or handler (the source generator in the host needs to see it)";
        }

        if (type.IsAssignableTo(typeof(Migration)) || type.IsAssignableTo(typeof(ModelSnapshot)))
        {
            return "EF Core migration as generated by dotnet ef";
        }

        return null;
    }
}
