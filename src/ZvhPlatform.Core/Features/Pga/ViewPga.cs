using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Pga;

/// <summary>The PGA monitor of a case: the measurements of one of its persons (the main person unless chosen) in date order.</summary>
[RequiresPermission(CorePermissions.PgaWerken)]
internal sealed record ViewPga(Guid CasusId, Guid? PersonId) : IQuery<PgaView>;

internal sealed record PgaPersoon(Guid Id, string Naam);

internal sealed record PgaMetingView(Guid Id, DateOnly Datum, string Moment, string Door, IReadOnlyDictionary<Leefgebied, PgaNiveau> Scores);

internal sealed record PgaView(Guid CasusId, string Kenmerk, bool Afgesloten, IReadOnlyList<PgaPersoon> Personen, Guid PersonId, string PersoonNaam,
    IReadOnlyList<PgaMetingView> Metingen);

internal sealed class ViewPgaHandler(CaseworkDbContext db, CoreDbContext core, ICaseAccess access, IAccessLog log) : IQueryHandler<ViewPga, PgaView>
{
    public async ValueTask<PgaView> Handle(ViewPga query, CancellationToken cancellationToken)
    {
        var (casus, decision) = await db.RequireCaseAsync(access, query.CasusId, cancellationToken);
        var personIds = await db.CasusPersonen.AsNoTracking().Where(p => p.CasusId == casus.Id).Select(p => p.PersonId).ToListAsync(cancellationToken);
        var personId = query.PersonId ?? casus.HoofdpersoonId;
        if (!personIds.Contains(personId))
        {
            throw new KeyNotFoundException("Persoon niet gevonden in deze casus.");
        }

        var names = await core.Persons.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.VolledigeNaam, cancellationToken);
        var metingen = await db.PgaMetingen.AsNoTracking().Include(m => m.Scores).Where(m => m.CasusId == casus.Id && m.PersonId == personId)
            .ToListAsync(cancellationToken);
        await log.RecordAsync(new AccessRecord(AccessAction.Inzien, casus.Doel, [personId], casus.Id, casus.ModuleId, "toegestaan", decision.ViaEmergency,
            "pga-monitor"), cancellationToken);
        return new PgaView(casus.Id, casus.Kenmerk, casus.AfgeslotenOp is not null,
            personIds.Select(id => new PgaPersoon(id, names.GetValueOrDefault(id, "(verwijderd)"))).OrderBy(p => p.Id != casus.HoofdpersoonId).ThenBy(p => p.Naam).ToList(),
            personId, names.GetValueOrDefault(personId, "(verwijderd)"),
            metingen.OrderBy(m => m.Datum).ThenBy(m => m.Moment == "Intake" ? 0 : m.Moment == "Periodiek" ? 1 : 2)
                .Select(m => new PgaMetingView(m.Id, m.Datum, m.Moment, m.Door, m.Scores.ToDictionary(s => s.Leefgebied, s => s.Niveau))).ToList());
    }
}
