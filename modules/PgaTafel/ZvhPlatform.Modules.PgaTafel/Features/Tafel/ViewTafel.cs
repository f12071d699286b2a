using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Regions;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Modules.PgaTafel.Data;

namespace ZvhPlatform.Modules.PgaTafel.Features.Tafel;

/// <summary>
/// The table at a glance: its members, its meetings (the core's casusoverleggen of the PGA-tafel) and its caseload, 50 cases
/// a page, newest first, after <paramref name="Na"/>. The caseload shows references only; names are on the case pages,
/// which are logged.
/// </summary>
[RequiresPermission(PgaTafelModule.Werken)]
internal sealed record ViewTafel(bool OudLeden = false, CaseCursor? Na = null) : IQuery<TafelOverzicht>;

internal sealed record LidRegel(Guid Id, string Naam, string Organisatie, string? Rol, DateOnly Sinds, DateOnly? Tot, long Version);

internal sealed record CaseloadRegel(CaseSummary Casus, string Gemeente);

/// <param name="CaseloadTotaal">All running cases of the table, counted in the database.</param>
/// <param name="Volgende">Where the next page of the caseload starts, when there is one.</param>
internal sealed record TafelOverzicht(
    IReadOnlyList<GemeenteInfo> Gemeenten, IReadOnlyList<LidRegel> Leden, bool OudLeden, IReadOnlyList<OverlegSummary> Overleggen,
    IReadOnlyList<CaseloadRegel> Caseload, int CaseloadTotaal, CaseCursor? Volgende, bool VervolgPagina, DateOnly Vandaag);

internal sealed class ViewTafelHandler(PgaTafelDbContext db, ICaseDirectory cases, ICasusoverlegDirectory overleggen, IRegionDirectory regio, TimeProvider clock)
    : IQueryHandler<ViewTafel, TafelOverzicht>
{
    // A table for a few municipalities has tens of cases; the page must still hold up when a region's table has thousands.
    public const int PerPagina = 50;

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
        var rijen = await cases.PageAsync(new ModuleCasePage(PgaTafelModule.Id, IncludeClosed: false, SubAanpakken: [], Overige: true, query.Na, PerPagina + 1),
            cancellationToken);
        var totaal = (await cases.CountPerSubAanpakAsync(PgaTafelModule.Id, includeClosed: false, cancellationToken)).Sum(a => a.Aantal);
        var volgende = rijen.Count > PerPagina ? new CaseCursor(rijen[PerPagina - 1].GeopendOp, rijen[PerPagina - 1].Kenmerk) : null;
        var caseload = rijen.Take(PerPagina)
            .Select(c => new CaseloadRegel(c, c.GemeenteCode is { } g ? namen.GetValueOrDefault(g, g) : "onbekend")).ToList();
        return new TafelOverzicht(await regio.GemeentenWithModuleAsync(PgaTafelModule.Id, today, cancellationToken), lidRegels, query.OudLeden,
            await overleggen.ListAsync(PgaTafelModule.Id, cancellationToken), caseload, totaal, volgende, query.Na is not null, today);
    }
}
