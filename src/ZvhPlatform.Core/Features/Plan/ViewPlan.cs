using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Access;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Partners;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Core.Features.Plan;

/// <summary>The current plan van aanpak of a case, for those with need-to-know; with the choices the edit form offers.</summary>
[RequiresPermission(CorePermissions.PlanInzien)]
internal sealed record ViewPlan(Guid CasusId) : IQuery<PlanView>;

/// <summary>One goal as shown and as kept in a version's snapshot.</summary>
internal sealed record PlanDoelRow(Leefgebied Leefgebied, string Doel, string? Interventie, string? VerantwoordelijkePartner, DateOnly? Startdatum,
    DateOnly? Einddatum, bool Behaald);

internal sealed record PlanView(Guid CasusId, string Kenmerk, bool Bestaat, int Versie, long Version, string? GewijzigdDoor, DateTime? GewijzigdUtc,
    IReadOnlyList<PlanDoelRow> Doelen, IReadOnlyList<string> Interventies, IReadOnlyList<string> Partners, bool MagBewerken);

internal sealed class ViewPlanHandler(CaseworkDbContext db, IdentityStoreDbContext identity, IRegionContext region, ICaseAccess access,
    IPartnerDirectory partners, CurrentUser user, IAccessLog log) : IQueryHandler<ViewPlan, PlanView>
{
    public async ValueTask<PlanView> Handle(ViewPlan query, CancellationToken cancellationToken)
    {
        var (casus, decision) = await db.RequireCaseAsync(access, query.CasusId, cancellationToken);
        var plan = await db.Plannen.AsNoTracking().Include(p => p.Doelen).SingleOrDefaultAsync(p => p.CasusId == casus.Id, cancellationToken);
        var doelen = plan?.Doelen.OrderBy(d => d.Leefgebied).ThenBy(d => d.Startdatum).ThenBy(d => d.Doel, StringComparer.CurrentCulture)
            .Select(d => new PlanDoelRow(d.Leefgebied, d.Doel, d.Interventie, d.VerantwoordelijkePartner, d.Startdatum, d.Einddatum, d.Behaald)).ToList() ?? [];
        var magBewerken = user.HasPermission(CorePermissions.PlanWerken) && casus.AfgeslotenOp is null;
        IReadOnlyList<string> interventies = [];
        IReadOnlyList<string> partnerNames = [];
        if (magBewerken)
        {
            await InterventieCatalogus.EnsureAsync(db, region.RequiredRegion.Id, cancellationToken);
            interventies = (await db.Interventies.AsNoTracking().Where(i => i.Actief).Select(i => i.Naam).ToListAsync(cancellationToken))
                .Order(StringComparer.CurrentCulture).ToList();
            var allowed = await RegieSupport.AllowedUsersAsync(db, identity, region.RequiredRegion.Id, [casus.Id], cancellationToken);
            partnerNames = (await partners.ActivePartnersAsync(cancellationToken)).Select(p => p.Naam)
                .Concat(allowed.Where(u => !u.Staf).Select(u => u.Organisatie).OfType<string>())
                .Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.CurrentCulture).ToList();
        }

        await log.RecordAsync(new AccessRecord(AccessAction.Inzien, casus.Doel, [casus.HoofdpersoonId], casus.Id, casus.ModuleId, "toegestaan",
            decision.ViaEmergency, "plan van aanpak"), cancellationToken);
        return new PlanView(casus.Id, casus.Kenmerk, plan is not null, plan?.Versie ?? 0, plan?.Version ?? 0, plan?.GewijzigdDoor, plan?.GewijzigdUtc, doelen,
            interventies, partnerNames, magBewerken);
    }
}
