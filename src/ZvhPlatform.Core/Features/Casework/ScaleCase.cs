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

/// <summary>
/// Op- en afschalen of a case in regie. Afschalen to the local field (lokale PGA, wijkteam, gemeentelijke
/// procesregisseur) ends the ZVH's procesregie: the case is afgeschaald (counted as uitstroom). Opschalen to a
/// driehoek is recorded and the case stays in regie. (Opschalen from the local field into the ZVH is an
/// aanmelding with route opschaling.)
/// </summary>
[RequiresPermission(CorePermissions.CasussenWerken)]
internal sealed record ScaleCase(Guid CaseId, SchaalNiveau? Naar, string? Ontvanger, string? Toelichting, long Version) : ICommand;

internal sealed class ScaleCaseValidator : IRequestValidator<ScaleCase>
{
    public IEnumerable<ValidationProblem> Validate(ScaleCase request)
    {
        if (request.Naar is not { } naar || !Enum.IsDefined(naar) || naar == SchaalNiveau.Zvh)
        {
            yield return new(nameof(request.Naar), "Kies waarheen de casus wordt op- of afgeschaald.");
        }

        if (string.IsNullOrWhiteSpace(request.Toelichting))
        {
            yield return new(nameof(request.Toelichting), "Licht toe waarom de casus wordt op- of afgeschaald.");
        }
        else if (request.Toelichting.Length > 2000)
        {
            yield return new(nameof(request.Toelichting), "De toelichting is maximaal 2000 tekens.");
        }

        if (request.Ontvanger?.Length > 200)
        {
            yield return new(nameof(request.Ontvanger), "De ontvanger is maximaal 200 tekens.");
        }
    }
}

internal sealed class ScaleCaseHandler(CaseworkDbContext db, CurrentUser user, IAccessLog log, TimeProvider clock) : ICommandHandler<ScaleCase>
{
    public async ValueTask<Unit> Handle(ScaleCase command, CancellationToken cancellationToken)
    {
        var casus = await db.Casussen.SingleOrDefaultAsync(c => c.Id == command.CaseId, cancellationToken)
                    ?? throw new KeyNotFoundException("Casus niet gevonden.");
        if (casus.Status != CasusStatus.InRegie)
        {
            throw new RequestValidationException([new ValidationProblem(nameof(command.Naar), "Alleen een casus in procesregie kan worden op- of afgeschaald.")]);
        }

        db.Entry(casus).Property(c => c.Version).OriginalValue = command.Version;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var naar = command.Naar!.Value;
        var ontvanger = string.IsNullOrWhiteSpace(command.Ontvanger) ? null : command.Ontvanger.Trim();
        db.Schalingen.Add(new Schaling
        {
            CasusId = casus.Id, Datum = today, Van = SchaalNiveau.Zvh, Naar = naar, Ontvanger = ontvanger, Toelichting = command.Toelichting!.Trim(),
            Door = user.DisplayName,
        });
        if (naar != SchaalNiveau.Driehoek)
        {
            casus.AfgeslotenOp = today;
            casus.AfsluitReden = $"Afgeschaald naar {WayOfWorking.Naam(naar)}";
            CaseStatusChanges.Record(db, casus, CasusStatus.InRegie, CasusStatus.Afgeschaald, today,
                $"Afgeschaald naar {WayOfWorking.Naam(naar)}{(ontvanger is null ? "" : " (" + ontvanger + ")")}", user.DisplayName, clock);
            await CaseStatusChanges.InformReferrerAsync(db, casus, $"Afgeschaald naar {WayOfWorking.Naam(naar)} op {today:dd-MM-yyyy}.", cancellationToken);
        }
        else
        {
            // Recording the escalation changes the case as well, so a concurrent stale edit is still refused.
            db.Entry(casus).Property(c => c.Version).IsModified = true;
        }

        await db.SaveChangesAsync(cancellationToken);
        await log.RecordAsync(new AccessRecord(AccessAction.Wijzigen, casus.Doel, [], casus.Id, casus.ModuleId, "toegestaan", false,
            naar == SchaalNiveau.Driehoek ? "opgeschaald" : "afgeschaald"), cancellationToken);
        return Unit.Value;
    }
}
