using System.Linq.Expressions;
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

        return await db.Casussen.AsNoTracking().Where(c => c.Id == caseId).Select(Summary).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<CaseSummary>> ListAsync(string moduleId, bool includeClosed, CancellationToken cancellationToken = default)
    {
        if (compartments.IsClosed(moduleId))
        {
            return [];
        }

        return await Newest(Visible(moduleId, includeClosed)).Select(Summary).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<SubAanpakAantal>> CountPerSubAanpakAsync(string moduleId, bool includeClosed, CancellationToken cancellationToken = default)
    {
        if (compartments.IsClosed(moduleId))
        {
            return [];
        }

        return await Visible(moduleId, includeClosed).GroupBy(c => c.SubAanpak)
            .Select(g => new SubAanpakAantal(g.Key, g.Count()))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<CaseSummary>> PageAsync(ModuleCasePage page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (compartments.IsClosed(page.ModuleId) || page.Aantal <= 0)
        {
            return [];
        }

        string[] codes = [.. page.SubAanpakken];
        var cases = Visible(page.ModuleId, page.IncludeClosed);
        // One sub-aanpak as an equality: then PostgreSQL walks the (region, aanpak, sub-aanpak, opened, kenmerk) index in
        // order and stops after the page; with "= ANY" it read and sorted the whole sub-aanpak (national, 7,316 open
        // Top X cases: 12.7 ms against 0.2 ms).
        cases = page.Overige ? cases.Where(c => c.SubAanpak == null || !codes.Contains(c.SubAanpak))
            : codes is [var code] ? cases.Where(c => c.SubAanpak == code)
            : cases.Where(c => c.SubAanpak != null && codes.Contains(c.SubAanpak));
        if (page.Na is { GeopendOp: var date, Kenmerk: var kenmerk })
        {
            cases = cases.Where(c => c.GeopendOp < date || (c.GeopendOp == date && string.Compare(c.Kenmerk, kenmerk) < 0));
        }

        return await Newest(cases).Take(page.Aantal).Select(Summary).ToListAsync(cancellationToken);
    }

    private IQueryable<Casus> Visible(string moduleId, bool includeClosed)
    {
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

        return cases;
    }

    private static IOrderedQueryable<Casus> Newest(IQueryable<Casus> cases) => cases.OrderByDescending(c => c.GeopendOp).ThenByDescending(c => c.Kenmerk);

    private static readonly Expression<Func<Casus, CaseSummary>> Summary = c => new CaseSummary(c.Id, c.Kenmerk, c.ModuleId, c.SubAanpak,
        c.Status, c.HoofdpersoonId, c.GemeenteCode, c.GeopendOp, c.AfgeslotenOp, c.ProcesregisseurNaam);
}
