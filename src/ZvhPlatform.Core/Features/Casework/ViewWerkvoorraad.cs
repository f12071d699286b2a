using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Casework;

/// <summary>The werkvoorraad: cases accepted for procesregie that wait for a procesregisseur, in order of priority.</summary>
[RequiresPermission(CorePermissions.WerkvoorraadBeheren)]
internal sealed record ViewWerkvoorraad : IQuery<IReadOnlyList<WerkvoorraadRow>>;

/// <summary>A waiting case; references only (no names), so the list needs no log line.</summary>
internal sealed record WerkvoorraadRow(Guid PlaatsId, Guid CasusId, string Kenmerk, string ModuleId, string? SubAanpak, string? AanmeldingKenmerk,
    string? Verwijzer, DateOnly Sinds, int WachtDagen, int Prioriteit, string? PrioriteitReden, DateOnly? GeprioriteerdOp, long Version, long CasusVersion)
{
    /// <summary>The wait as coordinators say it: "2 weken en 3 dagen".</summary>
    public string Wachttijd
    {
        get
        {
            if (WachtDagen < 7)
            {
                return WachtDagen == 1 ? "1 dag" : $"{WachtDagen} dagen";
            }

            var weken = WachtDagen / 7 == 1 ? "1 week" : $"{WachtDagen / 7} weken";
            var dagen = WachtDagen % 7;
            return dagen switch { 0 => weken, 1 => weken + " en 1 dag", _ => $"{weken} en {dagen} dagen" };
        }
    }
}

internal sealed class ViewWerkvoorraadHandler(CaseworkDbContext db, ZvhPlatform.Core.Casework.Compartments compartments, TimeProvider clock)
    : IQueryHandler<ViewWerkvoorraad, IReadOnlyList<WerkvoorraadRow>>
{
    public async ValueTask<IReadOnlyList<WerkvoorraadRow>> Handle(ViewWerkvoorraad query, CancellationToken cancellationToken)
    {
        var closed = compartments.ClosedModules.ToList();
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var rows = await (from w in db.Werkvoorraad.AsNoTracking()
                          join c in db.Casussen.AsNoTracking() on w.CasusId equals c.Id
                          join a in db.Aanmeldingen.AsNoTracking() on c.AanmeldingId equals a.Id into aanmeldingen
                          from a in aanmeldingen.DefaultIfEmpty()
                          where w.Tot == null && c.Status == CasusStatus.Werkvoorraad && !closed.Contains(c.ModuleId)
                          orderby w.Prioriteit, w.Sinds
                          select new { w, c.Kenmerk, c.ModuleId, c.SubAanpak, CasusVersion = c.Version, AKenmerk = a == null ? null : a.Kenmerk,
                              Verwijzer = a == null ? null : a.VerwijzerOrganisatie })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new WerkvoorraadRow(r.w.Id, r.w.CasusId, r.Kenmerk, r.ModuleId, r.SubAanpak, r.AKenmerk, r.Verwijzer, r.w.Sinds,
            Math.Max(0, today.DayNumber - r.w.Sinds.DayNumber), r.w.Prioriteit, r.w.PrioriteitReden, r.w.GeprioriteerdOp, r.w.Version, r.CasusVersion)).ToList();
    }
}
