using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ZvhPlatform.Kernel.Data;

/// <summary>
/// Stamps new region-owned rows with the current region and refuses any write that would touch
/// another region's rows; also advances the version of edited <see cref="IVersioned"/> rows.
/// </summary>
public sealed class RegionStampInterceptor : SaveChangesInterceptor
{
    /// <summary>The interceptor is stateless; one instance serves every context.</summary>
    public static RegionStampInterceptor Instance { get; } = new();

    /// <inheritdoc />
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Apply(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    /// <inheritdoc />
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Apply(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private static void Apply(DbContext? context)
    {
        if (context is not ModuleDbContext db)
        {
            return;
        }

        var current = db.CurrentRegionId;
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.Entity is IRegionOwned owned)
            {
                switch (entry.State)
                {
                    case EntityState.Added when owned.RegionId == Guid.Empty:
                        if (current == Guid.Empty)
                        {
                            throw new RegionWriteViolationException(
                                $"Cannot save a new {entry.Metadata.ClrType.Name} outside a region.");
                        }

                        owned.RegionId = current;
                        break;
                    case EntityState.Added or EntityState.Modified or EntityState.Deleted
                        when owned.RegionId != current && !db.CrossRegion:
                        throw new RegionWriteViolationException(
                            $"A {entry.Metadata.ClrType.Name} of another region cannot be written from this region.");
                }

                if (entry.State == EntityState.Modified && entry.Property(nameof(IRegionOwned.RegionId)).IsModified)
                {
                    throw new RegionWriteViolationException("The region of a saved row cannot change.");
                }
            }

            if (entry.Entity is IVersioned versioned && entry.State == EntityState.Modified)
            {
                versioned.Version++;
            }
        }
    }
}

/// <summary>Thrown when a write would cross a region boundary.</summary>
public sealed class RegionWriteViolationException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public RegionWriteViolationException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public RegionWriteViolationException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public RegionWriteViolationException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
