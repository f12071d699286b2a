using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Data;

namespace ZvhPlatform.Testing;

/// <summary>
/// The core's case directory as modules read it, over the casework tables with need-to-know per case. Registered only
/// when the host has none (the core's own implementation is built on a parallel branch); then the core's wins.
/// </summary>
internal sealed class TestCaseDirectory(CaseworkDbContext db, ICaseAccess access) : ICaseDirectory
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
            .SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<CaseSummary>> ListAsync(string moduleId, bool includeClosed, CancellationToken cancellationToken = default)
    {
        var rows = await db.Casussen.AsNoTracking().Where(c => c.ModuleId == moduleId && (includeClosed || c.AfgeslotenOp == null))
            .OrderByDescending(c => c.GeopendOp)
            .Select(c => new CaseSummary(c.Id, c.Kenmerk, c.ModuleId, c.SubAanpak, c.Status, c.HoofdpersoonId, c.GemeenteCode, c.GeopendOp, c.AfgeslotenOp,
                c.ProcesregisseurNaam))
            .ToListAsync(cancellationToken);
        var visible = new List<CaseSummary>();
        foreach (var row in rows)
        {
            if ((await access.CheckAsync(row.Id, cancellationToken)).Allowed)
            {
                visible.Add(row);
            }
        }

        return visible;
    }
}

