using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Access;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Casework;

/// <summary>
/// "Mijn aanmeldingen": the aanmeldingen the partner professional submitted in this region, with the status the
/// ZVH reported back. Nobody else's aanmeldingen, not even those of colleagues of the same organisation.
/// </summary>
[RequiresPermission(CorePermissions.AanmeldingenIndienen)]
internal sealed record ListMyAanmeldingen : IQuery<IReadOnlyList<MyAanmeldingRow>>;

internal sealed record MyAanmeldingRow(string Kenmerk, string ModuleId, DateOnly OntvangenOp, AanmeldingStatus Status, string? Terugkoppeling);

internal sealed class ListMyAanmeldingenHandler(CaseworkDbContext db, CurrentUser user) : IQueryHandler<ListMyAanmeldingen, IReadOnlyList<MyAanmeldingRow>>
{
    public async ValueTask<IReadOnlyList<MyAanmeldingRow>> Handle(ListMyAanmeldingen query, CancellationToken cancellationToken)
    {
        var userId = user.UserId ?? Guid.Empty;
        return await db.Aanmeldingen.AsNoTracking().Where(a => a.IngediendDoorUserId == userId)
            .OrderByDescending(a => a.OntvangenOp).ThenByDescending(a => a.Kenmerk).Take(300)
            .Select(a => new MyAanmeldingRow(a.Kenmerk, a.ModuleId, a.OntvangenOp, a.Status, a.TerugkoppelingAanVerwijzer))
            .ToListAsync(cancellationToken);
    }
}
