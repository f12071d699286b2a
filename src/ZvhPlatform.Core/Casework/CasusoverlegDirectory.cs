using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Data;

namespace ZvhPlatform.Core.Casework;

/// <summary>The region's casusoverleggen of one aanpak for a module's meeting schedule: titles and counts only, no persons.</summary>
internal sealed class CasusoverlegDirectory(CaseworkDbContext db, Compartments compartments, TimeProvider clock) : ICasusoverlegDirectory
{
    public async Task<IReadOnlyList<OverlegSummary>> ListAsync(string moduleId, CancellationToken cancellationToken = default)
    {
        if (compartments.IsClosed(moduleId))
        {
            return [];
        }

        var rows = await db.Overleggen.AsNoTracking().Where(o => o.ModuleId == moduleId)
            .OrderByDescending(o => o.Aanvang).Take(300)
            .Select(o => new { o.Id, o.Titel, o.Aanvang, o.Locatie, o.GehoudenUtc, Aantal = o.Agenda.Count })
            .ToListAsync(cancellationToken);
        return rows.Select(o => new OverlegSummary(o.Id, o.Titel, RegieSupport.ToLocal(o.Aanvang, clock), o.Locatie, o.GehoudenUtc is not null, o.Aantal))
            .OrderBy(o => o.Gehouden).ThenBy(o => o.Gehouden ? -o.Aanvang.Ticks : o.Aanvang.Ticks).ToList();
    }
}
