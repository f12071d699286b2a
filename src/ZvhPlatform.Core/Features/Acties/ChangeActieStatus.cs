using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Access;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Acties;

/// <summary>
/// Sets an action's status (open, gereed, vervallen). The bureau may change any action; a partner professional only their own.
/// The form's version must still be current: a stale change is refused, never overwriting someone else's.
/// </summary>
[RequiresPermission(CorePermissions.ActiesEigen)]
internal sealed record ChangeActieStatus(Guid CasusId, Guid ActieId, ActieStatus? Status, long Version) : ICommand;

internal sealed class ChangeActieStatusValidator : IRequestValidator<ChangeActieStatus>
{
    public IEnumerable<ValidationProblem> Validate(ChangeActieStatus request)
    {
        if (request.Status is null || !Enum.IsDefined(request.Status.Value))
        {
            yield return new(nameof(request.Status), "Kies een status: open, gereed of vervallen.");
        }
    }
}

internal sealed class ChangeActieStatusHandler(CaseworkDbContext db, ICaseAccess access, CurrentUser user, IAccessLog log, TimeProvider clock)
    : ICommandHandler<ChangeActieStatus>
{
    public async ValueTask<Unit> Handle(ChangeActieStatus command, CancellationToken cancellationToken)
    {
        var (casus, decision) = await db.RequireCaseAsync(access, command.CasusId, cancellationToken);
        var actie = await db.Acties.SingleOrDefaultAsync(a => a.Id == command.ActieId && a.CasusId == casus.Id, cancellationToken)
                    ?? throw new KeyNotFoundException("Actie niet gevonden.");
        if (!ActiePolicy.MaySee(user, actie))
        {
            throw new KeyNotFoundException("Actie niet gevonden.");
        }

        if (!ActiePolicy.MayChangeStatus(user, actie))
        {
            throw new RequestForbiddenException("U kunt alleen de status van uw eigen acties wijzigen.");
        }

        db.Entry(actie).Property(a => a.Version).OriginalValue = command.Version;
        actie.Status = command.Status!.Value;
        actie.AfgerondOp = actie.Status == ActieStatus.Open ? null : RegieSupport.Today(clock);
        await db.SaveChangesAsync(cancellationToken);
        await log.RecordAsync(new AccessRecord(AccessAction.Wijzigen, casus.Doel, [], casus.Id, casus.ModuleId, "toegestaan", decision.ViaEmergency,
            "actiestatus"), cancellationToken);
        return Unit.Value;
    }
}

/// <summary>Who sees and changes which action, on top of need-to-know for the case.</summary>
internal static class ActiePolicy
{
    public static bool MaySee(CurrentUser user, Actie actie) =>
        user.HasPermission(CorePermissions.ActiesWerken)
        || (user.UserId is { } id && actie.EigenaarUserId == id)
        || (user.Organisation.Length > 0 && string.Equals(actie.EigenaarOrganisatie, user.Organisation, StringComparison.OrdinalIgnoreCase));

    public static bool MayChangeStatus(CurrentUser user, Actie actie) =>
        user.HasPermission(CorePermissions.ActiesWerken) || (user.UserId is { } id && actie.EigenaarUserId == id);
}
