using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Data;

namespace ZvhPlatform.Core.Features.Acties;

/// <summary>An action as lists show it.</summary>
internal sealed record ActieRow(Guid Id, Guid CasusId, string Kenmerk, Guid? OverlegId, string Omschrijving, string EigenaarOrganisatie, Guid? EigenaarUserId,
    string? EigenaarNaam, DateOnly Deadline, ActieStatus Status, DateOnly? AfgerondOp, long Version, bool TeLaat, bool MagStatusZetten);

/// <summary>Projects actions to rows with the case reference and the owner's name.</summary>
internal static class ActieRows
{
    public static async Task<IReadOnlyList<ActieRow>> ForAsync(CaseworkDbContext db, IdentityStoreDbContext identity, TimeProvider clock,
        IQueryable<Actie> source, Func<Actie, bool> magStatusZetten, CancellationToken cancellationToken)
    {
        var rows = await (from a in source.AsNoTracking()
                          join c in db.Casussen on a.CasusId equals c.Id
                          select new { Actie = a, c.Kenmerk }).ToListAsync(cancellationToken);
        var ownerIds = rows.Where(r => r.Actie.EigenaarUserId is not null).Select(r => r.Actie.EigenaarUserId!.Value).Distinct().ToList();
        var owners = await identity.Users.AsNoTracking().Where(u => ownerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var today = RegieSupport.Today(clock);
        return rows
            .OrderBy(r => r.Actie.Status != ActieStatus.Open).ThenBy(r => r.Actie.Deadline).ThenBy(r => r.Kenmerk, StringComparer.Ordinal)
            .Select(r => new ActieRow(r.Actie.Id, r.Actie.CasusId, r.Kenmerk, r.Actie.OverlegId, r.Actie.Omschrijving, r.Actie.EigenaarOrganisatie,
                r.Actie.EigenaarUserId, r.Actie.EigenaarUserId is { } o ? owners.GetValueOrDefault(o) : null, r.Actie.Deadline, r.Actie.Status,
                r.Actie.AfgerondOp, r.Actie.Version, r.Actie.Status == ActieStatus.Open && r.Actie.Deadline < today, magStatusZetten(r.Actie)))
            .ToList();
    }
}
