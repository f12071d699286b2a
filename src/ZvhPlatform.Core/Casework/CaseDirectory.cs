using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Access;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Data;

namespace ZvhPlatform.Core.Casework;

/// <summary>The region's cases as modules may read them, with need-to-know for the current user.</summary>
internal sealed class CaseDirectory(CaseworkDbContext db, ICaseAccess access, CurrentUser user, Compartments compartments) : ICaseDirectory
{
    public async Task<CaseSummary?> FindAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        if (!(await access.CheckAsync(caseId, cancellationToken)).Allowed)
        {
            return null;
        }

        return await db.Casussen.AsNoTracking().Where(c => c.Id == caseId)
            .Select(c => new CaseSummary(c.Id, c.Kenmerk, c.ModuleId, c.SubAanpak, c.Status, c.HoofdpersoonId, c.GemeenteCode, c.GeopendOp, c.AfgeslotenOp,
                c.ProcesregisseurNaam))
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<CaseSummary>> ListAsync(string moduleId, bool includeClosed, CancellationToken cancellationToken = default)
    {
        if (compartments.IsClosed(moduleId))
        {
            return [];
        }

        var cases = db.Casussen.AsNoTracking().Where(c => c.ModuleId == moduleId);
        if (!includeClosed)
        {
            cases = cases.Where(c => c.AfgeslotenOp == null);
        }

        if (!user.HasPermission(CorePermissions.CasussenWerken))
        {
            var userId = user.UserId ?? Guid.Empty;
            cases = cases.Where(c => c.Deelnemers.Any(d => d.UserId == userId && d.VerwijderdUtc == null));
        }

        return await cases.OrderByDescending(c => c.GeopendOp).ThenByDescending(c => c.Kenmerk)
            .Select(c => new CaseSummary(c.Id, c.Kenmerk, c.ModuleId, c.SubAanpak, c.Status, c.HoofdpersoonId, c.GemeenteCode, c.GeopendOp, c.AfgeslotenOp,
                c.ProcesregisseurNaam))
            .ToListAsync(cancellationToken);
    }
}
