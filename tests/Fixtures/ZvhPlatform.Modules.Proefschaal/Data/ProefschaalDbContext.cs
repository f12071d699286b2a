using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Modules.Proefschaal.Data;

/// <summary>One start of a job by one process: a job that is picked up again after a crash has two.</summary>
internal sealed class Uitvoering : IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    /// <summary>Which job: telling, eenmalig, twee-stappen.</summary>
    public string Taak { get; set; } = string.Empty;

    /// <summary>The argument the job was enqueued with (empty for the recurring job).</summary>
    public string Sleutel { get; set; } = string.Empty;

    /// <summary>The operating-system process that ran it, so a test can tell app instances apart.</summary>
    public int ProcessId { get; set; }

    public DateTime GestartUtc { get; set; }
}

/// <summary>What a job achieved; unique per key and step, so doing it again is refused by the database too.</summary>
internal sealed class Effect : IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    public string Sleutel { get; set; } = string.Empty;

    public int Stap { get; set; }

    public int ProcessId { get; set; }

    public DateTime GereedUtc { get; set; }
}

internal sealed class ProefschaalDbContext(DbContextOptions<ProefschaalDbContext> options) : ModuleDbContext(options)
{
    public override string Schema => ProefschaalModule.Id;

    public DbSet<Uitvoering> Uitvoeringen => Set<Uitvoering>();

    public DbSet<Effect> Effecten => Set<Effect>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Uitvoering>(b =>
        {
            b.ToTable("Uitvoeringen");
            b.Property(u => u.Taak).HasMaxLength(30);
            b.Property(u => u.Sleutel).HasMaxLength(100);
        });
        modelBuilder.Entity<Effect>(b =>
        {
            b.ToTable("Effecten");
            b.Property(e => e.Sleutel).HasMaxLength(100);
            b.HasIndex(e => new { e.Sleutel, e.Stap }).IsUnique();
        });
    }
}

internal sealed class ProefschaalDbContextDesignTimeFactory : IDesignTimeDbContextFactory<ProefschaalDbContext>
{
    public ProefschaalDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<ProefschaalDbContext>()
            .UseZvhDatabase(DatabaseConfiguration.DesignTimeOptions(args), ProefschaalModule.Id).Options;
        return new ProefschaalDbContext((DbContextOptions<ProefschaalDbContext>)options);
    }
}
