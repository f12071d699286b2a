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
/// <remarks>
/// Contexts are pooled (<c>AddModuleDbContext</c>, ADR 14): a derived context has exactly one public constructor,
/// taking only its <c>DbContextOptions&lt;T&gt;</c>, and gets the region of its scope with <see cref="UseRegion"/>
/// when it is handed out. A context that was never given a region (rented from the factory directly, or after
/// it went back to the pool) reads nothing region-owned and refuses to write it.
/// </remarks>
public abstract class ModuleDbContext : DbContext
{
    /// <summary>Name of the query filter that scopes reads to the current region.</summary>
    public const string RegionFilter = "Region";

    private static readonly IRegionContext NoRegion = new StaticRegionContext(null);

    private IRegionContext _region = NoRegion;

    /// <summary>Creates the context; it sees no region until <see cref="UseRegion"/>.</summary>
    protected ModuleDbContext(DbContextOptions options) : base(options)
    {
    }

    /// <summary>Scopes this context to the region context of its unit of work (read when each statement runs).</summary>
    protected internal void UseRegion(IRegionContext region) => _region = region ?? throw new ArgumentNullException(nameof(region));

    /// <inheritdoc />
    public override void Dispose()
    {
        // Forget the region before the context goes back to the pool, so that nothing rented later can read with it.
        _region = NoRegion;
        base.Dispose();
    }

    /// <inheritdoc />
    public override ValueTask DisposeAsync()
    {
        _region = NoRegion;
        return base.DisposeAsync();
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
    protected bool IsSqlite => SqliteDatabase.Is(this);

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
