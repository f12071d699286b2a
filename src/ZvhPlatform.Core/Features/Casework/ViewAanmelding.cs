using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Casework;

/// <summary>An aanmelding with its triage, the person it is linked to and the case it led to; the view is logged.</summary>
[RequiresPermission(CorePermissions.AanmeldingenBehandelen)]
internal sealed record ViewAanmelding(Guid Id) : IQuery<AanmeldingDetails>;

internal sealed record AanmeldingDetails(Aanmelding Aanmelding, string? GemeenteNaam, string? PersoonNaam, Triage? Triage, string? CasusKenmerk);

internal sealed class ViewAanmeldingHandler(CaseworkDbContext db, CoreDbContext core, Compartments compartments, IAccessLog log)
    : IQueryHandler<ViewAanmelding, AanmeldingDetails>
{
    public async ValueTask<AanmeldingDetails> Handle(ViewAanmelding query, CancellationToken cancellationToken)
    {
        var a = await db.Aanmeldingen.AsNoTracking().SingleOrDefaultAsync(x => x.Id == query.Id, cancellationToken);
        if (a is null || compartments.IsClosed(a.ModuleId))
        {
            throw new KeyNotFoundException("Aanmelding niet gevonden.");
        }

        var gemeente = await core.Gemeenten.AsNoTracking().Where(g => g.CbsCode == a.GemeenteCode).Select(g => g.Name).FirstOrDefaultAsync(cancellationToken);
        var persoon = a.PersonId is { } pid
            ? (await core.Persons.AsNoTracking().Where(p => p.Id == pid).ToListAsync(cancellationToken)).Select(p => p.VolledigeNaam).FirstOrDefault()
            : null;
        var triage = await db.Triages.AsNoTracking().Include(t => t.Antwoorden).Where(t => t.AanmeldingId == a.Id)
            .OrderByDescending(t => t.Datum).FirstOrDefaultAsync(cancellationToken);
        var casus = a.CasusId is { } cid ? await db.Casussen.AsNoTracking().Where(c => c.Id == cid).Select(c => c.Kenmerk).FirstOrDefaultAsync(cancellationToken) : null;
        await log.RecordAsync(new AccessRecord(AccessAction.Inzien, Purposes.Aanmelding, a.PersonId is { } id ? [id] : [], a.CasusId, a.ModuleId, "toegestaan", false,
            $"aanmelding {a.Kenmerk}"), cancellationToken);
        return new AanmeldingDetails(a, gemeente, persoon, triage, casus);
    }
}
