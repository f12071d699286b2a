using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Core.Features.Casework;

/// <summary>The region's active users with the procesregisseur role, to assign a case to.</summary>
[RequiresPermission(CorePermissions.CasussenWerken)]
internal sealed record ListProcesregisseurs : IQuery<IReadOnlyList<ProcesregisseurOption>>;

internal sealed record ProcesregisseurOption(Guid UserId, string Naam);

internal sealed class ListProcesregisseursHandler(IdentityStoreDbContext identity, IRegionContext region)
    : IQueryHandler<ListProcesregisseurs, IReadOnlyList<ProcesregisseurOption>>
{
    public async ValueTask<IReadOnlyList<ProcesregisseurOption>> Handle(ListProcesregisseurs query, CancellationToken cancellationToken)
    {
        var regionId = region.RequiredRegion.Id;
        return await (from u in identity.Users.AsNoTracking()
                      join m in identity.Memberships.AsNoTracking() on u.Id equals m.UserId
                      where m.RegionId == regionId && m.Role == ZvhRoles.Procesregisseur && u.DeactivatedUtc == null
                      orderby u.DisplayName
                      select new ProcesregisseurOption(u.Id, u.DisplayName)).Distinct().ToListAsync(cancellationToken);
    }
}
