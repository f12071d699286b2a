using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Contracts;
using ZvhPlatform.Modules.PgaTafel.Data;

namespace ZvhPlatform.Modules.PgaTafel;

/// <summary>
/// What only the PGA-tafel knows for invoicing: its opschalingen to CoVeCa / Top X per municipality, counted as meldingen.
/// The table's cases and meetings are the core's (cases and casusoverleggen of module pgatafel), which the core counts itself.
/// </summary>
internal sealed class PgaTafelWorkCounter(PgaTafelDbContext db) : IModuleWorkCounter
{
    public string ModuleId => PgaTafelModule.Id;

    public async Task<IReadOnlyList<ModuleWork>> CountAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var perGemeente = await db.Opschalingen.AsNoTracking().Where(o => o.Datum >= from && o.Datum <= to)
            .GroupBy(o => o.GemeenteCode).Select(g => new { g.Key, Aantal = g.Count() }).ToListAsync(cancellationToken);
        return perGemeente.Select(g => new ModuleWork(g.Key, 0, g.Aantal, 0)).OrderBy(w => w.GemeenteCode, StringComparer.Ordinal).ToList();
    }
}
