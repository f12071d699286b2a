using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Modules.PgaTafel.Data;

/// <summary>A member of the table: a professional of a partner organisation (or the ZVH's chair), from a date until a date.</summary>
internal sealed class TafelLid : IRegionOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    public string Naam { get; set; } = string.Empty;

    public string Organisatie { get; set; } = string.Empty;

    /// <summary>Role at the table, e.g. "voorzitter", "vaste deelnemer".</summary>
    public string? Rol { get; set; }

    public DateOnly Sinds { get; set; }

    /// <summary>Last day at the table; null while a member.</summary>
    public DateOnly? Tot { get; set; }

    public long Version { get; set; }
}

/// <summary>A case escalated from the table to CoVeCa / Top X: the aanmelding the core registered for it.</summary>
internal sealed class Opschaling : IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    /// <summary>The core case of the table (no foreign key across schemas).</summary>
    public Guid CasusId { get; set; }

    /// <summary>Municipality the aanmelding was registered for (invoicing).</summary>
    public string GemeenteCode { get; set; } = string.Empty;

    public string NaarModuleId { get; set; } = string.Empty;

    public string? SubAanpak { get; set; }

    public Guid AanmeldingId { get; set; }

    public string AanmeldingKenmerk { get; set; } = string.Empty;

    public DateOnly Datum { get; set; }

    public Guid? DoorUserId { get; set; }
}

internal sealed class PgaTafelDbContext(DbContextOptions<PgaTafelDbContext> options) : ModuleDbContext(options)
{
    public override string Schema => PgaTafelModule.Id;

    public DbSet<TafelLid> Leden => Set<TafelLid>();

    public DbSet<Opschaling> Opschalingen => Set<Opschaling>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<TafelLid>(b =>
        {
            b.ToTable("Leden");
            b.Property(l => l.Naam).HasMaxLength(200);
            b.Property(l => l.Organisatie).HasMaxLength(200);
            b.Property(l => l.Rol).HasMaxLength(100);
            b.HasIndex(l => new { l.RegionId, l.Tot });
        });
        modelBuilder.Entity<Opschaling>(b =>
        {
            b.ToTable("Opschalingen");
            b.Property(o => o.GemeenteCode).HasMaxLength(10);
            b.Property(o => o.NaarModuleId).HasMaxLength(50);
            b.Property(o => o.SubAanpak).HasMaxLength(50);
            b.Property(o => o.AanmeldingKenmerk).HasMaxLength(20);
            b.HasIndex(o => new { o.RegionId, o.Datum });
            b.HasIndex(o => o.CasusId);
        });
    }
}

internal sealed class PgaTafelDbContextDesignTimeFactory : IDesignTimeDbContextFactory<PgaTafelDbContext>
{
    public PgaTafelDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PgaTafelDbContext>()
            .UseZvhDatabase(DatabaseConfiguration.DesignTimeOptions(args), PgaTafelModule.Id).Options;
        return new PgaTafelDbContext((DbContextOptions<PgaTafelDbContext>)options);
    }
}
