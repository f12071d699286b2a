using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Core.Features.Users;

/// <summary>The users with a role in the current region.</summary>
[RequiresPermission(CorePermissions.GebruikersBeheren)]
internal sealed record ListRegionUsers : IQuery<IReadOnlyList<RegionUserRow>>;

internal sealed record RegionUserRow(Guid UserId, string DisplayName, string Email, string? Organisation,
    IReadOnlyList<string> Roles, bool TwoFactorEnrolled, bool LockedOut);

internal sealed class ListRegionUsersHandler(IdentityStoreDbContext db, IRegionContext region, TimeProvider clock)
    : IQueryHandler<ListRegionUsers, IReadOnlyList<RegionUserRow>>
{
    public async ValueTask<IReadOnlyList<RegionUserRow>> Handle(ListRegionUsers query, CancellationToken cancellationToken)
    {
        var regionId = region.RequiredRegion.Id;
        var memberships = await db.Memberships.AsNoTracking().Where(m => m.RegionId == regionId).ToListAsync(cancellationToken);
        var ids = memberships.Select(m => m.UserId).Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return users
            .OrderBy(u => u.DisplayName, StringComparer.CurrentCulture)
            .Select(u => new RegionUserRow(u.Id, u.DisplayName, u.Email ?? "", u.Organisation,
                memberships.Where(m => m.UserId == u.Id).Select(m => m.Role).Order(StringComparer.Ordinal).ToList(),
                u.TwoFactorEnabled, u.LockoutEnd is { } end && end > now))
            .ToList();
    }
}
