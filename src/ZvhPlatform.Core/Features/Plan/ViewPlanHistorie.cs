using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Plan;

/// <summary>Every version of a case's plan van aanpak, newest first, with who saved it when and what it said.</summary>
[RequiresPermission(CorePermissions.PlanInzien)]
internal sealed record ViewPlanHistorie(Guid CasusId) : IQuery<PlanHistorie>;

internal sealed record PlanVersieView(int Versie, string Door, DateTime VastgelegdUtc, IReadOnlyList<PlanDoelRow> Doelen);

internal sealed record PlanHistorie(Guid CasusId, string Kenmerk, IReadOnlyList<PlanVersieView> Versies);

internal sealed class ViewPlanHistorieHandler(CaseworkDbContext db, ICaseAccess access, IAccessLog log) : IQueryHandler<ViewPlanHistorie, PlanHistorie>
{
    public async ValueTask<PlanHistorie> Handle(ViewPlanHistorie query, CancellationToken cancellationToken)
    {
        var (casus, decision) = await db.RequireCaseAsync(access, query.CasusId, cancellationToken);
        var planId = await db.Plannen.Where(p => p.CasusId == casus.Id).Select(p => (Guid?)p.Id).SingleOrDefaultAsync(cancellationToken);
        var versies = planId is null
            ? []
            : (await db.PlanVersies.AsNoTracking().Where(v => v.PlanId == planId).ToListAsync(cancellationToken))
            .OrderByDescending(v => v.Versie)
            .Select(v => new PlanVersieView(v.Versie, v.Door, v.VastgelegdUtc, PlanSnapshot.Read(v.Inhoud))).ToList();
        await log.RecordAsync(new AccessRecord(AccessAction.Inzien, casus.Doel, [casus.HoofdpersoonId], casus.Id, casus.ModuleId, "toegestaan",
            decision.ViaEmergency, "plan van aanpak (historie)"), cancellationToken);
        return new PlanHistorie(casus.Id, casus.Kenmerk, versies);
    }
}
