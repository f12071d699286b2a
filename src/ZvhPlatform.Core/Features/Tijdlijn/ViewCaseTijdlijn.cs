using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;

namespace ZvhPlatform.Core.Features.Tijdlijn;

/// <summary>Everything dated about a case, in date order, for those with need-to-know; anyone else gets "not found".</summary>
internal sealed record ViewCaseTijdlijn(Guid CaseId) : IQuery<CaseTijdlijn>;

internal sealed record CaseTijdlijn(Guid CaseId, string Kenmerk, IReadOnlyList<TijdlijnItem> Items);

internal sealed class ViewCaseTijdlijnHandler(CaseworkDbContext db, ICaseAccess access, IAccessLog log, TimeProvider clock)
    : IQueryHandler<ViewCaseTijdlijn, CaseTijdlijn>
{
    public async ValueTask<CaseTijdlijn> Handle(ViewCaseTijdlijn query, CancellationToken cancellationToken)
    {
        var decision = await access.CheckAsync(query.CaseId, cancellationToken);
        if (!decision.Allowed)
        {
            throw new KeyNotFoundException("Casus niet gevonden.");
        }

        var casus = await db.Casussen.AsNoTracking().Where(c => c.Id == query.CaseId)
            .Select(c => new { c.Kenmerk, c.Doel, c.ModuleId, Personen = c.Personen.Select(p => p.PersonId).ToList() }).SingleAsync(cancellationToken);
        var items = await TijdlijnBron.VanCasussenAsync(db, [query.CaseId], clock, cancellationToken);
        await log.RecordAsync(new AccessRecord(AccessAction.Inzien, casus.Doel, casus.Personen, query.CaseId, casus.ModuleId, "toegestaan",
            decision.ViaEmergency, "tijdlijn"), cancellationToken);
        return new CaseTijdlijn(query.CaseId, casus.Kenmerk, TijdlijnBron.Sorteer(items));
    }
}
