using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Partners;

/// <summary>The region's registered geheimhoudingsverklaringen, newest first, with whether each is valid on a date.</summary>
[RequiresPermission(CorePermissions.PartnersInzien)]
internal sealed record ListGeheimhoudingsverklaringen(DateOnly Today) : IQuery<IReadOnlyList<VerklaringRow>>;

internal sealed record VerklaringRow(Guid Id, string Naam, string Email, string Organisatie, DateOnly OndertekendOp, DateOnly? GeldigTot,
    bool GeldigVandaag, string VastgelegdDoor);

internal sealed class ListGeheimhoudingsverklaringenHandler(PartnersDbContext db)
    : IQueryHandler<ListGeheimhoudingsverklaringen, IReadOnlyList<VerklaringRow>>
{
    public async ValueTask<IReadOnlyList<VerklaringRow>> Handle(ListGeheimhoudingsverklaringen query, CancellationToken cancellationToken) =>
        (await db.Geheimhoudingsverklaringen.AsNoTracking().ToListAsync(cancellationToken))
        .OrderByDescending(g => g.OndertekendOp).ThenBy(g => g.Naam, StringComparer.CurrentCulture)
        .Select(g => new VerklaringRow(g.Id, g.Naam, g.Email, g.Organisatie, g.OndertekendOp, g.GeldigTot,
            g.OndertekendOp <= query.Today && (g.GeldigTot is null || g.GeldigTot >= query.Today), g.VastgelegdDoor))
        .ToList();
}
