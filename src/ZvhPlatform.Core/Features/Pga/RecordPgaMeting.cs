using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Access;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Pga;

/// <summary>Records a PGA monitor measurement for a person in a case: all 12 leefgebieden on the 5 levels, at intake, periodically or at closing.</summary>
[RequiresPermission(CorePermissions.PgaWerken)]
internal sealed record RecordPgaMeting(Guid CasusId, Guid? PersonId, string? Moment, DateOnly? Datum, IReadOnlyDictionary<Leefgebied, PgaNiveau> Scores)
    : ICommand<Guid>;

internal sealed class RecordPgaMetingValidator(TimeProvider clock) : IRequestValidator<RecordPgaMeting>
{
    /// <summary>The moments of a measurement.</summary>
    public static readonly IReadOnlyList<string> Momenten = ["Intake", "Periodiek", "Afsluiting"];

    public IEnumerable<ValidationProblem> Validate(RecordPgaMeting request)
    {
        if (request.Moment is null || !Momenten.Contains(request.Moment))
        {
            yield return new(nameof(request.Moment), "Kies het moment van de meting: intake, periodiek of afsluiting.");
        }

        if (request.Datum is null)
        {
            yield return new(nameof(request.Datum), "Vul de datum van de meting in.");
        }
        else if (request.Datum > RegieSupport.Today(clock))
        {
            yield return new(nameof(request.Datum), "De datum van de meting ligt in de toekomst.");
        }

        foreach (var leefgebied in Enum.GetValues<Leefgebied>())
        {
            if (request.Scores is null || !request.Scores.TryGetValue(leefgebied, out var niveau) || !Enum.IsDefined(niveau))
            {
                yield return new($"score-{(int)leefgebied}", $"Kies een niveau voor {WayOfWorking.Naam(leefgebied)}.");
            }
        }
    }
}

internal sealed class RecordPgaMetingHandler(CaseworkDbContext db, ICaseAccess access, CurrentUser user, IAccessLog log) : ICommandHandler<RecordPgaMeting, Guid>
{
    public async ValueTask<Guid> Handle(RecordPgaMeting command, CancellationToken cancellationToken)
    {
        var (casus, decision) = await db.RequireCaseAsync(access, command.CasusId, cancellationToken);
        var personId = command.PersonId ?? casus.HoofdpersoonId;
        if (!await db.CasusPersonen.AnyAsync(p => p.CasusId == casus.Id && p.PersonId == personId, cancellationToken))
        {
            throw new RequestValidationException([new ValidationProblem(nameof(command.PersonId), "Deze persoon hoort niet bij de casus.")]);
        }

        var meting = new PgaMeting
        {
            CasusId = casus.Id, PersonId = personId, Datum = command.Datum!.Value, Moment = command.Moment!, Door = user.DisplayName,
        };
        meting.Scores.AddRange(command.Scores.Select(s => new PgaScore { MetingId = meting.Id, Leefgebied = s.Key, Niveau = s.Value }));
        db.PgaMetingen.Add(meting);
        await db.SaveChangesAsync(cancellationToken);
        await log.RecordAsync(new AccessRecord(AccessAction.Aanmaken, casus.Doel, [personId], casus.Id, casus.ModuleId, "toegestaan", decision.ViaEmergency,
            "pga-monitor"), cancellationToken);
        return meting.Id;
    }
}
