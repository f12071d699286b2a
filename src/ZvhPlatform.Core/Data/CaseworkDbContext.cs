using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Core.Data;

/// <summary>The shared casework kernel: cases of every aanpak, their persons and participants, access and retention.</summary>
internal sealed class CaseworkDbContext(DbContextOptions<CaseworkDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "casework";

    public override string Schema => SchemaName;

    public DbSet<Casus> Casussen => Set<Casus>();

    public DbSet<CasusPersoon> CasusPersonen => Set<CasusPersoon>();

    public DbSet<CasusDeelnemer> Deelnemers => Set<CasusDeelnemer>();

    public DbSet<Noodtoegang> Noodtoegangen => Set<Noodtoegang>();

    public DbSet<Verwijderbewijs> Verwijderbewijzen => Set<Verwijderbewijs>();

    public DbSet<Bewaarverlenging> Bewaarverlengingen => Set<Bewaarverlenging>();

    public DbSet<CasusStatusWijziging> StatusWijzigingen => Set<CasusStatusWijziging>();

    public DbSet<Aanmelding> Aanmeldingen => Set<Aanmelding>();

    public DbSet<Triage> Triages => Set<Triage>();

    public DbSet<WerkvoorraadPlaats> Werkvoorraad => Set<WerkvoorraadPlaats>();

    public DbSet<Overleg> Overleggen => Set<Overleg>();

    public DbSet<Agendapunt> Agendapunten => Set<Agendapunt>();

    public DbSet<OverlegDeelnemer> OverlegDeelnemers => Set<OverlegDeelnemer>();

    public DbSet<Besluit> Besluiten => Set<Besluit>();

    public DbSet<PlanVanAanpak> Plannen => Set<PlanVanAanpak>();

    public DbSet<PlanDoel> PlanDoelen => Set<PlanDoel>();

    public DbSet<PlanVersie> PlanVersies => Set<PlanVersie>();

    public DbSet<Interventie> Interventies => Set<Interventie>();

    public DbSet<Actie> Acties => Set<Actie>();

    public DbSet<PgaMeting> PgaMetingen => Set<PgaMeting>();

    public DbSet<Schaling> Schalingen => Set<Schaling>();

    public DbSet<Advies> Adviezen => Set<Advies>();

    public DbSet<Signaal> Signalen => Set<Signaal>();

    public DbSet<ZsmScenario> ZsmScenarios => Set<ZsmScenario>();

    public DbSet<Notificatie> Notificaties => Set<Notificatie>();

    public DbSet<RapportageInstelling> RapportageInstellingen => Set<RapportageInstelling>();

    public DbSet<ImportOpdracht> ImportOpdrachten => Set<ImportOpdracht>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Casus>(b =>
        {
            b.ToTable("Casussen");
            b.Property(c => c.Kenmerk).HasMaxLength(20);
            b.Property(c => c.ModuleId).HasMaxLength(31);
            b.Property(c => c.ExternId).HasMaxLength(100);
            b.Property(c => c.GemeenteCode).HasMaxLength(6);
            b.Property(c => c.Doel).HasMaxLength(200);
            b.Property(c => c.Grondslag).HasMaxLength(300);
            b.Property(c => c.AfsluitReden).HasMaxLength(200);
            b.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
            b.Property(c => c.SubAanpak).HasMaxLength(40);
            b.Property(c => c.ProcesregisseurNaam).HasMaxLength(200);
            b.Property(c => c.CasushouderOrganisatie).HasMaxLength(200);
            b.Property(c => c.Evaluatie).HasMaxLength(4000);
            b.HasIndex(c => new { c.RegionId, c.Kenmerk }).IsUnique();
            b.HasIndex(c => new { c.RegionId, c.ExternId });
            b.HasIndex(c => new { c.RegionId, c.AfgeslotenOp });
            b.HasIndex(c => new { c.RegionId, c.Status, c.GeopendOp, c.Kenmerk });
            b.HasIndex(c => new { c.RegionId, c.ProcesregisseurId });
            // Reports and invoicing count per aanpak; a module's page lists the newest cases per sub-aanpak (CaseDirectory.PageAsync).
            b.HasIndex(c => new { c.RegionId, c.ModuleId, c.SubAanpak, c.GeopendOp, c.Kenmerk });
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
        modelBuilder.Entity<CasusStatusWijziging>(b =>
        {
            b.ToTable("StatusWijzigingen");
            b.Property(w => w.Van).HasConversion<string>().HasMaxLength(20);
            b.Property(w => w.Naar).HasConversion<string>().HasMaxLength(20);
            b.Property(w => w.Toelichting).HasMaxLength(1000);
            b.Property(w => w.Door).HasMaxLength(200);
            // Covers the caseload report's sums per case over a region's changes up to a date (and the turnaround times'
            // outflow of a period), so neither reads the rows themselves: 0.37 s -> 0.10 s on a 30,000-case region.
            b.HasIndex(w => new { w.RegionId, w.Datum, w.CasusId, w.Naar, w.Van });
            // Covers a case's own history (the case page, the start of a regie), with the region filter.
            b.HasIndex(w => new { w.CasusId, w.Datum, w.Naar, w.Van, w.RegionId, w.VastgelegdUtc });
        });
        modelBuilder.Entity<Aanmelding>(b =>
        {
            b.ToTable("Aanmeldingen");
            b.Property(a => a.Kenmerk).HasMaxLength(20);
            b.Property(a => a.ExternId).HasMaxLength(100);
            b.Property(a => a.ModuleId).HasMaxLength(31);
            b.Property(a => a.SubAanpak).HasMaxLength(40);
            b.Property(a => a.Route).HasConversion<string>().HasMaxLength(20);
            b.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
            b.Property(a => a.VerwijzerOrganisatie).HasMaxLength(200);
            b.Property(a => a.VerwijzerNaam).HasMaxLength(200);
            b.Property(a => a.VerwijzerContact).HasMaxLength(300);
            b.Property(a => a.VerwijzendeRegioNaam).HasMaxLength(200);
            b.Property(a => a.Bsn).HasMaxLength(9);
            b.Property(a => a.Voornamen).HasMaxLength(200);
            b.Property(a => a.Achternaam).HasMaxLength(200);
            b.Property(a => a.Adres).HasMaxLength(300);
            b.Property(a => a.GemeenteCode).HasMaxLength(6);
            b.Property(a => a.Reden).HasMaxLength(4000);
            b.Property(a => a.DoelCasusoverleg).HasMaxLength(2000);
            b.Property(a => a.TeUitnodigenPartners).HasMaxLength(2000);
            b.Property(a => a.NietGeinformeerdReden).HasMaxLength(1000);
            b.Property(a => a.Hoofdonderwerp).HasMaxLength(100);
            b.Property(a => a.Gemeentegrens).HasConversion<string>().HasMaxLength(30);
            b.Property(a => a.TerugkoppelingAanVerwijzer).HasMaxLength(1000);
            b.Ignore(a => a.AantalProblematieken);
            b.HasIndex(a => new { a.RegionId, a.Kenmerk }).IsUnique();
            b.HasIndex(a => new { a.RegionId, a.ExternId });
            b.HasIndex(a => new { a.RegionId, a.Status, a.OntvangenOp });
            b.HasIndex(a => new { a.RegionId, a.OntvangenOp });
            // The timelines of a case and of a person look their aanmeldingen up by these; without them PostgreSQL read every
            // aanmelding of the database per timeline (bench/README.md, 2026-12-06).
            b.HasIndex(a => new { a.RegionId, a.CasusId });
            b.HasIndex(a => new { a.RegionId, a.PersonId });
            // A partner's "Mijn aanmeldingen", newest first.
            b.HasIndex(a => new { a.RegionId, a.IngediendDoorUserId, a.OntvangenOp });
        });
        modelBuilder.Entity<Triage>(b =>
        {
            b.ToTable("Triages");
            b.Property(t => t.Uitkomst).HasConversion<string>().HasMaxLength(20);
            b.Property(t => t.AdviesTerug).HasMaxLength(4000);
            b.Property(t => t.AanwezigePartners).HasMaxLength(2000);
            b.Property(t => t.Door).HasMaxLength(200);
            b.HasIndex(t => t.AanmeldingId);
            b.HasMany(t => t.Antwoorden).WithOne().HasForeignKey(a => a.TriageId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<TriageCriteriumAntwoord>(b =>
        {
            b.ToTable("TriageAntwoorden");
            b.HasKey(a => new { a.TriageId, a.Code });
            b.Property(a => a.Code).HasMaxLength(40);
            b.Property(a => a.Motivatie).HasMaxLength(2000);
        });
        modelBuilder.Entity<WerkvoorraadPlaats>(b =>
        {
            b.ToTable("Werkvoorraad");
            b.Property(w => w.PrioriteitReden).HasMaxLength(1000);
            b.HasIndex(w => w.CasusId).IsUnique();
            b.HasIndex(w => new { w.RegionId, w.Tot, w.Prioriteit });
        });
        modelBuilder.Entity<Overleg>(b =>
        {
            b.ToTable("Overleggen");
            b.Property(o => o.ModuleId).HasMaxLength(31);
            b.Property(o => o.Titel).HasMaxLength(200);
            b.Property(o => o.Locatie).HasMaxLength(200);
            b.Property(o => o.Notulen).HasMaxLength(20000);
            b.HasIndex(o => new { o.RegionId, o.Aanvang });
            b.HasMany(o => o.Agenda).WithOne().HasForeignKey(a => a.OverlegId).OnDelete(DeleteBehavior.Cascade);
            b.HasMany(o => o.Deelnemers).WithOne().HasForeignKey(d => d.OverlegId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Agendapunt>(b =>
        {
            b.ToTable("Agendapunten");
            b.Property(a => a.NietUitgenodigdReden).HasMaxLength(1000);
            b.Property(a => a.Notities).HasMaxLength(8000);
            b.HasIndex(a => a.CasusId);
        });
        modelBuilder.Entity<OverlegDeelnemer>(b =>
        {
            b.ToTable("OverlegDeelnemers");
            b.Property(d => d.Naam).HasMaxLength(200);
            b.Property(d => d.Organisatie).HasMaxLength(200);
        });
        modelBuilder.Entity<Besluit>(b =>
        {
            b.ToTable("Besluiten");
            b.Property(x => x.Tekst).HasMaxLength(4000);
            b.Property(x => x.Door).HasMaxLength(200);
            b.HasIndex(x => x.CasusId);
        });
        modelBuilder.Entity<PlanVanAanpak>(b =>
        {
            b.ToTable("Plannen");
            b.Property(p => p.GewijzigdDoor).HasMaxLength(200);
            b.HasIndex(p => p.CasusId).IsUnique();
            b.HasMany(p => p.Doelen).WithOne().HasForeignKey(d => d.PlanId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<PlanDoel>(b =>
        {
            b.ToTable("PlanDoelen");
            b.Property(d => d.Leefgebied).HasConversion<string>().HasMaxLength(40);
            b.Property(d => d.Doel).HasMaxLength(2000);
            b.Property(d => d.Interventie).HasMaxLength(200);
            b.Property(d => d.VerantwoordelijkePartner).HasMaxLength(200);
        });
        modelBuilder.Entity<PlanVersie>(b =>
        {
            b.ToTable("PlanVersies");
            b.Property(v => v.Door).HasMaxLength(200);
            b.HasIndex(v => new { v.PlanId, v.Versie }).IsUnique();
        });
        modelBuilder.Entity<Interventie>(b =>
        {
            b.ToTable("Interventies");
            b.Property(i => i.Naam).HasMaxLength(200);
            b.HasIndex(i => new { i.RegionId, i.Naam }).IsUnique();
        });
        modelBuilder.Entity<Actie>(b =>
        {
            b.ToTable("Acties");
            b.Property(a => a.Omschrijving).HasMaxLength(2000);
            b.Property(a => a.EigenaarOrganisatie).HasMaxLength(200);
            b.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
            b.HasIndex(a => new { a.RegionId, a.Status, a.Deadline });
            b.HasIndex(a => a.CasusId);
            // "Mijn acties" and "Acties van mijn organisatie": without them PostgreSQL read every action of the database for
            // each page (3,000,000 at national size; bench/README.md, 2026-12-06).
            b.HasIndex(a => new { a.RegionId, a.EigenaarUserId, a.Status });
            b.HasIndex(a => new { a.RegionId, a.EigenaarOrganisatie, a.Status });
            // The actions agreed in a casusoverleg, on its page: without it PostgreSQL read all of the region's actions
            // (668,646 in the largest national region, 135-192 ms of a 270 ms page; bench/README.md, 2026-12-06).
            b.HasIndex(a => new { a.RegionId, a.OverlegId });
        });
        modelBuilder.Entity<PgaMeting>(b =>
        {
            b.ToTable("PgaMetingen");
            b.Property(m => m.Moment).HasMaxLength(20);
            b.Property(m => m.Door).HasMaxLength(200);
            b.HasIndex(m => new { m.RegionId, m.Datum });
            b.HasIndex(m => m.CasusId);
            b.HasMany(m => m.Scores).WithOne().HasForeignKey(s => s.MetingId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<PgaScore>(b =>
        {
            b.ToTable("PgaScores");
            b.HasKey(s => new { s.MetingId, s.Leefgebied });
            b.Property(s => s.Leefgebied).HasConversion<string>().HasMaxLength(40);
            b.Property(s => s.Niveau).HasConversion<int>();
        });
        modelBuilder.Entity<Schaling>(b =>
        {
            b.ToTable("Schalingen");
            b.Property(s => s.Van).HasConversion<string>().HasMaxLength(40);
            b.Property(s => s.Naar).HasConversion<string>().HasMaxLength(40);
            b.Property(s => s.Ontvanger).HasMaxLength(200);
            b.Property(s => s.Toelichting).HasMaxLength(2000);
            b.Property(s => s.Door).HasMaxLength(200);
            b.HasIndex(s => s.CasusId);
        });
        modelBuilder.Entity<Advies>(b =>
        {
            b.ToTable("Adviezen");
            b.Property(a => a.ModuleId).HasMaxLength(31);
            b.Property(a => a.Soort).HasConversion<string>().HasMaxLength(30);
            b.Property(a => a.VragerOrganisatie).HasMaxLength(200);
            b.Property(a => a.Kanaal).HasMaxLength(30);
            b.Property(a => a.Vraag).HasMaxLength(4000);
            b.Property(a => a.Antwoord).HasMaxLength(4000);
            b.Property(a => a.Door).HasMaxLength(200);
            b.HasIndex(a => new { a.RegionId, a.Datum });
        });
        modelBuilder.Entity<Signaal>(b =>
        {
            b.ToTable("Signalen");
            b.Property(s => s.Categorie).HasMaxLength(100);
            b.Property(s => s.Omschrijving).HasMaxLength(4000);
            b.Property(s => s.Tafel).HasMaxLength(200);
            b.Property(s => s.Status).HasMaxLength(20);
            b.Property(s => s.Afhandeling).HasMaxLength(2000);
            b.Property(s => s.Door).HasMaxLength(200);
            b.HasIndex(s => new { s.RegionId, s.Status });
        });
        modelBuilder.Entity<ZsmScenario>(b =>
        {
            b.ToTable("ZsmScenarios");
            b.Property(z => z.Context).HasMaxLength(4000);
            b.Property(z => z.Advies).HasMaxLength(4000);
            b.Property(z => z.Door).HasMaxLength(200);
            b.HasIndex(z => new { z.RegionId, z.PersonId });
        });
        modelBuilder.Entity<Notificatie>(b =>
        {
            b.ToTable("Notificaties");
            b.Property(n => n.Tekst).HasMaxLength(1000);
            b.Property(n => n.Link).HasMaxLength(300);
            b.HasIndex(n => new { n.RegionId, n.UserId, n.GelezenUtc });
        });
        modelBuilder.Entity<RapportageInstelling>(b =>
        {
            b.ToTable("RapportageInstellingen");
            b.Property(r => r.DoorlooptijdGrenzen).HasMaxLength(100);
            b.HasIndex(r => r.RegionId).IsUnique();
        });
        modelBuilder.Entity<ImportOpdracht>(b =>
        {
            b.ToTable("ImportOpdrachten");
            b.Property(i => i.Bestandsnaam).HasMaxLength(260);
            b.Property(i => i.Status).HasMaxLength(20);
            b.Property(i => i.Verslag).HasMaxLength(2000);
            b.Property(i => i.Door).HasMaxLength(200);
            b.HasIndex(i => new { i.RegionId, i.AangemaaktUtc });
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
        return new CaseworkDbContext((DbContextOptions<CaseworkDbContext>)options);
    }
}
