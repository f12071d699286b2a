using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Access;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Data;

namespace ZvhPlatform.Core.Features.Casework;

/// <summary>The cases the user may see: all of the region for the bureau, one's own for partner professionals.</summary>
internal sealed record ListCases(bool IncludeClosed) : IQuery<IReadOnlyList<CaseRow>>;

internal sealed record CaseRow(Guid Id, string Kenmerk, string ModuleId, DateOnly GeopendOp, DateOnly? AfgeslotenOp);

internal sealed class ListCasesHandler(CaseworkDbContext db, CurrentUser user, ZvhPlatform.Core.Casework.Compartments compartments)
    : IQueryHandler<ListCases, IReadOnlyList<CaseRow>>
{
    public async ValueTask<IReadOnlyList<CaseRow>> Handle(ListCases query, CancellationToken cancellationToken)
    {
        var closed = compartments.ClosedModules.ToList();
        var cases = db.Casussen.AsNoTracking().Where(c => !closed.Contains(c.ModuleId));
        if (!query.IncludeClosed)
        {
            cases = cases.Where(c => c.AfgeslotenOp == null);
        }

        if (!user.HasPermission(CorePermissions.CasussenWerken))
        {
            var userId = user.UserId ?? Guid.Empty;
            cases = cases.Where(c => c.Deelnemers.Any(d => d.UserId == userId && d.VerwijderdUtc == null));
        }

        // Listing shows references only (no names), so it touches no personal data and needs no log line.
        return await cases.OrderByDescending(c => c.GeopendOp).ThenByDescending(c => c.Kenmerk).Take(200)
            .Select(c => new CaseRow(c.Id, c.Kenmerk, c.ModuleId, c.GeopendOp, c.AfgeslotenOp)).ToListAsync(cancellationToken);
    }
}
