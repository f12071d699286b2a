using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Privacy;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Privacy;

/// <summary>
/// The complete overview for an inzage request: what every data source (the core and each module)
/// holds about the person in this region. Showing it is logged as a view, downloading it as an export.
/// </summary>
[RequiresPermission(CorePermissions.VerzoekenBehandelen)]
internal sealed record ComposeInzageOverzicht(Guid VerzoekId, bool Download) : IQuery<InzageOverzicht>;

internal sealed record InzageBron(string ModuleId, string Naam, IReadOnlyList<PersonDataSection> Secties);

internal sealed record InzageOverzicht(Guid VerzoekId, Guid PersonId, string Regio, DateTime SamengesteldUtc, IReadOnlyList<InzageBron> Bronnen);

internal sealed class ComposeInzageOverzichtHandler(
    PrivacyDbContext db, IEnumerable<IPersonDataSource> sources, ZvhPlatform.Kernel.Tenancy.IRegionContext region, IAccessLog log, TimeProvider clock)
    : IQueryHandler<ComposeInzageOverzicht, InzageOverzicht>
{
    public async ValueTask<InzageOverzicht> Handle(ComposeInzageOverzicht query, CancellationToken cancellationToken)
    {
        var verzoek = await db.Verzoeken.AsNoTracking().SingleOrDefaultAsync(v => v.Id == query.VerzoekId, cancellationToken)
                      ?? throw new KeyNotFoundException("Verzoek niet gevonden.");
        if (verzoek.Soort != VerzoekSoort.Inzage)
        {
            throw new RequestValidationException([new ValidationProblem("Soort", "Een overzicht van alle gegevens hoort bij een inzageverzoek.")]);
        }

        var bronnen = new List<InzageBron>();
        foreach (var source in sources)
        {
            var sections = await source.ExportAsync(verzoek.PersonId, cancellationToken);
            bronnen.Add(new InzageBron(source.ModuleId, source.DisplayName, sections));
        }

        await log.RecordAsync(new AccessRecord(query.Download ? AccessAction.Exporteren : AccessAction.Inzien, Purposes.VerzoekBetrokkene,
            [verzoek.PersonId], null, "core", "toegestaan", false, "inzageoverzicht alle gegevens"), cancellationToken);
        return new InzageOverzicht(verzoek.Id, verzoek.PersonId, region.RequiredRegion.Name, clock.GetUtcNow().UtcDateTime, bronnen);
    }
}
