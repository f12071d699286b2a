using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Access;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Zsm;

/// <summary>
/// Draws up a ZSM scenario for a person from the register: the context and the partners' joint advice for the ZSM
/// table. Since December 2023 such information is valid for three months; <c>GeldigTot</c> is set once, here.
/// </summary>
[RequiresPermission(CorePermissions.ZsmWerken)]
internal sealed record OpstellenZsmScenario(Guid PersonId, string? Kenmerk, string Context, string Advies) : ICommand<Guid>;

internal sealed class OpstellenZsmScenarioValidator : IRequestValidator<OpstellenZsmScenario>
{
    public IEnumerable<ValidationProblem> Validate(OpstellenZsmScenario request)
    {
        if (string.IsNullOrWhiteSpace(request.Context) || request.Context.Length > 4000)
        {
            yield return new(nameof(request.Context), "Beschrijf de context van de persoon (maximaal 4000 tekens).");
        }

        if (string.IsNullOrWhiteSpace(request.Advies) || request.Advies.Length > 4000)
        {
            yield return new(nameof(request.Advies), "Vul het gezamenlijke advies voor ZSM in (maximaal 4000 tekens).");
        }
    }
}

internal sealed class OpstellenZsmScenarioHandler(CaseworkDbContext db, CoreDbContext core, Compartments compartments, ICaseAccess access, CurrentUser user,
    IAccessLog log, TimeProvider clock) : ICommandHandler<OpstellenZsmScenario, Guid>
{
    /// <summary>How long a scenario may be handed out as current.</summary>
    public const int GeldigheidMaanden = 3;

    public async ValueTask<Guid> Handle(OpstellenZsmScenario command, CancellationToken cancellationToken)
    {
        var hidden = await compartments.HiddenPersonsAsync(false, cancellationToken);
        if (hidden.Contains(command.PersonId) || !await core.Persons.AnyAsync(p => p.Id == command.PersonId && p.MergedIntoId == null, cancellationToken))
        {
            throw new KeyNotFoundException("Persoon niet gevonden.");
        }

        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var scenario = new ZsmScenario
        {
            PersonId = command.PersonId, Context = command.Context.Trim(), Advies = command.Advies.Trim(), OpgesteldOp = today,
            GeldigTot = today.AddMonths(GeldigheidMaanden), Door = user.DisplayName,
        };
        if (!string.IsNullOrWhiteSpace(command.Kenmerk))
        {
            var kenmerk = command.Kenmerk.Trim();
            var caseId = await db.CasusPersonen.Where(p => p.PersonId == command.PersonId)
                .Join(db.Casussen.Where(c => c.Kenmerk == kenmerk), p => p.CasusId, c => c.Id, (p, c) => (Guid?)c.Id)
                .FirstOrDefaultAsync(cancellationToken);
            if (caseId is null || !(await access.CheckAsync(caseId.Value, cancellationToken)).Allowed)
            {
                throw new RequestValidationException([new ValidationProblem(nameof(command.Kenmerk),
                    $"Deze persoon heeft geen casus met kenmerk {kenmerk}.")]);
            }

            scenario.CasusId = caseId;
        }

        db.ZsmScenarios.Add(scenario);
        await db.SaveChangesAsync(cancellationToken);
        await log.RecordAsync(new AccessRecord(AccessAction.Aanmaken, ZsmNamen.Doel, [command.PersonId], scenario.CasusId, "core", "toegestaan", false,
            "zsm-scenario"), cancellationToken);
        return scenario.Id;
    }
}

/// <summary>Words and rules of ZSM scenarios.</summary>
internal static class ZsmNamen
{
    /// <summary>The purpose logged for ZSM work.</summary>
    public const string Doel = "ZSM-advies";

    /// <summary>Valid through <paramref name="geldigTot"/>; expired from the day after.</summary>
    public static bool Verlopen(DateOnly geldigTot, DateOnly today) => today > geldigTot;
}
