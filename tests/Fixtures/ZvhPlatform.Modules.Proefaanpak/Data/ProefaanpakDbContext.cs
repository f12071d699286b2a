using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Modules.Proefaanpak.Data;

/// <summary>A note kept by the fixture module; region owned, with a concurrency version.</summary>
internal sealed class Notitie : IRegionOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    public string GemeenteCode { get; set; } = string.Empty;

    public string Tekst { get; set; } = string.Empty;

    public long Version { get; set; }
}

internal sealed class ProefaanpakDbContext(DbContextOptions<ProefaanpakDbContext> options) : ModuleDbContext(options)
{
    public override string Schema => ProefaanpakModule.Id;

    public DbSet<Notitie> Notities => Set<Notitie>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Notitie>(b =>
        {
            b.ToTable("Notities");
            b.Property(n => n.GemeenteCode).HasMaxLength(6);
            b.Property(n => n.Tekst).HasMaxLength(500);
        });
    }
}

internal sealed class ProefaanpakDbContextDesignTimeFactory : IDesignTimeDbContextFactory<ProefaanpakDbContext>
{
    public ProefaanpakDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<ProefaanpakDbContext>()
            .UseZvhDatabase(DatabaseConfiguration.DesignTimeOptions(args), ProefaanpakModule.Id).Options;
        return new ProefaanpakDbContext((DbContextOptions<ProefaanpakDbContext>)options);
    }
}
