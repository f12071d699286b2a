using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Privacy;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Privacy;

/// <summary>The contactpunt's list of data subject requests, open ones first by deadline; names shown are logged.</summary>
[RequiresPermission(CorePermissions.VerzoekenBehandelen)]
internal sealed record ListVerzoeken : IQuery<IReadOnlyList<VerzoekRow>>;

/// <summary>How urgent an open request is.</summary>
internal enum TermijnSignaal
{
    Geen,
    VerlooptBinnenkort,
    TeLaat,
}

internal sealed record VerzoekRow(Guid Id, Guid PersonId, string Naam, VerzoekSoort Soort, DateOnly OntvangenOp, DateOnly Termijn,
    VerzoekStatus Status, TermijnSignaal Signaal);

internal sealed class ListVerzoekenHandler(PrivacyDbContext db, CoreDbContext core, IAccessLog log, TimeProvider clock)
    : IQueryHandler<ListVerzoeken, IReadOnlyList<VerzoekRow>>
{
    public const int WarningDays = 7;

    public async ValueTask<IReadOnlyList<VerzoekRow>> Handle(ListVerzoeken query, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var requests = await db.Verzoeken.AsNoTracking().OrderBy(v => v.Termijn).Take(500).ToListAsync(cancellationToken);
        var names = await PersonNames.OfAsync(core, requests.Select(r => r.PersonId), cancellationToken);
        var rows = requests
            .Select(r => new VerzoekRow(r.Id, r.PersonId, names.GetValueOrDefault(r.PersonId, "onbekende persoon"), r.Soort, r.OntvangenOp, r.Termijn,
                r.Status, Signaal(r.Status, r.Termijn, today)))
            .OrderBy(r => r.Status is VerzoekStatus.Afgehandeld or VerzoekStatus.Afgewezen).ThenBy(r => r.Termijn).ToList();
        if (rows.Count > 0)
        {
            await log.RecordAsync(new AccessRecord(AccessAction.Inzien, Purposes.VerzoekBetrokkene, rows.Select(r => r.PersonId).Distinct().ToList(), null,
                "core", "toegestaan", false, "overzicht verzoeken betrokkenen"), cancellationToken);
        }

        return rows;
    }

    internal static TermijnSignaal Signaal(VerzoekStatus status, DateOnly termijn, DateOnly today)
    {
        if (status is VerzoekStatus.Afgehandeld or VerzoekStatus.Afgewezen)
        {
            return TermijnSignaal.Geen;
        }

        return today > termijn ? TermijnSignaal.TeLaat
            : termijn.DayNumber - today.DayNumber <= WarningDays ? TermijnSignaal.VerlooptBinnenkort
            : TermijnSignaal.Geen;
    }
}

/// <summary>Display names of register persons in the current region.</summary>
internal static class PersonNames
{
    public static async Task<Dictionary<Guid, string>> OfAsync(CoreDbContext core, IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        var persons = await core.Persons.AsNoTracking().Where(p => wanted.Contains(p.Id))
            .Select(p => new { p.Id, p.Voornamen, p.Tussenvoegsel, p.Achternaam, p.Geboortedatum }).ToListAsync(cancellationToken);
        return persons.ToDictionary(p => p.Id, p =>
            string.Join(' ', new[] { p.Voornamen, p.Tussenvoegsel, p.Achternaam }.Where(s => !string.IsNullOrWhiteSpace(s))) +
            (p.Geboortedatum is { } d ? $" ({d:dd-MM-yyyy})" : ""));
    }
}
