using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Persons;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Persons;

/// <summary>Pairs of records that may be the same person (same BSN, or same surname and date of birth), and recent merges.</summary>
[RequiresPermission(CorePermissions.PersonenSamenvoegen)]
internal sealed record ListPossibleDuplicates : IQuery<DuplicatesOverview>;

internal sealed record DuplicatePair(PersonRow First, PersonRow Second, string Reason);

internal sealed record MergeRow(Guid MergeId, string Survivor, string Merged, DateTime MergedUtc, string MergedBy, bool CanUndo);

internal sealed record DuplicatesOverview(IReadOnlyList<DuplicatePair> Pairs, IReadOnlyList<MergeRow> Merges);

internal sealed class ListPossibleDuplicatesHandler(CoreDbContext db, IAccessLog log, TimeProvider clock)
    : IQueryHandler<ListPossibleDuplicates, DuplicatesOverview>
{
    public async ValueTask<DuplicatesOverview> Handle(ListPossibleDuplicates query, CancellationToken cancellationToken)
    {
        var active = db.Persons.AsNoTracking().Where(p => p.MergedIntoId == null);
        var byBsn = from a in active
                    join b in active on a.Bsn equals b.Bsn
                    where a.Bsn != null && a.Id != b.Id
                    select new { A = a.Id, B = b.Id, Reason = "zelfde BSN" };
        var byNameDob = from a in active
                        join b in active on new { a.ZoekAchternaam, a.Geboortedatum } equals new { b.ZoekAchternaam, b.Geboortedatum }
                        where a.Geboortedatum != null && a.Id != b.Id && (a.Bsn == null || b.Bsn == null || a.Bsn != b.Bsn)
                        select new { A = a.Id, B = b.Id, Reason = "zelfde achternaam en geboortedatum" };
        var pairs = (await byBsn.Take(200).ToListAsync(cancellationToken)).Concat(await byNameDob.Take(200).ToListAsync(cancellationToken))
            .Where(p => p.A.CompareTo(p.B) < 0) // each pair once
            .DistinctBy(p => (p.A, p.B)).ToList();
        var ids = pairs.SelectMany(p => new[] { p.A, p.B }).Distinct().ToList();
        var rows = (await db.Persons.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken))
            .ToDictionary(p => p.Id, p => new PersonRow(p.Id, p.VolledigeNaam, p.Geboortedatum, p.Woonplaats, PersonProjection.MaskBsn(p.Bsn)));

        var since = clock.GetUtcNow().UtcDateTime.AddDays(-MergePersonsHandler.UndoDays);
        var merges = await db.PersonMerges.AsNoTracking().Where(m => m.MergedUtc >= since && m.UndoneUtc == null)
            .OrderByDescending(m => m.MergedUtc).ToListAsync(cancellationToken);
        var mergeIds = merges.SelectMany(m => new[] { m.SurvivorId, m.MergedId }).Distinct().ToList();
        var names = await db.Persons.AsNoTracking().Where(p => mergeIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.VolledigeNaam, cancellationToken);

        await log.RecordAsync(new AccessRecord(AccessAction.Zoeken, Purposes.Beheer, ids.Concat(mergeIds).Distinct().ToList(), null, "core",
            "toegestaan", false, "mogelijke dubbele registraties"), cancellationToken);
        return new DuplicatesOverview(
            pairs.Select(p => new DuplicatePair(rows[p.A], rows[p.B], p.Reason)).ToList(),
            merges.Select(m => new MergeRow(m.Id, names.GetValueOrDefault(m.SurvivorId, "?"), names.GetValueOrDefault(m.MergedId, "?"),
                m.MergedUtc, m.MergedBy, true)).ToList());
    }
}
