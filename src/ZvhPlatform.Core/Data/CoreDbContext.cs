using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using ZvhPlatform.Core.Persons;
using ZvhPlatform.Core.Regions;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Core.Data;

/// <summary>The core's own data: regions, their geography and contracts.</summary>
internal sealed class CoreDbContext(DbContextOptions<CoreDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "core";

    public override string Schema => SchemaName;

    public DbSet<Region> Regions => Set<Region>();

    public DbSet<District> Districts => Set<District>();

    public DbSet<Gemeente> Gemeenten => Set<Gemeente>();

    public DbSet<ModuleContract> Contracts => Set<ModuleContract>();

    public DbSet<ContractChange> ContractChanges => Set<ContractChange>();

    public DbSet<Person> Persons => Set<Person>();

    public DbSet<PersonAlias> PersonAliases => Set<PersonAlias>();

    public DbSet<PersonChange> PersonChanges => Set<PersonChange>();

    public DbSet<PersonMerge> PersonMerges => Set<PersonMerge>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Region>(b =>
        {
            b.ToTable("Regions");
            b.HasIndex(r => r.Key).IsUnique();
            b.Property(r => r.Key).HasMaxLength(40);
            b.Property(r => r.Name).HasMaxLength(200);
            b.Property(r => r.HostNames).HasMaxLength(1000);
            b.Property(r => r.Contactpunt).HasMaxLength(300);
        });
        modelBuilder.Entity<District>(b =>
        {
            b.ToTable("Districts");
            b.Property(d => d.Name).HasMaxLength(100);
        });
        modelBuilder.Entity<Gemeente>(b =>
        {
            b.ToTable("Gemeenten");
            b.Property(g => g.CbsCode).HasMaxLength(6);
            b.Property(g => g.Name).HasMaxLength(100);
            b.HasIndex(g => new { g.RegionId, g.CbsCode }).IsUnique();
        });
        modelBuilder.Entity<ModuleContract>(b =>
        {
            b.ToTable("ModuleContracts");
            b.Property(c => c.ModuleId).HasMaxLength(31);
            b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
            b.Property(c => c.Note).HasMaxLength(2000);
            b.HasMany(c => c.Gemeenten).WithOne().HasForeignKey(g => g.ContractId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(c => new { c.RegionId, c.ModuleId });
        });
        modelBuilder.Entity<ContractGemeente>(b =>
        {
            b.ToTable("ContractGemeenten");
            b.HasKey(g => new { g.ContractId, g.CbsCode });
            b.Property(g => g.CbsCode).HasMaxLength(6);
        });
        modelBuilder.Entity<ContractChange>(b =>
        {
            b.ToTable("ContractChanges");
            b.Property(c => c.ModuleId).HasMaxLength(31);
            b.Property(c => c.ChangedBy).HasMaxLength(200);
            b.Property(c => c.Action).HasMaxLength(20);
            b.Property(c => c.Description).HasMaxLength(4000);
            b.HasIndex(c => new { c.RegionId, c.ChangedUtc });
        });
        modelBuilder.Entity<Person>(b =>
        {
            b.ToTable("Persons");
            b.Property(p => p.Bsn).HasMaxLength(9);
            b.Property(p => p.Voornamen).HasMaxLength(200);
            b.Property(p => p.Tussenvoegsel).HasMaxLength(20);
            b.Property(p => p.Achternaam).HasMaxLength(200);
            b.Property(p => p.Geslacht).HasConversion<string>().HasMaxLength(10);
            b.Property(p => p.Adres).HasMaxLength(200);
            b.Property(p => p.Postcode).HasMaxLength(7);
            b.Property(p => p.Woonplaats).HasMaxLength(100);
            b.Property(p => p.GemeenteCode).HasMaxLength(6);
            b.Property(p => p.Telefoon).HasMaxLength(30);
            b.Property(p => p.Email).HasMaxLength(200);
            b.Property(p => p.ZoekNaam).HasMaxLength(420);
            b.Property(p => p.ZoekAchternaam).HasMaxLength(220);
            b.HasIndex(p => new { p.RegionId, p.Bsn });
            b.HasIndex(p => new { p.RegionId, p.ZoekAchternaam });
            b.HasIndex(p => new { p.RegionId, p.Geboortedatum });
            // SQLite cannot use the (RegionId, ...) indexes under the region filter's "CrossRegion OR RegionId = @p"
            // (bench/README.md); with the search column first it can, and filters the region on the index.
            b.HasIndex(p => new { p.Bsn, p.RegionId });
            b.HasIndex(p => new { p.Geboortedatum, p.RegionId });
            b.HasMany(p => p.Aliases).WithOne().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<PersonAlias>(b =>
        {
            b.ToTable("PersonAliases");
            b.Property(a => a.Naam).HasMaxLength(200);
            b.Property(a => a.ZoekNaam).HasMaxLength(200);
            b.HasIndex(a => new { a.RegionId, a.ZoekNaam });
        });
        modelBuilder.Entity<PersonChange>(b =>
        {
            b.ToTable("PersonChanges");
            b.Property(c => c.ChangedBy).HasMaxLength(200);
            b.Property(c => c.Action).HasMaxLength(40);
            b.Property(c => c.Details).HasMaxLength(8000);
            b.HasIndex(c => new { c.RegionId, c.PersonId });
        });
        modelBuilder.Entity<PersonMerge>(b =>
        {
            b.ToTable("PersonMerges");
            b.Property(m => m.MergedBy).HasMaxLength(200);
            b.Property(m => m.AddedAliasIds).HasMaxLength(4000);
        });
    }
}

/// <summary>For <c>dotnet ef</c>: <c>-- --provider Sqlite|SqlServer|PostgreSql</c>.</summary>
internal sealed class CoreDbContextDesignTimeFactory : IDesignTimeDbContextFactory<CoreDbContext>
{
    public CoreDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<CoreDbContext>()
            .UseZvhDatabase(DatabaseConfiguration.DesignTimeOptions(args), CoreDbContext.SchemaName).Options;
        return new CoreDbContext((DbContextOptions<CoreDbContext>)options);
    }
}
