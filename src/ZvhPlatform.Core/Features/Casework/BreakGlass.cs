using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Access;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Casework;

/// <summary>
/// Emergency access ("doorbreken"): a partner professional without need-to-know opens a case for a
/// mandatory reason, for four hours. The log line is marked as emergency access so the privacy officer sees it.
/// </summary>
[RequiresPermission(CorePermissions.CasussenDeelnemen)]
internal sealed record BreakGlass(string Kenmerk, string Reden) : ICommand<Guid>;

internal sealed class BreakGlassValidator : IRequestValidator<BreakGlass>
{
    public IEnumerable<ValidationProblem> Validate(BreakGlass request)
    {
        if (string.IsNullOrWhiteSpace(request.Kenmerk))
        {
            yield return new(nameof(request.Kenmerk), "Vul het kenmerk van de casus in.");
        }

        if (string.IsNullOrWhiteSpace(request.Reden) || request.Reden.Trim().Length < 10 || request.Reden.Length > 1000)
        {
            yield return new(nameof(request.Reden), "Geef een reden van minstens 10 tekens: doorbreken wordt gemeld aan de privacy officer.");
        }
    }
}

internal sealed class BreakGlassHandler(CaseworkDbContext db, CurrentUser user, IAccessLog log, TimeProvider clock) : ICommandHandler<BreakGlass, Guid>
{
    public static readonly TimeSpan Duration = TimeSpan.FromHours(4);

    public async ValueTask<Guid> Handle(BreakGlass command, CancellationToken cancellationToken)
    {
        var casus = await db.Casussen.AsNoTracking().SingleOrDefaultAsync(c => c.Kenmerk == command.Kenmerk.Trim(), cancellationToken)
                    ?? throw new RequestValidationException([new ValidationProblem(nameof(command.Kenmerk), "Er is geen casus met dit kenmerk in deze regio.")]);
        var now = clock.GetUtcNow().UtcDateTime;
        db.Noodtoegangen.Add(new Noodtoegang
        {
            CasusId = casus.Id, UserId = user.UserId!.Value, Reden = command.Reden.Trim(), VerleendUtc = now, VerlooptUtc = now + Duration,
        });
        await db.SaveChangesAsync(cancellationToken);
        // The reason is free text: it stays with the grant (privacy officer's report), the log gets the fixed purpose.
        await log.RecordAsync(new AccessRecord(AccessAction.Inzien, "Noodtoegang", [casus.HoofdpersoonId], casus.Id, casus.ModuleId, "toegestaan", true,
            "casus (doorbroken)"), cancellationToken);
        return casus.Id;
    }
}
