using Mediator;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Modules.CoVeCa.Features.Casussen;

/// <summary>
/// The region's CoVeCa cases the user may see, per sub-aanpak: every group's number and its newest cases, or one group
/// (<paramref name="SubAanpak"/>, <see cref="ListCoVeCaCasesHandler.Overig"/> for the rest) page by page after <paramref name="Na"/>.
/// References only: names are on the case page, which is logged.
/// </summary>
[RequiresPermission(CoVeCaModule.Werken)]
internal sealed record ListCoVeCaCases(bool Afgesloten, string? SubAanpak = null, string? Na = null) : IQuery<CoVeCaCaseList?>;

/// <param name="Sleutel">The sub-aanpak code, or <see cref="ListCoVeCaCasesHandler.Overig"/>.</param>
/// <param name="Naam">The group's heading.</param>
/// <param name="Aantal">How many cases the group has in all.</param>
/// <param name="Casussen">The cases shown: the newest, or one page of the group.</param>
/// <param name="Volgende">The cursor of the next page, when there is one.</param>
internal sealed record SubAanpakGroep(string Sleutel, string Naam, int Aantal, IReadOnlyList<CaseSummary> Casussen, string? Volgende);

/// <param name="Afgesloten">Closed and afgeschaalde cases included.</param>
/// <param name="Groepen">Every sub-aanpak, or only the one asked for.</param>
/// <param name="EenGroep">Whether one group is shown, page by page.</param>
internal sealed record CoVeCaCaseList(bool Afgesloten, IReadOnlyList<SubAanpakGroep> Groepen, bool EenGroep);

internal sealed class ListCoVeCaCasesHandler(ICaseDirectory cases) : IQueryHandler<ListCoVeCaCases, CoVeCaCaseList?>
{
    /// <summary>The group of cases without a (known) sub-aanpak.</summary>
    public const string Overig = "overig";

    /// <summary>Cases per group on the page; a national region has thousands per sub-aanpak (the page was 5 MB before).</summary>
    public const int PerPagina = 20;

    public async ValueTask<CoVeCaCaseList?> Handle(ListCoVeCaCases query, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> bekend = [.. CoVeCaSubAanpakken.All.Select(s => s.Code)];
        var groepen = CoVeCaSubAanpakken.All.Select(s => (Sleutel: s.Code, s.Naam, Overige: false, Codes: (IReadOnlyList<string>)[s.Code]))
            .Append((Sleutel: Overig, Naam: "Overige complexe casuïstiek (geen sub-aanpak)", Overige: true, Codes: bekend))
            .Where(g => query.SubAanpak is null || g.Sleutel == query.SubAanpak)
            .ToList();
        if (groepen.Count == 0)
        {
            return null;
        }

        var aantallen = await cases.CountPerSubAanpakAsync(CoVeCaModule.Id, query.Afgesloten, cancellationToken);
        var cursor = query.SubAanpak is null ? null : CaseCursor.Parse(query.Na);
        var result = new List<SubAanpakGroep>(groepen.Count);
        foreach (var groep in groepen)
        {
            var aantal = aantallen.Where(a => groep.Overige ? a.SubAanpak is null || !bekend.Contains(a.SubAanpak) : a.SubAanpak == groep.Sleutel).Sum(a => a.Aantal);
            var rijen = aantal == 0
                ? []
                : await cases.PageAsync(new ModuleCasePage(CoVeCaModule.Id, query.Afgesloten, groep.Codes, groep.Overige, cursor, PerPagina + 1),
                    cancellationToken);
            var volgende = rijen.Count > PerPagina ? new CaseCursor(rijen[PerPagina - 1].GeopendOp, rijen[PerPagina - 1].Kenmerk).ToString() : null;
            result.Add(new SubAanpakGroep(groep.Sleutel, groep.Naam, aantal, [.. rijen.Take(PerPagina)], volgende));
        }

        return new CoVeCaCaseList(query.Afgesloten, result, query.SubAanpak is not null);
    }
}
