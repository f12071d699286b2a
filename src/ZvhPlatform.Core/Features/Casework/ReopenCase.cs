using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Access;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Casework;

/// <summary>Reopens a closed or afgeschaald case with a reason: back in regie, the closing date (and retention count) cleared.</summary>
[RequiresPermission(CorePermissions.CasussenWerken)]
internal sealed record ReopenCase(Guid CaseId, string? Reden, long Version) : ICommand;

internal sealed class ReopenCaseValidator : IRequestValidator<ReopenCase>
{
    public IEnumerable<ValidationProblem> Validate(ReopenCase request)
    {
        if (string.IsNullOrWhiteSpace(request.Reden))
        {
            yield return new(nameof(request.Reden), "Vul de reden van heropenen in.");
        }
        else if (request.Reden.Length > 1000)
        {
            yield return new(nameof(request.Reden), "De reden is maximaal 1000 tekens.");
        }
    }
}

internal sealed class ReopenCaseHandler(CaseworkDbContext db, CaseContractScope scope, CurrentUser user, IProcessingRestrictions restrictions, IAccessLog log, TimeProvider clock)
    : ICommandHandler<ReopenCase>
{
    public async ValueTask<Unit> Handle(ReopenCase command, CancellationToken cancellationToken)
    {
        var casus = await db.Casussen.SingleOrDefaultAsync(c => c.Id == command.CaseId, cancellationToken)
                    ?? throw new KeyNotFoundException("Casus niet gevonden.");
        if (casus.Status is not (CasusStatus.Afgesloten or CasusStatus.Afgeschaald))
        {
            throw new RequestValidationException([new ValidationProblem(nameof(command.Reden), "Deze casus loopt nog; alleen een afgesloten of afgeschaalde casus kan worden heropend.")]);
        }

        await restrictions.EnsureNotRestrictedAsync(casus.HoofdpersoonId, cancellationToken);
        await scope.EnsureNewWorkAllowedAsync(casus, "Heropenen", cancellationToken);
        db.Entry(casus).Property(c => c.Version).OriginalValue = command.Version;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        casus.AfgeslotenOp = null;
        casus.AfsluitReden = null;
        casus.BewarenTot = null;
        CaseStatusChanges.Record(db, casus, casus.Status, CasusStatus.InRegie, today, "Heropend: " + command.Reden!.Trim(), user.DisplayName, clock);
        await CaseStatusChanges.InformReferrerAsync(db, casus, $"Heropend op {today:dd-MM-yyyy}; weer in procesregie.", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await log.RecordAsync(new AccessRecord(AccessAction.Wijzigen, casus.Doel, [casus.HoofdpersoonId], casus.Id, casus.ModuleId, "toegestaan", false,
            "casus heropend"), cancellationToken);
        return Unit.Value;
    }
}
