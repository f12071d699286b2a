using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Regions;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Modules.PgaTafel.Data;

namespace ZvhPlatform.Modules.PgaTafel.Features.Tafel;

/// <summary>
/// The table at a glance: its members, its meetings (the core's casusoverleggen of the PGA-tafel) and its caseload. The
/// caseload shows references only; names are on the case pages, which are logged.
/// </summary>
[RequiresPermission(PgaTafelModule.Werken)]
internal sealed record ViewTafel(bool OudLeden = false) : IQuery<TafelOverzicht>;

internal sealed record LidRegel(Guid Id, string Naam, string Organisatie, string? Rol, DateOnly Sinds, DateOnly? Tot, long Version);

internal sealed record CaseloadRegel(CaseSummary Casus, string Gemeente);

internal sealed record TafelOverzicht(
    IReadOnlyList<GemeenteInfo> Gemeenten, IReadOnlyList<LidRegel> Leden, bool OudLeden, IReadOnlyList<OverlegSummary> Overleggen,
    IReadOnlyList<CaseloadRegel> Caseload, DateOnly Vandaag);

internal sealed class ViewTafelHandler(PgaTafelDbContext db, ICaseDirectory cases, ICasusoverlegDirectory overleggen, IRegionDirectory regio, TimeProvider clock)
    : IQueryHandler<ViewTafel, TafelOverzicht>
{
    public async ValueTask<TafelOverzicht> Handle(ViewTafel query, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var leden = db.Leden.AsNoTracking();
        if (!query.OudLeden)
        {
            leden = leden.Where(l => l.Tot == null || l.Tot >= today);
        }

        var lidRegels = (await leden.ToListAsync(cancellationToken))
            .OrderBy(l => l.Tot is not null).ThenBy(l => l.Organisatie, StringComparer.CurrentCulture).ThenBy(l => l.Naam, StringComparer.CurrentCulture)
            .Select(l => new LidRegel(l.Id, l.Naam, l.Organisatie, l.Rol, l.Sinds, l.Tot, l.Version)).ToList();
        var gemeenten = await regio.GemeentenAsync(cancellationToken);
        var namen = gemeenten.ToDictionary(g => g.CbsCode, g => g.Name, StringComparer.OrdinalIgnoreCase);
        var caseload = (await cases.ListAsync(PgaTafelModule.Id, includeClosed: false, cancellationToken))
            .Select(c => new CaseloadRegel(c, c.GemeenteCode is { } g ? namen.GetValueOrDefault(g, g) : "onbekend")).ToList();
        return new TafelOverzicht(await regio.GemeentenWithModuleAsync(PgaTafelModule.Id, today, cancellationToken), lidRegels, query.OudLeden,
            await overleggen.ListAsync(PgaTafelModule.Id, cancellationToken), caseload, today);
    }
}
