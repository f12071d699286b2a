using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Partners;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Features.Acties;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Core.Features.Casusoverleg;

/// <summary>
/// A case conference as the coordinator runs it: agenda with each case's main person, decisions and actions per item,
/// attendees and who else may be invited. Every case shown is written to the access log.
/// </summary>
[RequiresPermission(CorePermissions.CasusoverlegWerken)]
internal sealed record ViewOverleg(Guid Id) : IQuery<OverlegDetails>;

internal sealed record BesluitRow(Guid Id, DateOnly Datum, string Tekst, string Door);

internal sealed record AgendaItemView(Guid Id, Guid CasusId, string Kenmerk, string Hoofdpersoon, int Volgorde, bool PersoonUitgenodigd,
    string? NietUitgenodigdReden, string? Notities, IReadOnlyList<BesluitRow> Besluiten, IReadOnlyList<ActieRow> Acties,
    IReadOnlyList<ToegestaneGebruiker> Eigenaren);

internal sealed record OverlegDeelnemerRow(Guid Id, string Naam, string? Organisatie, bool Incidenteel, bool Aanwezig);

internal sealed record OverlegDetails(Guid Id, string Titel, string ModuleId, DateTime Aanvang, string? Locatie, bool Gehouden, string? Notulen, long Version,
    IReadOnlyList<AgendaItemView> Agenda, IReadOnlyList<OverlegDeelnemerRow> Deelnemers, IReadOnlyList<ToegestaneGebruiker> Kandidaten,
    IReadOnlyList<string> Organisaties);

internal sealed class ViewOverlegHandler(CaseworkDbContext db, CoreDbContext core, IdentityStoreDbContext identity, IRegionContext region,
    IPartnerDirectory partners, Compartments compartments, IAccessLog log, TimeProvider clock) : IQueryHandler<ViewOverleg, OverlegDetails>
{
    public async ValueTask<OverlegDetails> Handle(ViewOverleg query, CancellationToken cancellationToken)
    {
        var overleg = await db.Overleggen.AsNoTracking().Include(o => o.Agenda).Include(o => o.Deelnemers)
                          .SingleOrDefaultAsync(o => o.Id == query.Id, cancellationToken);
        if (overleg is null || compartments.IsClosed(overleg.ModuleId))
        {
            throw new KeyNotFoundException("Overleg niet gevonden.");
        }

        var caseIds = overleg.Agenda.Select(a => a.CasusId).ToList();
        var cases = await db.Casussen.AsNoTracking().Where(c => caseIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Kenmerk, c.HoofdpersoonId, c.Doel, c.ModuleId }).ToDictionaryAsync(c => c.Id, cancellationToken);
        var personIds = cases.Values.Select(c => c.HoofdpersoonId).Distinct().ToList();
        var names = await core.Persons.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.VolledigeNaam, cancellationToken);
        var besluiten = await db.Besluiten.AsNoTracking().Where(b => b.OverlegId == overleg.Id).OrderBy(b => b.Datum).ThenBy(b => b.Id)
            .Select(b => new { b.CasusId, Row = new BesluitRow(b.Id, b.Datum, b.Tekst, b.Door) }).ToListAsync(cancellationToken);
        var allowed = await RegieSupport.AllowedUsersAsync(db, identity, region.RequiredRegion.Id, caseIds, cancellationToken);
        var acties = await ActieRows.ForAsync(db, identity, clock, db.Acties.Where(a => a.OverlegId == overleg.Id), _ => true, cancellationToken);

        var agenda = overleg.Agenda.Where(a => cases.ContainsKey(a.CasusId)).OrderBy(a => a.Volgorde).Select(a =>
        {
            var c = cases[a.CasusId];
            return new AgendaItemView(a.Id, a.CasusId, c.Kenmerk, names.GetValueOrDefault(c.HoofdpersoonId, "(verwijderd)"), a.Volgorde,
                a.PersoonUitgenodigd, a.NietUitgenodigdReden, a.Notities,
                besluiten.Where(b => b.CasusId == a.CasusId).Select(b => b.Row).ToList(),
                acties.Where(x => x.CasusId == a.CasusId).ToList(),
                allowed.Where(u => u.MagBij(a.CasusId)).ToList());
        }).ToList();

        var attending = overleg.Deelnemers.Where(d => d.UserId is not null).Select(d => d.UserId!.Value).ToHashSet();
        var organisaties = (await partners.ActivePartnersAsync(cancellationToken)).Select(p => p.Naam)
            .Concat(allowed.Select(u => u.Organisatie).OfType<string>())
            .Append(region.RequiredRegion.Name)
            .Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.CurrentCulture).ToList();

        foreach (var c in cases.Values)
        {
            await log.RecordAsync(new AccessRecord(AccessAction.Inzien, c.Doel, [c.HoofdpersoonId], c.Id, c.ModuleId, "toegestaan", false, "casusoverleg"),
                cancellationToken);
        }

        return new OverlegDetails(overleg.Id, overleg.Titel, overleg.ModuleId, RegieSupport.ToLocal(overleg.Aanvang, clock), overleg.Locatie,
            overleg.GehoudenUtc is not null, overleg.Notulen, overleg.Version, agenda,
            overleg.Deelnemers.OrderBy(d => d.Incidenteel).ThenBy(d => d.Naam, StringComparer.CurrentCulture)
                .Select(d => new OverlegDeelnemerRow(d.Id, d.Naam, d.Organisatie, d.Incidenteel, d.Aanwezig)).ToList(),
            allowed.Where(u => !attending.Contains(u.UserId) && (u.Staf || u.Casussen.Count > 0)).ToList(),
            organisaties);
    }
}
