using Mediator;
using ZvhPlatform.Core.Access;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Partners;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Core.Features.Acties;

/// <summary>
/// The actions of a case: all of them for the bureau; for a partner professional taking part, those of their own organisation
/// and those they own.
/// </summary>
[RequiresPermission(CorePermissions.ActiesEigen)]
internal sealed record ListCaseActies(Guid CasusId) : IQuery<CaseActies>;

internal sealed record CaseActies(Guid CasusId, string Kenmerk, bool Afgesloten, bool MagAanmaken, IReadOnlyList<ActieRow> Acties,
    IReadOnlyList<ToegestaneGebruiker> Eigenaren, IReadOnlyList<string> Organisaties);

internal sealed class ListCaseActiesHandler(CaseworkDbContext db, IdentityStoreDbContext identity, IRegionContext region, ICaseAccess access,
    IPartnerDirectory partners, CurrentUser user, IAccessLog log, TimeProvider clock) : IQueryHandler<ListCaseActies, CaseActies>
{
    public async ValueTask<CaseActies> Handle(ListCaseActies query, CancellationToken cancellationToken)
    {
        var (casus, decision) = await db.RequireCaseAsync(access, query.CasusId, cancellationToken);
        var all = user.HasPermission(CorePermissions.ActiesWerken);
        var userId = user.UserId ?? Guid.Empty;
        var organisation = user.Organisation;
        var source = db.Acties.Where(a => a.CasusId == casus.Id);
        if (!all)
        {
            source = source.Where(a => a.EigenaarUserId == userId || (organisation != "" && a.EigenaarOrganisatie == organisation));
        }

        var rows = await ActieRows.ForAsync(db, identity, clock, source, a => ActiePolicy.MayChangeStatus(user, a), cancellationToken);
        IReadOnlyList<ToegestaneGebruiker> owners = [];
        IReadOnlyList<string> organisaties = [];
        if (all)
        {
            owners = await RegieSupport.AllowedUsersAsync(db, identity, region.RequiredRegion.Id, [casus.Id], cancellationToken);
            organisaties = (await partners.ActivePartnersAsync(cancellationToken)).Select(p => p.Naam)
                .Concat(owners.Select(u => u.Organisatie).OfType<string>()).Append(region.RequiredRegion.Name)
                .Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.CurrentCulture).ToList();
        }

        await log.RecordAsync(new AccessRecord(AccessAction.Inzien, casus.Doel, [casus.HoofdpersoonId], casus.Id, casus.ModuleId, "toegestaan",
            decision.ViaEmergency, "acties"), cancellationToken);
        return new CaseActies(casus.Id, casus.Kenmerk, casus.AfgeslotenOp is not null, all, rows, owners, organisaties);
    }
}
