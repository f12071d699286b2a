using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Regions;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Modules.Nazorg.Data;

namespace ZvhPlatform.Modules.Nazorg.Features.Meldingen;

/// <summary>
/// The coordinator's dashboard: who is released in the next 14 days and which basisvoorwaarden are still open, parked
/// meldingen, meldingen waiting for consent, and running nazorg before and after release. References only, no names.
/// </summary>
[RequiresPermission(NazorgModule.Werken)]
internal sealed record ListNazorg(bool Afgesloten) : IQuery<NazorgOverzicht>;

/// <summary>A melding in a list.</summary>
internal sealed record MeldingRij(Guid Id, string Kenmerk, string Gemeente, DateOnly OntvangenOp, DateOnly? VerwachteOntslagdatum, DateOnly? OntslagenOp,
    bool Zelfmelder, MeldingStatus Status, DateOnly? AfgeslotenOp);

/// <summary>Someone released soon, with the basisvoorwaarden not yet met.</summary>
internal sealed record OntslagRij(Guid Id, string Kenmerk, string GemeenteCode, DateOnly VerwachteOntslagdatum, IReadOnlyList<BasisvoorwaardeSoort> Open);

/// <summary>The dashboard.</summary>
internal sealed record NazorgOverzicht(DateOnly Vandaag, IReadOnlyList<OntslagRij> BinnenkortVrij, IReadOnlyList<MeldingRij> Meldingen, bool Afgesloten,
    IReadOnlyDictionary<string, string> Gemeenten);

internal sealed class ListNazorgHandler(NazorgDbContext db, NazorgCijfers cijfers, IRegionDirectory regions, TimeProvider clock)
    : IQueryHandler<ListNazorg, NazorgOverzicht>
{
    public async ValueTask<NazorgOverzicht> Handle(ListNazorg query, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var gemeenten = (await regions.GemeentenAsync(cancellationToken)).ToDictionary(g => g.CbsCode, g => g.Name, StringComparer.Ordinal);
        var q = db.Meldingen.AsNoTracking();
        if (!query.Afgesloten)
        {
            q = q.Where(m => m.AfgeslotenOp == null);
        }

        var rows = await q.OrderByDescending(m => m.OntvangenOp).ThenByDescending(m => m.Kenmerk).Take(1000)
            .Select(m => new MeldingRij(m.Id, m.Kenmerk, m.GemeenteCode, m.OntvangenOp, m.VerwachteOntslagdatum, m.OntslagenOp, m.Zelfmelder, m.Status,
                m.AfgeslotenOp))
            .ToListAsync(cancellationToken);
        var soon = await cijfers.BinnenkortVrijAsync(today, cancellationToken);
        return new NazorgOverzicht(today, soon, rows.Select(r => r with { Gemeente = gemeenten.GetValueOrDefault(r.Gemeente, r.Gemeente) }).ToList(),
            query.Afgesloten, gemeenten);
    }
}
