using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using ZvhPlatform.Core.Partners;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Core.Data;

/// <summary>The region's convenantpartners, their signatures and professionals, and geheimhoudingsverklaringen.</summary>
internal sealed class PartnersDbContext(DbContextOptions<PartnersDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "partners";

    public override string Schema => SchemaName;

    public DbSet<Convenantpartner> Partners => Set<Convenantpartner>();

    public DbSet<Ondertekening> Ondertekeningen => Set<Ondertekening>();

    public DbSet<Professional> Professionals => Set<Professional>();

    public DbSet<Geheimhoudingsverklaring> Geheimhoudingsverklaringen => Set<Geheimhoudingsverklaring>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Convenantpartner>(b =>
        {
            b.ToTable("Convenantpartners");
            b.Property(p => p.Naam).HasMaxLength(200);
            b.Property(p => p.Domein).HasConversion<string>().HasMaxLength(20);
            b.Property(p => p.Type).HasConversion<string>().HasMaxLength(40);
            b.Property(p => p.GemeenteCode).HasMaxLength(6);
            b.HasIndex(p => new { p.RegionId, p.Naam });
            b.HasMany(p => p.Ondertekeningen).WithOne().HasForeignKey(o => o.PartnerId).OnDelete(DeleteBehavior.Cascade);
            b.HasMany(p => p.Professionals).WithOne().HasForeignKey(o => o.PartnerId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Ondertekening>(b =>
        {
            b.ToTable("Ondertekeningen");
            b.Property(o => o.Document).HasConversion<string>().HasMaxLength(30);
            b.Property(o => o.Versie).HasMaxLength(50);
            b.Property(o => o.OndertekendDoor).HasMaxLength(200);
            b.Property(o => o.VastgelegdDoor).HasMaxLength(200);
        });
        modelBuilder.Entity<Professional>(b =>
        {
            b.ToTable("Professionals");
            b.Property(p => p.Naam).HasMaxLength(200);
            b.Property(p => p.Email).HasMaxLength(200);
            b.Property(p => p.Telefoon).HasMaxLength(30);
            b.Property(p => p.Functie).HasMaxLength(200);
            b.HasIndex(p => new { p.RegionId, p.Email });
        });
        modelBuilder.Entity<Geheimhoudingsverklaring>(b =>
        {
            b.ToTable("Geheimhoudingsverklaringen");
            b.Property(g => g.Naam).HasMaxLength(200);
            b.Property(g => g.Email).HasMaxLength(200);
            b.Property(g => g.Organisatie).HasMaxLength(200);
            b.Property(g => g.VastgelegdDoor).HasMaxLength(200);
            b.HasIndex(g => new { g.RegionId, g.Email });
        });
    }
}

/// <summary>For <c>dotnet ef</c>: <c>-- --provider Sqlite|SqlServer|PostgreSql</c>.</summary>
internal sealed class PartnersDbContextDesignTimeFactory : IDesignTimeDbContextFactory<PartnersDbContext>
{
    public PartnersDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PartnersDbContext>()
            .UseZvhDatabase(DatabaseConfiguration.DesignTimeOptions(args), PartnersDbContext.SchemaName).Options;
        return new PartnersDbContext((DbContextOptions<PartnersDbContext>)options);
    }
}
