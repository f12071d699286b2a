using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using ZvhPlatform.Core.Privacy;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Core.Data;

/// <summary>
/// The access log in its own schema, apart from the data it describes: retention never deletes
/// here, and this context refuses to update or delete a line.
/// </summary>
internal sealed class AuditDbContext(DbContextOptions<AuditDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "audit";

    public override string Schema => SchemaName;

    public DbSet<AccessLogEntry> Entries => Set<AccessLogEntry>();

    public DbSet<AccessLogPerson> EntryPersons => Set<AccessLogPerson>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseRewrites();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseRewrites();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void RefuseRewrites()
    {
        if (ChangeTracker.Entries().Any(e => e.State is EntityState.Modified or EntityState.Deleted
                                             && e.Entity is AccessLogEntry or AccessLogPerson))
        {
            throw new InvalidOperationException("The access log is append-only.");
        }
    }

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AccessLogEntry>(b =>
        {
            b.ToTable("AccessLog");
            b.HasKey(e => e.Id);
            b.HasIndex(e => new { e.RegionId, e.Sequence }).IsUnique();
            b.HasIndex(e => new { e.RegionId, e.UserId, e.OccurredUtc });
            b.Property(e => e.Action).HasConversion<string>().HasMaxLength(20);
            b.Property(e => e.UserName).HasMaxLength(200);
            b.Property(e => e.Role).HasMaxLength(200);
            b.Property(e => e.Organisation).HasMaxLength(200);
            b.Property(e => e.OnBehalfOf).HasMaxLength(200);
            b.Property(e => e.Purpose).HasMaxLength(200);
            b.Property(e => e.Subject).HasMaxLength(200);
            b.Property(e => e.ModuleId).HasMaxLength(31);
            b.Property(e => e.Outcome).HasMaxLength(20);
            b.Property(e => e.PreviousHash).HasMaxLength(64);
            b.Property(e => e.Hash).HasMaxLength(64);
            b.HasMany(e => e.Persons).WithOne().HasForeignKey(p => p.EntryId);
        });
        modelBuilder.Entity<AccessLogPerson>(b =>
        {
            b.ToTable("AccessLogPersons");
            b.HasKey(p => new { p.EntryId, p.PersonId });
            b.HasIndex(p => new { p.RegionId, p.PersonId, p.OccurredUtc });
        });
    }
}

/// <summary>For <c>dotnet ef</c>: <c>-- --provider Sqlite|SqlServer|PostgreSql</c>.</summary>
internal sealed class AuditDbContextDesignTimeFactory : IDesignTimeDbContextFactory<AuditDbContext>
{
    public AuditDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AuditDbContext>()
            .UseZvhDatabase(DatabaseConfiguration.DesignTimeOptions(args), AuditDbContext.SchemaName).Options;
        return new AuditDbContext((DbContextOptions<AuditDbContext>)options);
    }
}
