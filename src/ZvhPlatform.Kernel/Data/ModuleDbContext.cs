using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Kernel.Data;

/// <summary>
/// Base for every module's (and the core's) DbContext: its own schema and migrations history,
/// the region filter on every <see cref="IRegionOwned"/> entity, and a concurrency token on every
/// <see cref="IVersioned"/> entity.
/// </summary>
public abstract class ModuleDbContext : DbContext
{
    /// <summary>Name of the query filter that scopes reads to the current region.</summary>
    public const string RegionFilter = "Region";

    private readonly IRegionContext _region;

    /// <summary>Creates the context for the region of the current scope.</summary>
    protected ModuleDbContext(DbContextOptions options, IRegionContext region) : base(options)
    {
        _region = region ?? throw new ArgumentNullException(nameof(region));
    }

    /// <summary>The SQL schema, equal to the module id (the core uses <c>core</c>).</summary>
    public abstract string Schema { get; }

    /// <summary>The region reads are scoped to; <see cref="Guid.Empty"/> (nothing) outside a region.</summary>
    public Guid CurrentRegionId => _region.Region?.Id ?? Guid.Empty;

    /// <summary>True inside an explicit cross-region scope.</summary>
    public bool CrossRegion => _region.CrossRegion;

    /// <summary>The region context of this unit of work.</summary>
    public IRegionContext RegionContext => _region;

    /// <summary>Table name for a module table: SQLite has no schemas, so the schema becomes a prefix there.</summary>
    protected string TableName(string name) => IsSqlite ? $"{Schema}_{name}" : name;

    /// <summary>True when running on SQLite.</summary>
    protected bool IsSqlite => Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite";

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        base.OnModelCreating(modelBuilder);
        if (!IsSqlite)
        {
            modelBuilder.HasDefaultSchema(Schema);
        }

        ConfigureModel(modelBuilder);
        modelBuilder.Entity<Outbox.OutboxMessage>(b =>
        {
            b.ToTable("OutboxMessages");
            b.HasKey(m => m.Id);
            b.Property(m => m.EventType).HasMaxLength(300);
            b.Property(m => m.LastError).HasMaxLength(1000);
            b.HasIndex(m => m.ProcessedUtc);
        });

        foreach (var entityType in modelBuilder.Model.GetEntityTypes().Where(t => t.BaseType is null).ToList())
        {
            var clr = entityType.ClrType;
            if (IsSqlite && entityType.GetTableName() is { } table && !table.StartsWith(Schema + "_", StringComparison.Ordinal))
            {
                entityType.SetTableName($"{Schema}_{table}");
            }

            if (typeof(IRegionOwned).IsAssignableFrom(clr))
            {
                ApplyRegionFilterMethod.MakeGenericMethod(clr).Invoke(this, [modelBuilder]);
            }

            if (typeof(IVersioned).IsAssignableFrom(clr))
            {
                modelBuilder.Entity(clr).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
            }
        }
    }

    /// <summary>Where a module configures its entities.</summary>
    protected abstract void ConfigureModel(ModelBuilder modelBuilder);

    private static readonly MethodInfo ApplyRegionFilterMethod =
        typeof(ModuleDbContext).GetMethod(nameof(ApplyRegionFilter), BindingFlags.Instance | BindingFlags.NonPublic)!;

    private void ApplyRegionFilter<TEntity>(ModelBuilder modelBuilder)
        where TEntity : class, IRegionOwned
    {
        Expression<Func<TEntity, bool>> filter = e => CrossRegion || e.RegionId == CurrentRegionId;
        modelBuilder.Entity<TEntity>().HasQueryFilter(RegionFilter, filter);
        modelBuilder.Entity<TEntity>().HasIndex(e => e.RegionId);
    }
}
