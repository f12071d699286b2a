using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Access;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Acties;

/// <summary>
/// "Mijn acties" (owned by the user) or "Acties van mijn organisatie", of the cases the user may see; open ones first.
/// </summary>
[RequiresPermission(CorePermissions.ActiesEigen)]
internal sealed record ListMijnActies(bool VanOrganisatie, bool OokAfgerond) : IQuery<MijnActies>;

internal sealed record MijnActies(bool VanOrganisatie, bool OokAfgerond, string Organisatie, IReadOnlyList<ActieRow> Acties);

internal sealed class ListMijnActiesHandler(CaseworkDbContext db, IdentityStoreDbContext identity, CurrentUser user, Compartments compartments,
    IAccessLog log, TimeProvider clock) : IQueryHandler<ListMijnActies, MijnActies>
{
    public async ValueTask<MijnActies> Handle(ListMijnActies query, CancellationToken cancellationToken)
    {
        var userId = user.UserId ?? Guid.Empty;
        var organisation = user.Organisation;
        var closed = compartments.ClosedModules.ToList();
        var visibleCases = db.Casussen.Where(c => !closed.Contains(c.ModuleId));
        if (!user.HasPermission(CorePermissions.CasussenWerken))
        {
            // Need-to-know as ICaseAccess: partners see actions of the cases they currently take part in, nothing else.
            visibleCases = visibleCases.Where(c => c.Deelnemers.Any(d => d.UserId == userId && d.VerwijderdUtc == null));
        }

        var caseIds = visibleCases.Select(c => c.Id);
        var source = db.Acties.Where(a => caseIds.Contains(a.CasusId));
        source = query.VanOrganisatie
            ? source.Where(a => organisation != "" && a.EigenaarOrganisatie == organisation)
            : source.Where(a => a.EigenaarUserId == userId);
        if (!query.OokAfgerond)
        {
            source = source.Where(a => a.Status == ActieStatus.Open);
        }

        var rows = await ActieRows.ForAsync(db, identity, clock, source.Take(500), a => ActiePolicy.MayChangeStatus(user, a), cancellationToken);
        var shown = rows.Select(r => r.CasusId).Distinct().ToList();
        var cases = await db.Casussen.AsNoTracking().Where(c => shown.Contains(c.Id)).Select(c => new { c.Id, c.Doel, c.ModuleId }).ToListAsync(cancellationToken);
        foreach (var c in cases)
        {
            await log.RecordAsync(new AccessRecord(AccessAction.Inzien, c.Doel, [], c.Id, c.ModuleId, "toegestaan", false, "acties"), cancellationToken);
        }

        return new MijnActies(query.VanOrganisatie, query.OokAfgerond, organisation, rows);
    }
}
