using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Advies;

/// <summary>The advice of a period, newest first, with the count per kind (what the annual report counts).</summary>
[RequiresPermission(CorePermissions.AdviezenWerken)]
internal sealed record ListAdviezen(DateOnly Van, DateOnly Tot) : IQuery<AdviesOverzicht>;

internal sealed record AdviesRow(Guid Id, DateOnly Datum, AdviesSoort Soort, string ModuleId, string? Kenmerk, string Persoon, string VragerOrganisatie,
    string Kanaal, string Vraag, string Antwoord, string Door);

internal sealed record AdviesOverzicht(DateOnly Van, DateOnly Tot, IReadOnlyDictionary<AdviesSoort, int> Aantallen, IReadOnlyList<AdviesRow> Adviezen);

internal sealed class ListAdviezenHandler(CaseworkDbContext db, CoreDbContext core, Compartments compartments, IAccessLog log)
    : IQueryHandler<ListAdviezen, AdviesOverzicht>
{
    public async ValueTask<AdviesOverzicht> Handle(ListAdviezen query, CancellationToken cancellationToken)
    {
        if (query.Tot < query.Van)
        {
            throw new RequestValidationException([new ValidationProblem(nameof(query.Tot), "De einddatum ligt voor de begindatum.")]);
        }

        var closed = compartments.ClosedModules.ToList();
        var hidden = await compartments.HiddenPersonsAsync(false, cancellationToken);
        var rows = (await db.Adviezen.AsNoTracking()
                .Where(a => a.Datum >= query.Van && a.Datum <= query.Tot && !closed.Contains(a.ModuleId))
                .OrderByDescending(a => a.Datum).ToListAsync(cancellationToken))
            .Where(a => a.PersonId is not { } p || !hidden.Contains(p))
            .ToList();
        var caseIds = rows.Where(a => a.CasusId != null).Select(a => a.CasusId!.Value).Distinct().ToList();
        var aanmeldingIds = rows.Where(a => a.AanmeldingId != null).Select(a => a.AanmeldingId!.Value).Distinct().ToList();
        var personIds = rows.Where(a => a.PersonId != null).Select(a => a.PersonId!.Value).Distinct().ToList();
        var kenmerken = await db.Casussen.AsNoTracking().Where(c => caseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Kenmerk, cancellationToken);
        foreach (var (id, kenmerk) in await db.Aanmeldingen.AsNoTracking().Where(a => aanmeldingIds.Contains(a.Id))
                     .Select(a => new { a.Id, a.Kenmerk }).ToDictionaryAsync(a => a.Id, a => a.Kenmerk, cancellationToken))
        {
            kenmerken[id] = kenmerk;
        }

        var names = await core.Persons.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.VolledigeNaam, cancellationToken);
        if (personIds.Count > 0)
        {
            await log.RecordAsync(new AccessRecord(AccessAction.Inzien, "Advies en consultatie", personIds, null, "core", "toegestaan", false, "adviezen"),
                cancellationToken);
        }

        var counts = Enum.GetValues<AdviesSoort>().ToDictionary(s => s, s => rows.Count(a => a.Soort == s));
        return new AdviesOverzicht(query.Van, query.Tot, counts, rows.Select(a => new AdviesRow(a.Id, a.Datum, a.Soort, a.ModuleId,
            a.CasusId is { } c ? kenmerken.GetValueOrDefault(c) : a.AanmeldingId is { } m ? kenmerken.GetValueOrDefault(m) : null,
            a.Anoniem ? "anoniem" : a.PersonId is { } p ? names.GetValueOrDefault(p, "(verwijderd)") : "",
            a.VragerOrganisatie, a.Kanaal, a.Vraag, a.Antwoord, a.Door)).ToList());
    }
}
