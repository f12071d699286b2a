using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Data;

namespace ZvhPlatform.Core.Features.Casusoverleg;

/// <summary>The region's case conferences: planned ones first, then the held ones (most recent first).</summary>
[ZvhPlatform.Kernel.Requests.RequiresPermission(CorePermissions.CasusoverlegWerken)]
internal sealed record ListOverleggen : IQuery<IReadOnlyList<OverlegRow>>;

internal sealed record OverlegRow(Guid Id, string Titel, string ModuleId, DateTime Aanvang, string? Locatie, bool Gehouden, int AantalCasussen);

internal sealed class ListOverleggenHandler(CaseworkDbContext db, Compartments compartments, TimeProvider clock)
    : IQueryHandler<ListOverleggen, IReadOnlyList<OverlegRow>>
{
    public async ValueTask<IReadOnlyList<OverlegRow>> Handle(ListOverleggen query, CancellationToken cancellationToken)
    {
        var closed = compartments.ClosedModules.ToList();
        // Titles and case counts only, no persons: nothing to log here.
        var rows = await db.Overleggen.AsNoTracking().Where(o => !closed.Contains(o.ModuleId))
            .OrderByDescending(o => o.Aanvang).Take(300)
            .Select(o => new { o.Id, o.Titel, o.ModuleId, o.Aanvang, o.Locatie, o.GehoudenUtc, Aantal = o.Agenda.Count })
            .ToListAsync(cancellationToken);
        return rows.Select(o => new OverlegRow(o.Id, o.Titel, o.ModuleId, RegieSupport.ToLocal(o.Aanvang, clock), o.Locatie, o.GehoudenUtc is not null, o.Aantal))
            .OrderBy(o => o.Gehouden).ThenBy(o => o.Gehouden ? -o.Aanvang.Ticks : o.Aanvang.Ticks).ToList();
    }
}
