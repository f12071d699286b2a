using Mediator;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Modules.CoVeCa.Data;

namespace ZvhPlatform.Modules.CoVeCa.Features.Criteria;

/// <summary>The region's selection and closing criteria, active and deactivated, for the beheerder.</summary>
[RequiresPermission(CoVeCaModule.CriteriaBeheren)]
internal sealed record ListCriteria : IQuery<CriteriaOverview>;

internal sealed record CriteriumRow(Guid Id, CriteriumSoort Soort, string Tekst, bool Actief, long Version);

internal sealed record CriteriaOverview(IReadOnlyList<CriteriumRow> Selectie, IReadOnlyList<CriteriumRow> Afsluiting);

internal sealed class ListCriteriaHandler(CriteriaCatalog catalog) : IQueryHandler<ListCriteria, CriteriaOverview>
{
    public async ValueTask<CriteriaOverview> Handle(ListCriteria query, CancellationToken cancellationToken)
    {
        static CriteriumRow Row(Criterium c) => new(c.Id, c.Soort, c.Tekst, c.Actief, c.Version);
        var selectie = await catalog.ListAsync(CriteriumSoort.Selectie, alleenActief: false, cancellationToken);
        var afsluiting = await catalog.ListAsync(CriteriumSoort.Afsluiting, alleenActief: false, cancellationToken);
        return new CriteriaOverview(selectie.Select(Row).ToList(), afsluiting.Select(Row).ToList());
    }
}
