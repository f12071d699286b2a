using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using ZvhPlatform.Core.Contracts.Partners;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Modules.CoVeCa.Data;

/// <summary>Which checklist a criterion belongs to.</summary>
internal enum CriteriumSoort
{
    /// <summary>Selection criteria, answered at intake.</summary>
    Selectie,

    /// <summary>Closing criteria, answered before the case closes.</summary>
    Afsluiting,
}

/// <summary>One of the region's selection or closing criteria; the beheerder rewords or deactivates it, never deletes it.</summary>
internal sealed class Criterium : IRegionOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    public CriteriumSoort Soort { get; set; }

    public string Tekst { get; set; } = string.Empty;

    public int Volgorde { get; set; }

    public bool Actief { get; set; } = true;

    public long Version { get; set; }
}

/// <summary>What the module keeps about a core case: its placement on the Top X list and when the checklists were filled in.</summary>
internal sealed class CoVeCaCasus : IRegionOwned, IVersioned
{
    /// <summary>The core case's id (no foreign key across schemas).</summary>
    public Guid CasusId { get; set; }

    public Guid RegionId { get; set; }

    /// <summary>"topx" or "ogg" once placed on the Top X list.</summary>
    public string? PlaatsingSubAanpak { get; set; }

    public Guid? PlaatsingPartnerId { get; set; }

    public string? PlaatsingPartnerNaam { get; set; }

    public PartnerType? PlaatsingPartnerType { get; set; }

    public DateOnly? GeplaatstOp { get; set; }

    public DateOnly? SelectieIngevuldOp { get; set; }

    public DateOnly? AfsluitingIngevuldOp { get; set; }

    public long Version { get; set; }

    public List<ChecklistAntwoord> Antwoorden { get; set; } = [];
}

/// <summary>One criterion answered for a case: met or not, with a note.</summary>
internal sealed class ChecklistAntwoord : IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    public Guid CasusId { get; set; }

    public Guid CriteriumId { get; set; }

    public CriteriumSoort Soort { get; set; }

    public bool Voldaan { get; set; }

    public string? Toelichting { get; set; }

    public Guid? DoorUserId { get; set; }

    public DateTime VastgelegdUtc { get; set; }
}

internal sealed class CoVeCaDbContext(DbContextOptions<CoVeCaDbContext> options) : ModuleDbContext(options)
{
    public override string Schema => CoVeCaModule.Id;

    public DbSet<Criterium> Criteria => Set<Criterium>();

    public DbSet<CoVeCaCasus> Casussen => Set<CoVeCaCasus>();

    public DbSet<ChecklistAntwoord> Antwoorden => Set<ChecklistAntwoord>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Criterium>(b =>
        {
            b.ToTable("Criteria");
            b.Property(c => c.Tekst).HasMaxLength(300);
            b.Property(c => c.Soort).HasConversion<string>().HasMaxLength(20);
            b.HasIndex(c => new { c.RegionId, c.Soort, c.Tekst }).IsUnique();
        });
        modelBuilder.Entity<CoVeCaCasus>(b =>
        {
            b.ToTable("Casussen");
            b.HasKey(c => c.CasusId);
            b.Property(c => c.PlaatsingSubAanpak).HasMaxLength(20);
            b.Property(c => c.PlaatsingPartnerNaam).HasMaxLength(200);
            b.Property(c => c.PlaatsingPartnerType).HasConversion<string>().HasMaxLength(40);
            b.HasMany(c => c.Antwoorden).WithOne().HasForeignKey(a => a.CasusId);
        });
        modelBuilder.Entity<ChecklistAntwoord>(b =>
        {
            b.ToTable("ChecklistAntwoorden");
            b.Property(a => a.Soort).HasConversion<string>().HasMaxLength(20);
            b.Property(a => a.Toelichting).HasMaxLength(1000);
            b.HasIndex(a => new { a.CasusId, a.CriteriumId }).IsUnique();
        });
    }
}

internal sealed class CoVeCaDbContextDesignTimeFactory : IDesignTimeDbContextFactory<CoVeCaDbContext>
{
    public CoVeCaDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<CoVeCaDbContext>()
            .UseZvhDatabase(DatabaseConfiguration.DesignTimeOptions(args), CoVeCaModule.Id).Options;
        return new CoVeCaDbContext((DbContextOptions<CoVeCaDbContext>)options);
    }
}
