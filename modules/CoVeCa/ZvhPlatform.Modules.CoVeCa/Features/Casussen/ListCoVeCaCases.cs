using Mediator;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Modules.CoVeCa.Features.Casussen;

/// <summary>The region's CoVeCa cases the user may see, per sub-aanpak. References only: names are on the case page, which is logged.</summary>
[RequiresPermission(CoVeCaModule.Werken)]
internal sealed record ListCoVeCaCases(bool Afgesloten) : IQuery<CoVeCaCaseList>;

internal sealed record SubAanpakGroep(string? Code, string Naam, IReadOnlyList<CaseSummary> Casussen);

internal sealed record CoVeCaCaseList(bool Afgesloten, IReadOnlyList<SubAanpakGroep> Groepen, int Totaal);

internal sealed class ListCoVeCaCasesHandler(ICaseDirectory cases) : IQueryHandler<ListCoVeCaCases, CoVeCaCaseList>
{
    public async ValueTask<CoVeCaCaseList> Handle(ListCoVeCaCases query, CancellationToken cancellationToken)
    {
        var all = await cases.ListAsync(CoVeCaModule.Id, query.Afgesloten, cancellationToken);
        var groups = CoVeCaSubAanpakken.All.Select(s => (Code: (string?)s.Code, s.Naam))
            .Append((Code: null, Naam: "Overige complexe casuïstiek (geen sub-aanpak)"))
            .Select(g => new SubAanpakGroep(g.Code, g.Naam,
                all.Where(c => g.Code is null ? !CoVeCaSubAanpakken.All.Any(s => s.Code == c.SubAanpak) : c.SubAanpak == g.Code).ToList()))
            .ToList();
        return new CoVeCaCaseList(query.Afgesloten, groups, all.Count);
    }
}
