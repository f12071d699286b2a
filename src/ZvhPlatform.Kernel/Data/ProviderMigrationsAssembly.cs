using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ZvhPlatform.Kernel.Data;

/// <summary>
/// Lets one assembly hold a migration set per provider for the same context: only migrations and
/// the snapshot in a <c>.Migrations.</c> namespace ending with the active provider
/// (<c>.Sqlite</c>, <c>.SqlServer</c>, <c>.PostgreSql</c>) are seen.
/// This keeps every module one package that carries its own migrations for all three engines.
/// </summary>
public sealed class ProviderMigrationsAssembly : IMigrationsAssembly
{
    private readonly Type _contextType;
    private readonly string _segment;
    private readonly Lazy<IReadOnlyDictionary<string, TypeInfo>> _migrations;
    private readonly Lazy<ModelSnapshot?> _snapshot;

    /// <summary>Created by EF's service provider.</summary>
    public ProviderMigrationsAssembly(ICurrentDbContext currentContext)
    {
        ArgumentNullException.ThrowIfNull(currentContext);
        _contextType = currentContext.Context.GetType();
        Assembly = _contextType.Assembly;
        _segment = "." + currentContext.Context.Database.ProviderName switch
        {
            "Microsoft.EntityFrameworkCore.Sqlite" => "Sqlite",
            "Microsoft.EntityFrameworkCore.SqlServer" => "SqlServer",
            "Npgsql.EntityFrameworkCore.PostgreSQL" => "PostgreSql",
            var other => throw new NotSupportedException($"Database provider '{other}' is not supported."),
        };
        _migrations = new Lazy<IReadOnlyDictionary<string, TypeInfo>>(FindMigrations);
        _snapshot = new Lazy<ModelSnapshot?>(FindSnapshot);
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, TypeInfo> Migrations => _migrations.Value;

    /// <inheritdoc />
    public ModelSnapshot? ModelSnapshot => _snapshot.Value;

    /// <inheritdoc />
    public Assembly Assembly { get; }

    /// <inheritdoc />
    public string? FindMigrationId(string nameOrId) =>
        Migrations.Keys.FirstOrDefault(id => string.Equals(id, nameOrId, StringComparison.OrdinalIgnoreCase)
                                             || string.Equals(id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..], nameOrId, StringComparison.OrdinalIgnoreCase));

    /// <inheritdoc />
    public Migration CreateMigration(TypeInfo migrationClass, string activeProvider)
    {
        ArgumentNullException.ThrowIfNull(migrationClass);
        var migration = (Migration)Activator.CreateInstance(migrationClass.AsType())!;
        migration.ActiveProvider = activeProvider;
        return migration;
    }

    private bool IsMine(Type t) =>
        t.Namespace is { } ns && ns.EndsWith(_segment, StringComparison.Ordinal) && ns.Contains(".Migrations.", StringComparison.Ordinal)
        && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == _contextType;

    private IReadOnlyDictionary<string, TypeInfo> FindMigrations()
    {
        var result = new SortedDictionary<string, TypeInfo>(StringComparer.Ordinal);
        foreach (var t in Assembly.GetConstructibleTypes())
        {
            if (t.IsSubclassOf(typeof(Migration)) && IsMine(t) && t.GetCustomAttribute<MigrationAttribute>() is { } attribute)
            {
                result.Add(attribute.Id, t);
            }
        }

        return result;
    }

    private ModelSnapshot? FindSnapshot()
    {
        var type = Assembly.GetConstructibleTypes().FirstOrDefault(t => t.IsSubclassOf(typeof(ModelSnapshot)) && IsMine(t));
        return type is null ? null : (ModelSnapshot)Activator.CreateInstance(type.AsType())!;
    }
}

internal static class AssemblyTypeExtensions
{
    public static IEnumerable<TypeInfo> GetConstructibleTypes(this Assembly assembly) =>
        assembly.DefinedTypes.Where(t => !t.IsAbstract && !t.IsGenericTypeDefinition);
}
