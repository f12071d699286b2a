using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Privacy;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Privacy;

/// <summary>A request with its history and the person's restriction state; the look is logged.</summary>
[RequiresPermission(CorePermissions.VerzoekenBehandelen)]
internal sealed record ViewVerzoek(Guid Id) : IQuery<VerzoekDetails>;

internal sealed record VerzoekHistoryRow(DateTime GewijzigdUtc, string GewijzigdDoor, VerzoekStatus? Van, VerzoekStatus Naar, string Reden);

internal sealed record BeperkingRow(DateTime SindsUtc, string Reden, string IngesteldDoor, DateTime? OpgehevenUtc, string? OpgehevenDoor, string? RedenOpheffing);

internal sealed record VerzoekDetails(
    Guid Id, Guid PersonId, string Naam, VerzoekSoort Soort, DateOnly OntvangenOp, DateOnly Termijn, VerzoekStatus Status, TermijnSignaal Signaal,
    string? Omschrijving, string? Reden, string GeregistreerdDoor, string? BehandeldDoor, long Version,
    IReadOnlyList<VerzoekHistoryRow> Historie, IReadOnlyList<BeperkingRow> Beperkingen)
{
    public bool IsAfgesloten => Status is VerzoekStatus.Afgehandeld or VerzoekStatus.Afgewezen;

    public bool BeperkingActief => Beperkingen.Any(b => b.OpgehevenUtc is null);
}

internal sealed class ViewVerzoekHandler(PrivacyDbContext db, CoreDbContext core, IAccessLog log, TimeProvider clock) : IQueryHandler<ViewVerzoek, VerzoekDetails>
{
    public async ValueTask<VerzoekDetails> Handle(ViewVerzoek query, CancellationToken cancellationToken)
    {
        var v = await db.Verzoeken.AsNoTracking().Include(x => x.Historie).SingleOrDefaultAsync(x => x.Id == query.Id, cancellationToken)
                ?? throw new KeyNotFoundException("Verzoek niet gevonden.");
        var names = await PersonNames.OfAsync(core, [v.PersonId], cancellationToken);
        var restrictions = await db.Verwerkingsbeperkingen.AsNoTracking().Where(r => r.PersonId == v.PersonId).OrderByDescending(r => r.SindsUtc)
            .Select(r => new BeperkingRow(r.SindsUtc, r.Reden, r.IngesteldDoor, r.OpgehevenUtc, r.OpgehevenDoor, r.RedenOpheffing))
            .ToListAsync(cancellationToken);
        await log.RecordAsync(new AccessRecord(AccessAction.Inzien, Purposes.VerzoekBetrokkene, [v.PersonId], null, "core", "toegestaan", false,
            "verzoek betrokkene"), cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        return new VerzoekDetails(v.Id, v.PersonId, names.GetValueOrDefault(v.PersonId, "onbekende persoon"), v.Soort, v.OntvangenOp, v.Termijn, v.Status,
            ListVerzoekenHandler.Signaal(v.Status, v.Termijn, today), v.Omschrijving, v.Reden, v.GeregistreerdDoor, v.BehandeldDoor, v.Version,
            v.Historie.OrderBy(h => h.GewijzigdUtc).Select(h => new VerzoekHistoryRow(h.GewijzigdUtc, h.GewijzigdDoor, h.Van, h.Naar, h.Reden)).ToList(),
            restrictions);
    }
}
