using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Regions;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Modules.Nazorg.Data;

namespace ZvhPlatform.Modules.Nazorg.Features.Meldingen;

/// <summary>
/// The coordinator's dashboard: who is released in the next 14 days and which basisvoorwaarden are still open, parked
/// meldingen, meldingen waiting for consent, and running nazorg before and after release; with <paramref name="Afgesloten"/>
/// also the closed, refused and rejected meldingen, 50 a page, newest first, after <paramref name="Na"/>. References only, no names.
/// The cursor is the core's case-list cursor: its date is here the date the melding was received.
/// </summary>
[RequiresPermission(NazorgModule.Werken)]
internal sealed record ListNazorg(bool Afgesloten, CaseCursor? Na = null) : IQuery<NazorgOverzicht>;

/// <summary>A melding in a list.</summary>
internal sealed record MeldingRij(Guid Id, string Kenmerk, string Gemeente, DateOnly OntvangenOp, DateOnly? VerwachteOntslagdatum, DateOnly? OntslagenOp,
    bool Zelfmelder, MeldingStatus Status, DateOnly? AfgeslotenOp);

/// <summary>Someone released soon, with the basisvoorwaarden not yet met.</summary>
internal sealed record OntslagRij(Guid Id, string Kenmerk, string GemeenteCode, DateOnly VerwachteOntslagdatum, IReadOnlyList<BasisvoorwaardeSoort> Open);

/// <summary>The dashboard.</summary>
/// <param name="Meldingen">Every running melding: the coordinator's working set.</param>
/// <param name="AfgeslotenMeldingen">One page of the ended meldingen, when asked for.</param>
/// <param name="AfgeslotenTotaal">All ended meldingen, counted in the database.</param>
/// <param name="Volgende">Where the next page of ended meldingen starts, when there is one.</param>
/// <param name="VervolgPagina">True on a page after the first.</param>
internal sealed record NazorgOverzicht(DateOnly Vandaag, IReadOnlyList<OntslagRij> BinnenkortVrij, IReadOnlyList<MeldingRij> Meldingen, bool Afgesloten,
    IReadOnlyList<MeldingRij> AfgeslotenMeldingen, int AfgeslotenTotaal, CaseCursor? Volgende, bool VervolgPagina, IReadOnlyDictionary<string, string> Gemeenten);

internal sealed class ListNazorgHandler(NazorgDbContext db, NazorgCijfers cijfers, IRegionDirectory regions, TimeProvider clock)
    : IQueryHandler<ListNazorg, NazorgOverzicht>
{
    // The ended meldingen of years; a page holds what a coordinator scans for one they remember.
    public const int PerPagina = 50;

    public async ValueTask<NazorgOverzicht> Handle(ListNazorg query, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var gemeenten = (await regions.GemeentenAsync(cancellationToken)).ToDictionary(g => g.CbsCode, g => g.Name, StringComparer.Ordinal);
        var lopend = await Rijen(db.Meldingen.AsNoTracking().Where(m => m.AfgeslotenOp == null)).ToListAsync(cancellationToken);
        IReadOnlyList<MeldingRij> afgesloten = [];
        var afgeslotenTotaal = 0;
        CaseCursor? volgende = null;
        if (query.Afgesloten)
        {
            var ended = db.Meldingen.AsNoTracking().Where(m => m.AfgeslotenOp != null);
            afgeslotenTotaal = await ended.CountAsync(cancellationToken);
            if (query.Na is { GeopendOp: var date, Kenmerk: var kenmerk })
            {
                ended = ended.Where(m => m.OntvangenOp < date || (m.OntvangenOp == date && string.Compare(m.Kenmerk, kenmerk) < 0));
            }

            var page = await Rijen(ended).Take(PerPagina + 1).ToListAsync(cancellationToken);
            volgende = page.Count > PerPagina ? new CaseCursor(page[PerPagina - 1].OntvangenOp, page[PerPagina - 1].Kenmerk) : null;
            afgesloten = page.Take(PerPagina).ToList();
        }

        var soon = await cijfers.BinnenkortVrijAsync(today, cancellationToken);
        List<MeldingRij> MetNaam(IEnumerable<MeldingRij> rows) => rows.Select(r => r with { Gemeente = gemeenten.GetValueOrDefault(r.Gemeente, r.Gemeente) }).ToList();
        return new NazorgOverzicht(today, soon, MetNaam(lopend), query.Afgesloten, MetNaam(afgesloten), afgeslotenTotaal, volgende,
            query.Afgesloten && query.Na is not null, gemeenten);
    }

    private static IQueryable<MeldingRij> Rijen(IQueryable<NazorgMelding> meldingen) =>
        meldingen.OrderByDescending(m => m.OntvangenOp).ThenByDescending(m => m.Kenmerk)
            .Select(m => new MeldingRij(m.Id, m.Kenmerk, m.GemeenteCode, m.OntvangenOp, m.VerwachteOntslagdatum, m.OntslagenOp, m.Zelfmelder, m.Status,
                m.AfgeslotenOp));
}
