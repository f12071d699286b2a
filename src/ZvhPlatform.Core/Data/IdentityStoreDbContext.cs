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

        if (sqlite)
        {
            foreach (var entity in builder.Model.GetEntityTypes())
            {
                if (entity.GetTableName() is { } table)
                {
                    entity.SetTableName($"{SchemaName}_{table}");
                }
            }
        }
    }
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
