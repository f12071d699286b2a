using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Access;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Notifications;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Core.Casework;

/// <summary>In-app notifications for modules, stored with the core's own (the Meldingen screen shows both).</summary>
internal sealed class ModuleNotifications(CaseworkDbContext db, IdentityStoreDbContext identity, PermissionRegistry permissions, IRegionContext region,
    TimeProvider clock, Features.Meldingen.OngelezenUitSessiecontrole uitSessiecontrole) : INotifications
{
    public async Task<IReadOnlyList<Guid>> UsersWithPermissionAsync(string permission, CancellationToken cancellationToken = default)
    {
        var regionId = region.RequiredRegion.Id;
        var memberships = await identity.Memberships.AsNoTracking().Where(m => m.RegionId == regionId)
            .Select(m => new { m.UserId, m.Role }).ToListAsync(cancellationToken);
        return memberships.GroupBy(m => m.UserId).Where(g => permissions.AnyRoleHas(g.Select(m => m.Role), permission)).Select(g => g.Key).ToList();
    }

    public async Task NotifyAsync(Guid userId, string tekst, string link, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tekst);
        var regionId = region.RequiredRegion.Id;
        if (!await identity.Memberships.AsNoTracking().AnyAsync(m => m.RegionId == regionId && m.UserId == userId, cancellationToken))
        {
            return;
        }

        db.Notificaties.Add(new Notificatie { UserId = userId, Tekst = tekst, Link = link, AangemaaktUtc = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(cancellationToken);
        uitSessiecontrole.Verouderd();
    }
}
