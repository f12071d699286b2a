using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Core.Features.Privacy;

/// <summary>
/// The access review: every role granted in the region, by whom and when, with its last use (last
/// sign-in and last logged access to personal data), so unused grants can be revoked.
/// </summary>
[RequiresPermission(CorePermissions.ToegangslogInzien)]
internal sealed record ReviewAccessGrants : IQuery<IReadOnlyList<AccessGrantRow>>;

internal sealed record AccessGrantRow(Guid UserId, string DisplayName, string Email, string? Organisation, string Role, DateTime GrantedUtc,
    string GrantedBy, DateTime? LastSignInUtc, DateTime? LastDataAccessUtc);

internal sealed class ReviewAccessGrantsHandler(IdentityStoreDbContext identity, AuditDbContext audit, IRegionContext region)
    : IQueryHandler<ReviewAccessGrants, IReadOnlyList<AccessGrantRow>>
{
    public async ValueTask<IReadOnlyList<AccessGrantRow>> Handle(ReviewAccessGrants query, CancellationToken cancellationToken)
    {
        var regionId = region.RequiredRegion.Id;
        var grants = await (from m in identity.Memberships.AsNoTracking()
                            join u in identity.Users.AsNoTracking() on m.UserId equals u.Id
                            where m.RegionId == regionId
                            select new { m.UserId, u.DisplayName, u.Email, u.Organisation, m.Role, m.GrantedUtc, m.GrantedBy })
            .ToListAsync(cancellationToken);
        var userIds = grants.Select(g => g.UserId).Distinct().ToList();
        var lastSignIn = await identity.Sessions.AsNoTracking().Where(s => userIds.Contains(s.UserId))
            .GroupBy(s => s.UserId).Select(g => new { UserId = g.Key, Last = g.Max(s => s.StartedUtc) })
            .ToDictionaryAsync(x => x.UserId, x => (DateTime?)x.Last, cancellationToken);
        var lastAccess = await audit.Entries.AsNoTracking().Where(e => e.UserId != null && userIds.Contains(e.UserId.Value))
            .GroupBy(e => e.UserId!.Value).Select(g => new { UserId = g.Key, Last = g.Max(e => e.OccurredUtc) })
            .ToDictionaryAsync(x => x.UserId, x => (DateTime?)x.Last, cancellationToken);
        return grants
            .OrderBy(g => g.DisplayName, StringComparer.CurrentCulture).ThenBy(g => g.Role, StringComparer.Ordinal)
            .Select(g => new AccessGrantRow(g.UserId, g.DisplayName, g.Email ?? "", g.Organisation, g.Role, g.GrantedUtc, g.GrantedBy,
                lastSignIn.GetValueOrDefault(g.UserId), lastAccess.GetValueOrDefault(g.UserId)))
            .ToList();
    }
}
