using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Casework;

/// <summary>The region's aanmeldingen for the bureau, newest first; open ones (still to triage) only unless asked.</summary>
[RequiresPermission(CorePermissions.AanmeldingenBehandelen)]
internal sealed record ListAanmeldingen(bool OokAfgehandeld) : IQuery<IReadOnlyList<AanmeldingRow>>;

internal sealed record AanmeldingRow(Guid Id, string Kenmerk, string ModuleId, DateOnly OntvangenOp, AanmeldRoute Route, string Verwijzer,
    AanmeldingStatus Status);

internal sealed class ListAanmeldingenHandler(CaseworkDbContext db, ZvhPlatform.Core.Casework.Compartments compartments)
    : IQueryHandler<ListAanmeldingen, IReadOnlyList<AanmeldingRow>>
{
    public async ValueTask<IReadOnlyList<AanmeldingRow>> Handle(ListAanmeldingen query, CancellationToken cancellationToken)
    {
        var closed = compartments.ClosedModules.ToList();
        var rows = db.Aanmeldingen.AsNoTracking().Where(a => !closed.Contains(a.ModuleId));
        if (!query.OokAfgehandeld)
        {
            rows = rows.Where(a => a.Status == AanmeldingStatus.Ontvangen);
        }

        // References only, no names: the list touches no personal data and needs no log line (the aanmelding page logs).
        return await rows.OrderByDescending(a => a.OntvangenOp).ThenByDescending(a => a.Kenmerk).Take(300)
            .Select(a => new AanmeldingRow(a.Id, a.Kenmerk, a.ModuleId, a.OntvangenOp, a.Route, a.VerwijzerOrganisatie, a.Status))
            .ToListAsync(cancellationToken);
    }
}
