using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using ZvhPlatform.Core.Privacy;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Core.Data;

/// <summary>The region's privacy protocol versions and the data subject requests desk, in schema <c>privacy</c>.</summary>
internal sealed class PrivacyDbContext(DbContextOptions<PrivacyDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "privacy";

    public override string Schema => SchemaName;

    public DbSet<PrivacyprotocolVersie> ProtocolVersies => Set<PrivacyprotocolVersie>();

    public DbSet<ProtocolDoel> ProtocolDoelen => Set<ProtocolDoel>();

    public DbSet<ProtocolGegevensdeling> ProtocolGegevensdelingen => Set<ProtocolGegevensdeling>();

    public DbSet<ProtocolBewaartermijn> ProtocolBewaartermijnen => Set<ProtocolBewaartermijn>();

    public DbSet<ProtocolInformeren> ProtocolInformeren => Set<ProtocolInformeren>();

    public DbSet<Verzoek> Verzoeken => Set<Verzoek>();

    public DbSet<VerzoekStatusWijziging> VerzoekStatusWijzigingen => Set<VerzoekStatusWijziging>();

    public DbSet<Verwerkingsbeperking> Verwerkingsbeperkingen => Set<Verwerkingsbeperking>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PrivacyprotocolVersie>(b =>
        {
            b.ToTable("ProtocolVersies");
            b.HasKey(v => v.Id);
            b.HasIndex(v => new { v.RegionId, v.VersieNummer }).IsUnique();
            b.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
            b.Property(v => v.DpiaReferentie).HasMaxLength(200);
            b.Property(v => v.AangemaaktDoor).HasMaxLength(200);
            b.Property(v => v.VastgesteldDoor).HasMaxLength(200);
            b.HasMany(v => v.Doelen).WithOne().HasForeignKey(d => d.VersieId).OnDelete(DeleteBehavior.Cascade);
            b.HasMany(v => v.Gegevensdelingen).WithOne().HasForeignKey(d => d.VersieId).OnDelete(DeleteBehavior.Cascade);
            b.HasMany(v => v.Bewaartermijnen).WithOne().HasForeignKey(d => d.VersieId).OnDelete(DeleteBehavior.Cascade);
            b.HasMany(v => v.Informeren).WithOne().HasForeignKey(d => d.VersieId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ProtocolDoel>(b =>
        {
            b.ToTable("ProtocolDoelen");
            b.HasKey(d => d.Id);
            b.Property(d => d.ModuleId).HasMaxLength(31);
            b.Property(d => d.Doel).HasMaxLength(200);
            b.Property(d => d.Grondslag).HasMaxLength(300);
        });
        modelBuilder.Entity<ProtocolGegevensdeling>(b =>
        {
            b.ToTable("ProtocolGegevensdelingen");
            b.HasKey(d => d.Id);
            b.Property(d => d.ModuleId).HasMaxLength(31);
            b.Property(d => d.PartnerType).HasMaxLength(200);
            b.Property(d => d.Categorie).HasConversion<string>().HasMaxLength(10);
        });
        modelBuilder.Entity<ProtocolBewaartermijn>(b =>
        {
            b.ToTable("ProtocolBewaartermijnen");
            b.HasKey(d => d.Id);
            b.Property(d => d.ModuleId).HasMaxLength(31);
        });
        modelBuilder.Entity<ProtocolInformeren>(b =>
        {
            b.ToTable("ProtocolInformeren");
            b.HasKey(d => d.Id);
            b.Property(d => d.ModuleId).HasMaxLength(31);
            b.Property(d => d.RedenenNietInformeren).HasMaxLength(2000);
            b.Ignore(d => d.Redenen);
        });
        modelBuilder.Entity<Verzoek>(b =>
        {
            b.ToTable("Verzoeken");
            b.HasKey(v => v.Id);
            b.HasIndex(v => new { v.RegionId, v.Status, v.Termijn });
            b.HasIndex(v => new { v.RegionId, v.PersonId });
            b.Property(v => v.Soort).HasConversion<string>().HasMaxLength(20);
            b.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
            b.Property(v => v.Omschrijving).HasMaxLength(2000);
            b.Property(v => v.Reden).HasMaxLength(2000);
            b.Property(v => v.GeregistreerdDoor).HasMaxLength(200);
            b.Property(v => v.BehandeldDoor).HasMaxLength(200);
            b.Ignore(v => v.IsAfgesloten);
            b.HasMany(v => v.Historie).WithOne().HasForeignKey(h => h.VerzoekId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<VerzoekStatusWijziging>(b =>
        {
            b.ToTable("VerzoekStatusWijzigingen");
            b.HasKey(h => h.Id);
            b.Property(h => h.GewijzigdDoor).HasMaxLength(200);
            b.Property(h => h.Van).HasConversion<string>().HasMaxLength(20);
            b.Property(h => h.Naar).HasConversion<string>().HasMaxLength(20);
            b.Property(h => h.Reden).HasMaxLength(2000);
        });
        modelBuilder.Entity<Verwerkingsbeperking>(b =>
        {
            b.ToTable("Verwerkingsbeperkingen");
            b.HasKey(r => r.Id);
            b.HasIndex(r => new { r.RegionId, r.PersonId, r.OpgehevenUtc });
            b.Property(r => r.Reden).HasMaxLength(2000);
            b.Property(r => r.RedenOpheffing).HasMaxLength(2000);
            b.Property(r => r.IngesteldDoor).HasMaxLength(200);
            b.Property(r => r.OpgehevenDoor).HasMaxLength(200);
        });
    }
}

/// <summary>For <c>dotnet ef</c>: <c>-- --provider Sqlite|SqlServer|PostgreSql</c>.</summary>
internal sealed class PrivacyDbContextDesignTimeFactory : IDesignTimeDbContextFactory<PrivacyDbContext>
{
    public PrivacyDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PrivacyDbContext>()
            .UseZvhDatabase(DatabaseConfiguration.DesignTimeOptions(args), PrivacyDbContext.SchemaName).Options;
        return new PrivacyDbContext((DbContextOptions<PrivacyDbContext>)options);
    }
}
