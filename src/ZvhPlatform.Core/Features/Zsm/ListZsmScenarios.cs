using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Zsm;

/// <summary>The region's ZSM scenarios (or one person's), newest first, each marked valid or verlopen.</summary>
[RequiresPermission(CorePermissions.ZsmWerken)]
internal sealed record ListZsmScenarios(Guid? PersonId) : IQuery<IReadOnlyList<ZsmScenarioRow>>;

internal sealed record ZsmScenarioRow(Guid Id, Guid PersonId, string Persoon, string? Kenmerk, DateOnly OpgesteldOp, DateOnly GeldigTot, bool Verlopen, string Door);

internal sealed class ListZsmScenariosHandler(CaseworkDbContext db, CoreDbContext core, Compartments compartments, IAccessLog log, TimeProvider clock)
    : IQueryHandler<ListZsmScenarios, IReadOnlyList<ZsmScenarioRow>>
{
    public async ValueTask<IReadOnlyList<ZsmScenarioRow>> Handle(ListZsmScenarios query, CancellationToken cancellationToken)
    {
        var hidden = await compartments.HiddenPersonsAsync(false, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var scenarios = (await (from s in db.ZsmScenarios.AsNoTracking()
                                join c in db.Casussen.AsNoTracking() on s.CasusId equals c.Id into cs
                                from c in cs.DefaultIfEmpty()
                                where query.PersonId == null || s.PersonId == query.PersonId
                                orderby s.OpgesteldOp descending
                                select new { s.Id, s.PersonId, Kenmerk = c == null ? null : c.Kenmerk, s.OpgesteldOp, s.GeldigTot, s.Door })
                .Take(500).ToListAsync(cancellationToken))
            .Where(s => !hidden.Contains(s.PersonId)).ToList();
        var ids = scenarios.Select(s => s.PersonId).Distinct().ToList();
        var names = await core.Persons.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.VolledigeNaam, cancellationToken);
        if (ids.Count > 0)
        {
            await log.RecordAsync(new AccessRecord(AccessAction.Inzien, ZsmNamen.Doel, ids, null, "core", "toegestaan", false, "zsm-scenario's"), cancellationToken);
        }

        return scenarios.Select(s => new ZsmScenarioRow(s.Id, s.PersonId, names.GetValueOrDefault(s.PersonId, "(verwijderd)"), s.Kenmerk, s.OpgesteldOp,
            s.GeldigTot, ZsmNamen.Verlopen(s.GeldigTot, today), s.Door)).ToList();
    }
}
