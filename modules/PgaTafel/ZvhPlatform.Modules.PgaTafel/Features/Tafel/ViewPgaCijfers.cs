using Mediator;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Regions;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Modules.PgaTafel.Features.Tafel;

/// <summary>
/// Actieve, instroom en afgesloten PGA-casussen per gemeente in a period, in the shape of the zvhd annual report: actief =
/// in the caseload at some day of the period, instroom = opened in it, afgesloten = closed or afgeschaald in it.
/// </summary>
[RequiresPermission(PgaTafelModule.Werken)]
internal sealed record ViewPgaCijfers(DateOnly? Van, DateOnly? Tot) : IQuery<PgaCijfers>;

internal sealed record PgaCijferRegel(string? GemeenteCode, string Gemeente, int Actief, int Instroom, int Afgesloten);

internal sealed record PgaCijfers(DateOnly Van, DateOnly Tot, IReadOnlyList<PgaCijferRegel> Regels, PgaCijferRegel Totaal);

internal sealed class ViewPgaCijfersValidator : IRequestValidator<ViewPgaCijfers>
{
    public IEnumerable<ValidationProblem> Validate(ViewPgaCijfers request)
    {
        if (request.Van is null || request.Tot is null)
        {
            yield return new(nameof(request.Van), "Vul de periode in: van en tot en met.");
        }
        else if (request.Tot < request.Van)
        {
            yield return new(nameof(request.Tot), "De einddatum van de periode ligt vóór de begindatum.");
        }
    }
}

internal sealed class ViewPgaCijfersHandler(ICaseDirectory cases, IRegionDirectory regio) : IQueryHandler<ViewPgaCijfers, PgaCijfers>
{
    public async ValueTask<PgaCijfers> Handle(ViewPgaCijfers query, CancellationToken cancellationToken)
    {
        var van = query.Van!.Value;
        var tot = query.Tot!.Value;
        var all = (await cases.ListAsync(PgaTafelModule.Id, includeClosed: true, cancellationToken))
            .Where(c => c.GeopendOp <= tot && (c.AfgeslotenOp is null || c.AfgeslotenOp >= van)).ToList();
        var gemeenten = await regio.GemeentenAsync(cancellationToken);
        // The municipalities that had the table at the start or the end of the period, and any with cases in it.
        var contract = (await regio.GemeentenWithModuleAsync(PgaTafelModule.Id, van, cancellationToken))
            .Concat(await regio.GemeentenWithModuleAsync(PgaTafelModule.Id, tot, cancellationToken))
            .Select(g => g.CbsCode).ToHashSet(StringComparer.OrdinalIgnoreCase);
        PgaCijferRegel Regel(string? code, string naam, IEnumerable<CaseSummary> c)
        {
            var list = c.ToList();
            return new PgaCijferRegel(code, naam, list.Count, list.Count(x => x.GeopendOp >= van),
                list.Count(x => x.AfgeslotenOp is { } a && a >= van && a <= tot));
        }

        var regels = gemeenten.Where(g => contract.Contains(g.CbsCode) || all.Any(c => string.Equals(c.GemeenteCode, g.CbsCode, StringComparison.OrdinalIgnoreCase)))
            .Select(g => Regel(g.CbsCode, g.Name, all.Where(c => string.Equals(c.GemeenteCode, g.CbsCode, StringComparison.OrdinalIgnoreCase))))
            .ToList();
        var zonder = all.Where(c => c.GemeenteCode is null || gemeenten.All(g => !string.Equals(g.CbsCode, c.GemeenteCode, StringComparison.OrdinalIgnoreCase))).ToList();
        if (zonder.Count > 0)
        {
            regels.Add(Regel(null, "Gemeente onbekend", zonder));
        }

        return new PgaCijfers(van, tot, regels, Regel(null, "Totaal", all));
    }
}
