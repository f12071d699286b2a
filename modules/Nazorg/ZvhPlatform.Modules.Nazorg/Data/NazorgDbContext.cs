using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Modules.Nazorg.Data;

/// <summary>Where a DJI melding stands.</summary>
internal enum MeldingStatus
{
    /// <summary>For a municipality outside the contract; the coordinator decides (only when the region parks such meldingen).</summary>
    Geparkeerd,

    /// <summary>Received; consent still to be asked.</summary>
    Ontvangen,

    /// <summary>The person consented: nazorg runs, before or after release.</summary>
    Actief,

    /// <summary>The person refused (or withdrew) consent: only the minimum to record that is kept.</summary>
    Geweigerd,

    /// <summary>A parked melding the coordinator did not take on: reduced to the minimum.</summary>
    Afgewezen,

    /// <summary>Nazorg ended with a reason.</summary>
    Afgesloten,
}

/// <summary>The five basisvoorwaarden for re-integration (zvhd annual report, domain §4).</summary>
internal enum BasisvoorwaardeSoort
{
    /// <summary>Een geldig identiteitsbewijs.</summary>
    Identiteitsbewijs = 1,

    /// <summary>Onderdak na ontslag uit detentie.</summary>
    Onderdak = 2,

    /// <summary>Inkomen uit werk of uitkering, of dagbesteding.</summary>
    InkomenOfDagbesteding = 3,

    /// <summary>Inzicht in en aanpak van schulden.</summary>
    Schulden = 4,

    /// <summary>Zorgbehoeften, indicatie, zorgverzekering en continuïteit van zorg.</summary>
    ZorgEnVerzekering = 5,
}

/// <summary>Before or after release.</summary>
internal enum Fase
{
    /// <summary>During detention, until the day of release.</summary>
    VoorOntslag,

    /// <summary>From the day of release.</summary>
    NaOntslag,
}

/// <summary>How far a basisvoorwaarde is arranged.</summary>
internal enum VoorwaardeStatus
{
    /// <summary>Not known yet.</summary>
    Onbekend,

    /// <summary>Being arranged.</summary>
    InBehandeling,

    /// <summary>Arranged.</summary>
    Geregeld,

    /// <summary>Not needed for this person.</summary>
    NietNodig,

    /// <summary>Tried, not achieved.</summary>
    NietGelukt,
}

/// <summary>Which way article 18b information went.</summary>
internal enum Richting18b
{
    /// <summary>The municipality informed DJI.</summary>
    GemeenteNaarDji,

    /// <summary>DJI informed the municipality.</summary>
    DjiNaarGemeente,
}

/// <summary>
/// A DJI melding of a detainee and the nazorg that follows it. The person is stored minimally here (this is the only
/// place nazorg keeps them); <see cref="PersoonId"/> identifies them in the access log and is shared by meldingen with
/// the same BSN in the region.
/// </summary>
internal sealed class NazorgMelding : IRegionOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    public string Kenmerk { get; set; } = string.Empty;

    public Guid PersoonId { get; set; } = Guid.NewGuid();

    public string? Bsn { get; set; }

    public string? Voornamen { get; set; }

    public string? Achternaam { get; set; }

    public DateOnly? Geboortedatum { get; set; }

    public string GemeenteCode { get; set; } = string.Empty;

    public string? Inrichting { get; set; }

    public DateOnly? DetentieStart { get; set; }

    public DateOnly? VerwachteOntslagdatum { get; set; }

    public bool Zelfmelder { get; set; }

    public DateOnly OntvangenOp { get; set; }

    public MeldingStatus Status { get; set; }

    public string? ParkeerReden { get; set; }

    public DateOnly? ToestemmingOp { get; set; }

    public DateOnly? GeweigerdOp { get; set; }

    public DateOnly? OntslagenOp { get; set; }

    public string? Trajectbegeleider { get; set; }

    public string? TrajectbegeleidingReden { get; set; }

    public DateOnly? TrajectbegeleidingVanaf { get; set; }

    public DateOnly? TrajectbegeleidingTot { get; set; }

    public string? Fasehuis { get; set; }

    public DateOnly? FasehuisVanaf { get; set; }

    public DateOnly? FasehuisTot { get; set; }

    public string? OpschalingKenmerk { get; set; }

    public DateOnly? OpgeschaaldOp { get; set; }

    public DateOnly? AfgeslotenOp { get; set; }

    public string? AfsluitReden { get; set; }

    public Guid? CoordinatorUserId { get; set; }

    public long Version { get; set; }

    public List<Basisvoorwaarde> Basisvoorwaarden { get; set; } = [];

    public List<Informatie18b> Informatie18b { get; set; } = [];
}

/// <summary>One basisvoorwaarde of a melding in one phase: status, who is responsible, and the date of the status.</summary>
internal sealed class Basisvoorwaarde : IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    public Guid MeldingId { get; set; }

    public BasisvoorwaardeSoort Soort { get; set; }

    public Fase Fase { get; set; }

    public VoorwaardeStatus Status { get; set; }

    public string? Verantwoordelijke { get; set; }

    public DateOnly? Datum { get; set; }
}

/// <summary>An exchange of information under article 18b Wet straffen en beschermen, with its logged legal basis.</summary>
internal sealed class Informatie18b : IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    public Guid MeldingId { get; set; }

    public DateOnly Datum { get; set; }

    public Richting18b Richting { get; set; }

    public string Grondslag { get; set; } = string.Empty;

    public string Omschrijving { get; set; } = string.Empty;

    public Guid? DoorUserId { get; set; }
}

/// <summary>The region's choices for nazorg, and the day the coordinator was last warned (so the daily job warns once a day).</summary>
internal sealed class NazorgInstelling : IRegionOwned, IVersioned
{
    public Guid RegionId { get; set; }

    /// <summary>True: a melding for a municipality outside the contract is parked for the coordinator; false: refused.</summary>
    public bool ParkerenBuitenContract { get; set; }

    public DateOnly? LaatsteWaarschuwingOp { get; set; }

    public long Version { get; set; }
}

/// <summary>An imported file, by its SHA-256 (no content), so the same file imported again writes nothing.</summary>
internal sealed class NazorgImportBestand : IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    public string Sha256 { get; set; } = string.Empty;

    public string Bestandsnaam { get; set; } = string.Empty;

    public int Regels { get; set; }

    public DateTime GeimporteerdUtc { get; set; }

    public Guid? DoorUserId { get; set; }
}

internal sealed class NazorgDbContext(DbContextOptions<NazorgDbContext> options) : ModuleDbContext(options)
{
    public override string Schema => NazorgModule.Id;

    public DbSet<NazorgMelding> Meldingen => Set<NazorgMelding>();

    public DbSet<Basisvoorwaarde> Basisvoorwaarden => Set<Basisvoorwaarde>();

    public DbSet<Informatie18b> Informatie18b => Set<Informatie18b>();

    public DbSet<NazorgInstelling> Instellingen => Set<NazorgInstelling>();

    public DbSet<NazorgImportBestand> ImportBestanden => Set<NazorgImportBestand>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<NazorgMelding>(b =>
        {
            b.ToTable("Meldingen");
            b.Property(m => m.Kenmerk).HasMaxLength(20);
            b.Property(m => m.Bsn).HasMaxLength(9);
            b.Property(m => m.Voornamen).HasMaxLength(200);
            b.Property(m => m.Achternaam).HasMaxLength(200);
            b.Property(m => m.GemeenteCode).HasMaxLength(10);
            b.Property(m => m.Inrichting).HasMaxLength(200);
            b.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
            b.Property(m => m.ParkeerReden).HasMaxLength(500);
            b.Property(m => m.Trajectbegeleider).HasMaxLength(200);
            b.Property(m => m.TrajectbegeleidingReden).HasMaxLength(1000);
            b.Property(m => m.Fasehuis).HasMaxLength(200);
            b.Property(m => m.OpschalingKenmerk).HasMaxLength(20);
            b.Property(m => m.AfsluitReden).HasMaxLength(200);
            b.HasIndex(m => new { m.RegionId, m.Kenmerk }).IsUnique();
            b.HasIndex(m => new { m.RegionId, m.Bsn });
            b.HasIndex(m => new { m.RegionId, m.GemeenteCode, m.OntvangenOp });
            b.HasMany(m => m.Basisvoorwaarden).WithOne().HasForeignKey(v => v.MeldingId).OnDelete(DeleteBehavior.Cascade);
            b.HasMany(m => m.Informatie18b).WithOne().HasForeignKey(i => i.MeldingId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Basisvoorwaarde>(b =>
        {
            b.ToTable("Basisvoorwaarden");
            b.Property(v => v.Soort).HasConversion<string>().HasMaxLength(30);
            b.Property(v => v.Fase).HasConversion<string>().HasMaxLength(20);
            b.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
            b.Property(v => v.Verantwoordelijke).HasMaxLength(200);
            b.HasIndex(v => new { v.MeldingId, v.Soort, v.Fase }).IsUnique();
        });
        modelBuilder.Entity<Informatie18b>(b =>
        {
            b.ToTable("Informatie18b");
            b.Property(i => i.Richting).HasConversion<string>().HasMaxLength(30);
            b.Property(i => i.Grondslag).HasMaxLength(300);
            b.Property(i => i.Omschrijving).HasMaxLength(2000);
        });
        modelBuilder.Entity<NazorgInstelling>(b =>
        {
            b.ToTable("Instellingen");
            b.HasKey(i => i.RegionId);
            b.Property(i => i.RegionId).ValueGeneratedNever();
        });
        modelBuilder.Entity<NazorgImportBestand>(b =>
        {
            b.ToTable("ImportBestanden");
            b.Property(i => i.Sha256).HasMaxLength(64);
            b.Property(i => i.Bestandsnaam).HasMaxLength(260);
            b.HasIndex(i => new { i.RegionId, i.Sha256 }).IsUnique();
        });
    }
}

internal sealed class NazorgDbContextDesignTimeFactory : IDesignTimeDbContextFactory<NazorgDbContext>
{
    public NazorgDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<NazorgDbContext>()
            .UseZvhDatabase(DatabaseConfiguration.DesignTimeOptions(args), NazorgModule.Id).Options;
        return new NazorgDbContext((DbContextOptions<NazorgDbContext>)options);
    }
}
