using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Contracts.Regions;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Modules.Nazorg.Data;

namespace ZvhPlatform.Modules.Nazorg.Features.Meldingen;

/// <summary>A melding with everything nazorg keeps about it; showing it is logged.</summary>
[RequiresPermission(NazorgModule.Werken)]
internal sealed record ViewMelding(Guid Id) : IQuery<MeldingDetails>;

/// <summary>The melding (read-only) with the name of its municipality.</summary>
internal sealed record MeldingDetails(NazorgMelding Melding, string GemeenteNaam)
{
    public IReadOnlyList<Basisvoorwaarde> Voorwaarden(Fase fase) =>
        Melding.Basisvoorwaarden.Where(v => v.Fase == fase).OrderBy(v => v.Soort).ToList();

    public bool Werkbaar => Melding.Status == MeldingStatus.Actief;
}

internal sealed class ViewMeldingHandler(NazorgDbContext db, IRegionDirectory regions, IAccessLog log) : IQueryHandler<ViewMelding, MeldingDetails>
{
    public async ValueTask<MeldingDetails> Handle(ViewMelding query, CancellationToken cancellationToken)
    {
        var melding = await db.Meldingen.AsNoTracking().Include(m => m.Basisvoorwaarden).Include(m => m.Informatie18b)
                          .SingleOrDefaultAsync(m => m.Id == query.Id, cancellationToken)
                      ?? throw new KeyNotFoundException("Melding niet gevonden.");
        var gemeente = (await regions.GemeentenAsync(cancellationToken)).FirstOrDefault(g => g.CbsCode == melding.GemeenteCode)?.Name ?? melding.GemeenteCode;
        await log.RecordAsync(new AccessRecord(AccessAction.Inzien, Purposes.Procesregie, [melding.PersoonId], null, NazorgModule.Id, "toegestaan", false,
            $"DJI-melding {melding.Kenmerk}"), cancellationToken);
        return new MeldingDetails(melding, gemeente);
    }
}
