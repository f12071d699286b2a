using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Signalen;

/// <summary>The region's signalen, open ones first, with the meetings they can be put on.</summary>
[RequiresPermission(CorePermissions.SignalenWerken)]
internal sealed record ListSignalen(bool MetAfgehandeld) : IQuery<SignalenOverzicht>;

internal sealed record SignaalRow(Guid Id, DateOnly Datum, string Categorie, string Omschrijving, string Tafel, string? Kenmerk, string Status,
    string? Overleg, string? Afhandeling, string Door, long Version);

internal sealed record OverlegKeuze(Guid Id, string Titel, DateTime Aanvang);

internal sealed record SignalenOverzicht(IReadOnlyList<SignaalRow> Signalen, IReadOnlyList<OverlegKeuze> Overleggen);

internal sealed class ListSignalenHandler(CaseworkDbContext db, Compartments compartments, TimeProvider clock) : IQueryHandler<ListSignalen, SignalenOverzicht>
{
    public async ValueTask<SignalenOverzicht> Handle(ListSignalen query, CancellationToken cancellationToken)
    {
        var closed = compartments.ClosedModules.ToList();
        var rows = await (from s in db.Signalen.AsNoTracking()
                          join c in db.Casussen.AsNoTracking() on s.CasusId equals c.Id into cs
                          from c in cs.DefaultIfEmpty()
                          join o in db.Overleggen.AsNoTracking() on s.OverlegId equals o.Id into os
                          from o in os.DefaultIfEmpty()
                          where (query.MetAfgehandeld || s.Status != SignaalNamen.Afgehandeld) && (c == null || !closed.Contains(c.ModuleId))
                          orderby s.Datum descending
                          select new SignaalRow(s.Id, s.Datum, s.Categorie, s.Omschrijving, s.Tafel, c == null ? null : c.Kenmerk, s.Status,
                              o == null ? null : o.Titel, s.Afhandeling, s.Door, s.Version))
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime.AddDays(-1);
        var meetings = await db.Overleggen.AsNoTracking().Where(o => o.GehoudenUtc == null && o.Aanvang >= now && !closed.Contains(o.ModuleId))
            .OrderBy(o => o.Aanvang).Take(50).Select(o => new OverlegKeuze(o.Id, o.Titel, o.Aanvang)).ToListAsync(cancellationToken);
        return new SignalenOverzicht(rows.OrderBy(r => r.Status == SignaalNamen.Afgehandeld).ToList(), meetings);
    }
}
