using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Partners;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Contracts.Regions;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Modules.Nazorg.Data;

namespace ZvhPlatform.Modules.Nazorg.Features.Meldingen;

/// <summary>A melding with everything nazorg keeps about it; showing it is logged.</summary>
[RequiresPermission(NazorgModule.Werken)]
internal sealed record ViewMelding(Guid Id) : IQuery<MeldingDetails>;

/// <summary>What the escalation form offers: procesregie's sub-aanpakken and the partners it can be made on behalf of (null: not installed here).</summary>
internal sealed record OpschalingOpties(IReadOnlyList<SubAanpakInfo> SubAanpakken, IReadOnlyList<PartnerInfo> Partners);

/// <summary>The melding (read-only) with the name of its municipality and the escalation options.</summary>
internal sealed record MeldingDetails(NazorgMelding Melding, string GemeenteNaam, OpschalingOpties? Opschaling)
{
    public IReadOnlyList<Basisvoorwaarde> Voorwaarden(Fase fase) =>
        Melding.Basisvoorwaarden.Where(v => v.Fase == fase).OrderBy(v => v.Soort).ToList();

    public bool Werkbaar => Melding.Status == MeldingStatus.Actief;
}

internal sealed class ViewMeldingHandler(NazorgDbContext db, IRegionDirectory regions, IAccessLog log, IEnumerable<ICaseworkExtension> extensions,
    IPartnerDirectory partners) : IQueryHandler<ViewMelding, MeldingDetails>
{
    public async ValueTask<MeldingDetails> Handle(ViewMelding query, CancellationToken cancellationToken)
    {
        var melding = await db.Meldingen.AsNoTracking().Include(m => m.Basisvoorwaarden).Include(m => m.Informatie18b)
                          .SingleOrDefaultAsync(m => m.Id == query.Id, cancellationToken)
                      ?? throw new KeyNotFoundException("Melding niet gevonden.");
        var gemeente = (await regions.GemeentenAsync(cancellationToken)).FirstOrDefault(g => g.CbsCode == melding.GemeenteCode)?.Name ?? melding.GemeenteCode;
        await log.RecordAsync(new AccessRecord(AccessAction.Inzien, Purposes.Procesregie, [melding.PersoonId], null, NazorgModule.Id, "toegestaan", false,
            $"DJI-melding {melding.Kenmerk}"), cancellationToken);
        OpschalingOpties? opschaling = null;
        if (melding.Status == MeldingStatus.Actief && melding.OpschalingKenmerk is null
            && extensions.FirstOrDefault(e => e.ModuleId == SchaalOpHandler.ProcesregieAanpak) is { } procesregie)
        {
            opschaling = new OpschalingOpties(procesregie.SubAanpakken, await partners.ActivePartnersAsync(cancellationToken));
        }

        return new MeldingDetails(melding, gemeente, opschaling);
    }
}
