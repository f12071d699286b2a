using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Zsm;

/// <summary>
/// One ZSM scenario. <paramref name="Uitreiken"/> asks for the version to print and hand out to ZSM: refused once the
/// scenario expired, because the advice may then no longer be presented as current.
/// </summary>
[RequiresPermission(CorePermissions.ZsmWerken)]
internal sealed record ViewZsmScenario(Guid Id, bool Uitreiken) : IQuery<ZsmScenarioDetails>;

internal sealed record ZsmScenarioDetails(Guid Id, Guid PersonId, string Persoon, DateOnly? Geboortedatum, string? Kenmerk, string Context, string Advies,
    DateOnly OpgesteldOp, DateOnly GeldigTot, bool Verlopen, string Door);

internal sealed class ViewZsmScenarioHandler(CaseworkDbContext db, CoreDbContext core, Compartments compartments, IAccessLog log, TimeProvider clock)
    : IQueryHandler<ViewZsmScenario, ZsmScenarioDetails>
{
    public async ValueTask<ZsmScenarioDetails> Handle(ViewZsmScenario query, CancellationToken cancellationToken)
    {
        var s = await db.ZsmScenarios.AsNoTracking().SingleOrDefaultAsync(x => x.Id == query.Id, cancellationToken)
                ?? throw new KeyNotFoundException("ZSM-scenario niet gevonden.");
        if ((await compartments.HiddenPersonsAsync(false, cancellationToken)).Contains(s.PersonId))
        {
            throw new KeyNotFoundException("ZSM-scenario niet gevonden.");
        }

        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var verlopen = ZsmNamen.Verlopen(s.GeldigTot, today);
        if (query.Uitreiken && verlopen)
        {
            throw new RequestValidationException([new ValidationProblem(nameof(query.Uitreiken),
                $"Dit ZSM-scenario was geldig tot en met {s.GeldigTot:dd-MM-yyyy} (drie maanden na opstellen) en is verlopen; het mag niet meer als actueel worden uitgereikt. Stel een nieuw scenario op.")]);
        }

        var person = await core.Persons.AsNoTracking().Where(p => p.Id == s.PersonId)
            .Select(p => new { p.Voornamen, p.Tussenvoegsel, p.Achternaam, p.Geboortedatum }).SingleOrDefaultAsync(cancellationToken);
        var kenmerk = s.CasusId is { } c ? await db.Casussen.Where(x => x.Id == c).Select(x => x.Kenmerk).SingleOrDefaultAsync(cancellationToken) : null;
        await log.RecordAsync(new AccessRecord(query.Uitreiken ? AccessAction.Exporteren : AccessAction.Inzien, ZsmNamen.Doel, [s.PersonId], s.CasusId, "core",
            "toegestaan", false, "zsm-scenario"), cancellationToken);
        var naam = person is null ? "(verwijderd)"
            : string.Join(' ', new[] { person.Voornamen, person.Tussenvoegsel, person.Achternaam }.Where(x => !string.IsNullOrWhiteSpace(x)));
        return new ZsmScenarioDetails(s.Id, s.PersonId, naam, person?.Geboortedatum, kenmerk, s.Context, s.Advies, s.OpgesteldOp, s.GeldigTot, verlopen, s.Door);
    }
}
