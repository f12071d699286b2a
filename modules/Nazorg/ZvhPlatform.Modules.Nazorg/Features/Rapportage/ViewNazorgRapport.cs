using Mediator;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Modules.Nazorg.Features.Rapportage;

/// <summary>
/// The nazorg figures per municipality for a period: instroom and actieve casuïstiek, basisvoorwaarden met at release and
/// releases with unknown housing. Aggregates only; the same figures go into the CSV export.
/// </summary>
[RequiresPermission(NazorgModule.RapportageInzien)]
internal sealed record ViewNazorgRapport(DateOnly? Van, DateOnly? Tot) : IQuery<NazorgRapport>;

internal sealed class ViewNazorgRapportValidator : IRequestValidator<ViewNazorgRapport>
{
    public IEnumerable<ValidationProblem> Validate(ViewNazorgRapport request)
    {
        if (request.Van is { } van && request.Tot is { } tot && (tot < van || tot > van.AddYears(10)))
        {
            yield return new(nameof(request.Tot), "De periode is niet geldig: de einddatum ligt vóór de begindatum of meer dan tien jaar later.");
        }
    }
}

internal sealed class ViewNazorgRapportHandler(NazorgCijfers cijfers, TimeProvider clock) : IQueryHandler<ViewNazorgRapport, NazorgRapport>
{
    public async ValueTask<NazorgRapport> Handle(ViewNazorgRapport query, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var van = query.Van ?? new DateOnly(today.Year, 1, 1);
        var tot = query.Tot ?? new DateOnly(van.Year, 12, 31);
        return await cijfers.RapportAsync(van, tot, cancellationToken);
    }
}
