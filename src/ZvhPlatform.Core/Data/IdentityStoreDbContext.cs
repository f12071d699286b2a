using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using ZvhPlatform.Core.Identity;
using ZvhPlatform.Kernel.Data;

namespace ZvhPlatform.Core.Data;

/// <summary>
/// Users, their region memberships and sessions, and the data-protection key ring. Not region
/// owned: one person may work in several regions, and sign-in happens before a region is known.
/// </summary>
internal sealed class IdentityStoreDbContext(DbContextOptions<IdentityStoreDbContext> options)
    : IdentityDbContext<ZvhUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public const string SchemaName = "identity";

    public DbSet<RegionMembership> Memberships => Set<RegionMembership>();

    public DbSet<UserSession> Sessions => Set<UserSession>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Casework's notification table, read-only and owned by <see cref="CaseworkDbContext"/> (ADR 17).</summary>
    public DbSet<UnreadNotification> UnreadNotifications => Set<UnreadNotification>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        var sqlite = SqliteDatabase.Is(this);
        if (!sqlite)
        {
            builder.HasDefaultSchema(SchemaName);
        }

        builder.Entity<ZvhUser>(b =>
        {
            b.Property(u => u.DisplayName).HasMaxLength(200);
            b.Property(u => u.Organisation).HasMaxLength(200);
        });
        builder.Entity<RegionMembership>(b =>
        {
            b.ToTable("RegionMemberships");
            b.Property(m => m.Role).HasMaxLength(40);
            b.Property(m => m.GrantedBy).HasMaxLength(200);
            b.HasIndex(m => new { m.UserId, m.RegionId, m.Role }).IsUnique();
            b.HasIndex(m => m.RegionId);
        });
        builder.Entity<UserSession>(b =>
        {
            b.ToTable("UserSessions");
            b.Property(s => s.EndReason).HasMaxLength(60);
            b.HasIndex(s => s.UserId);
        });
        builder.Entity<DataProtectionKey>().ToTable("DataProtectionKeys");
        builder.Entity<UnreadNotification>(b =>
        {
            // Casework creates, migrates and owns this table; this context only counts in it for the session check.
            b.HasNoKey();
            if (sqlite)
            {
                b.ToTable($"{CaseworkDbContext.SchemaName}_Notificaties", t => t.ExcludeFromMigrations());
            }
            else
            {
                b.ToTable("Notificaties", CaseworkDbContext.SchemaName, t => t.ExcludeFromMigrations());
            }
        });

        if (sqlite)
        {
            foreach (var entity in builder.Model.GetEntityTypes().Where(e => e.ClrType != typeof(UnreadNotification)))
            {
                if (entity.GetTableName() is { } table)
                {
                    entity.SetTableName($"{SchemaName}_{table}");
                }
            }
        }
    }
}

/// <summary>The columns of a casework notification that the session check needs to count the unread ones.</summary>
internal sealed class UnreadNotification
{
    public Guid RegionId { get; set; }

    public Guid UserId { get; set; }

    public DateTime? GelezenUtc { get; set; }
}

/// <summary>For <c>dotnet ef</c>: <c>-- --provider Sqlite|SqlServer|PostgreSql</c>.</summary>
internal sealed class IdentityStoreDbContextDesignTimeFactory : IDesignTimeDbContextFactory<IdentityStoreDbContext>
{
    public IdentityStoreDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<IdentityStoreDbContext>()
            .UseZvhDatabase(DatabaseConfiguration.DesignTimeOptions(args), IdentityStoreDbContext.SchemaName).Options;
        return new IdentityStoreDbContext((DbContextOptions<IdentityStoreDbContext>)options);
    }
}
