using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Core.Data;

/// <summary>The shared casework kernel: cases of every aanpak, their persons and participants, access and retention.</summary>
internal sealed class CaseworkDbContext(DbContextOptions<CaseworkDbContext> options, IRegionContext region) : ModuleDbContext(options, region)
{
    public const string SchemaName = "casework";

    public override string Schema => SchemaName;

    public DbSet<Casus> Casussen => Set<Casus>();

    public DbSet<CasusPersoon> CasusPersonen => Set<CasusPersoon>();

    public DbSet<CasusDeelnemer> Deelnemers => Set<CasusDeelnemer>();

    public DbSet<Noodtoegang> Noodtoegangen => Set<Noodtoegang>();

    public DbSet<Verwijderbewijs> Verwijderbewijzen => Set<Verwijderbewijs>();

    public DbSet<Bewaarverlenging> Bewaarverlengingen => Set<Bewaarverlenging>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Casus>(b =>
        {
            b.ToTable("Casussen");
            b.Property(c => c.Kenmerk).HasMaxLength(20);
            b.Property(c => c.ModuleId).HasMaxLength(31);
            b.Property(c => c.GemeenteCode).HasMaxLength(6);
            b.Property(c => c.Doel).HasMaxLength(200);
            b.Property(c => c.Grondslag).HasMaxLength(300);
            b.Property(c => c.AfsluitReden).HasMaxLength(200);
            b.HasIndex(c => new { c.RegionId, c.Kenmerk }).IsUnique();
            b.HasIndex(c => new { c.RegionId, c.AfgeslotenOp });
            b.HasMany(c => c.Personen).WithOne().HasForeignKey(p => p.CasusId).OnDelete(DeleteBehavior.Cascade);
            b.HasMany(c => c.Deelnemers).WithOne().HasForeignKey(d => d.CasusId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<CasusPersoon>(b =>
        {
            b.ToTable("CasusPersonen");
            b.HasKey(p => new { p.CasusId, p.PersonId });
            b.Property(p => p.Rol).HasConversion<string>().HasMaxLength(20);
            b.HasIndex(p => new { p.RegionId, p.PersonId });
        });
        modelBuilder.Entity<CasusDeelnemer>(b =>
        {
            b.ToTable("Deelnemers");
            b.Property(d => d.Naam).HasMaxLength(200);
            b.Property(d => d.Organisatie).HasMaxLength(200);
            b.HasIndex(d => new { d.RegionId, d.UserId });
        });
        modelBuilder.Entity<Noodtoegang>(b =>
        {
            b.ToTable("Noodtoegangen");
            b.Property(n => n.Reden).HasMaxLength(1000);
            b.HasIndex(n => new { n.RegionId, n.UserId, n.CasusId });
        });
        modelBuilder.Entity<Verwijderbewijs>(b =>
        {
            b.ToTable("Verwijderbewijzen");
            b.Property(v => v.Kenmerk).HasMaxLength(20);
            b.Property(v => v.ModuleId).HasMaxLength(31);
        });
        modelBuilder.Entity<Bewaarverlenging>(b =>
        {
            b.ToTable("Bewaarverlengingen");
            b.Property(v => v.Reden).HasMaxLength(1000);
            b.Property(v => v.Door).HasMaxLength(200);
        });
    }
}

/// <summary>For <c>dotnet ef</c>: <c>-- --provider Sqlite|SqlServer|PostgreSql</c>.</summary>
internal sealed class CaseworkDbContextDesignTimeFactory : IDesignTimeDbContextFactory<CaseworkDbContext>
{
    public CaseworkDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<CaseworkDbContext>()
            .UseZvhDatabase(DatabaseConfiguration.DesignTimeOptions(args), CaseworkDbContext.SchemaName).Options;
        return new CaseworkDbContext((DbContextOptions<CaseworkDbContext>)options, new StaticRegionContext(null));
    }
}
