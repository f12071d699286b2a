using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Access;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Meldingen;

/// <summary>The user's own notifications in the current region, unread first, newest first.</summary>
[RequiresPermission(CorePermissions.MeldingenOntvangen)]
internal sealed record ListMeldingen : IQuery<IReadOnlyList<MeldingRow>>;

internal sealed record MeldingRow(Guid Id, string Tekst, string? Link, DateTime AangemaaktUtc, bool Gelezen);

internal sealed class ListMeldingenHandler(CaseworkDbContext db, CurrentUser user) : IQueryHandler<ListMeldingen, IReadOnlyList<MeldingRow>>
{
    public async ValueTask<IReadOnlyList<MeldingRow>> Handle(ListMeldingen query, CancellationToken cancellationToken)
    {
        var userId = user.UserId ?? Guid.Empty;
        var rows = await db.Notificaties.AsNoTracking().Where(n => n.UserId == userId)
            .OrderByDescending(n => n.AangemaaktUtc).Take(200)
            .Select(n => new MeldingRow(n.Id, n.Tekst, n.Link, n.AangemaaktUtc, n.GelezenUtc != null)).ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.Gelezen).ThenByDescending(r => r.AangemaaktUtc).ToList();
    }
}
