using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;

namespace ZvhPlatform.Core.Features.Casework;

/// <summary>
/// A case with its persons and participants, for those with need-to-know. Anyone else gets "not found",
/// the same answer as for a case that does not exist, so a case's existence is not revealed.
/// </summary>
internal sealed record ViewCase(Guid Id) : IQuery<CaseDetails>;

internal sealed record CasePersonRow(Guid PersonId, string Naam, DateOnly? Geboortedatum, CaseRole Rol);

internal sealed record CaseParticipantRow(Guid Id, Guid UserId, string Naam, string? Organisatie, DateTime ToegevoegdUtc);

internal sealed record CaseDetails(
    Guid Id, string Kenmerk, string ModuleId, string Doel, string Grondslag, DateOnly GeopendOp, DateOnly? AfgeslotenOp, string? AfsluitReden,
    DateOnly? BewarenTot, long Version, IReadOnlyList<CasePersonRow> Personen, IReadOnlyList<CaseParticipantRow> Deelnemers, bool ViaNoodtoegang);

internal sealed class ViewCaseHandler(CaseworkDbContext db, CoreDbContext core, ICaseAccess access, IAccessLog log) : IQueryHandler<ViewCase, CaseDetails>
{
    public async ValueTask<CaseDetails> Handle(ViewCase query, CancellationToken cancellationToken)
    {
        var decision = await access.CheckAsync(query.Id, cancellationToken);
        if (!decision.Allowed)
        {
            throw new KeyNotFoundException("Casus niet gevonden.");
        }

        var c = await db.Casussen.AsNoTracking().Include(x => x.Personen).Include(x => x.Deelnemers)
            .SingleAsync(x => x.Id == query.Id, cancellationToken);
        var ids = c.Personen.Select(p => p.PersonId).ToList();
        var persons = await core.Persons.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        await log.RecordAsync(new AccessRecord(AccessAction.Inzien, c.Doel, ids, c.Id, c.ModuleId, "toegestaan", decision.ViaEmergency, "casus"),
            cancellationToken);
        return new CaseDetails(c.Id, c.Kenmerk, c.ModuleId, c.Doel, c.Grondslag, c.GeopendOp, c.AfgeslotenOp, c.AfsluitReden, c.BewarenTot, c.Version,
            c.Personen.Select(p => new CasePersonRow(p.PersonId, persons.TryGetValue(p.PersonId, out var person) ? person.VolledigeNaam : "(verwijderd)",
                persons.GetValueOrDefault(p.PersonId)?.Geboortedatum, p.Rol)).ToList(),
            c.Deelnemers.Where(d => d.VerwijderdUtc == null).Select(d => new CaseParticipantRow(d.Id, d.UserId, d.Naam, d.Organisatie, d.ToegevoegdUtc)).ToList(),
            decision.ViaEmergency);
    }
}
