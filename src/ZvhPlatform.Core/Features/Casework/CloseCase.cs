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
/// Closes a case with a reason (domain §3.10) and a closing evaluation, once the aanpak's module agrees (its
/// closing criteria); the retention term counts from this day.
/// </summary>
[RequiresPermission(CorePermissions.CasussenWerken)]
internal sealed record CloseCase(Guid CaseId, string Reden, string? Evaluatie, long Version) : ICommand;

internal sealed class CloseCaseValidator : IRequestValidator<CloseCase>
{
    public IEnumerable<ValidationProblem> Validate(CloseCase request)
    {
        if (!CloseCaseHandler.Redenen.Contains(request.Reden))
        {
            yield return new(nameof(request.Reden), "Kies een reden van afsluiten.");
        }

        if (string.IsNullOrWhiteSpace(request.Evaluatie))
        {
            yield return new(nameof(request.Evaluatie), "Vul de afsluitende evaluatie in: wat werkte, wat niet.");
        }
        else if (request.Evaluatie.Length > 4000)
        {
            yield return new(nameof(request.Evaluatie), "De evaluatie is maximaal 4000 tekens.");
        }
    }
}

internal sealed class CloseCaseHandler(CaseworkDbContext db, IEnumerable<ICaseworkExtension> extensions, CurrentUser user, IAccessLog log, TimeProvider clock)
    : ICommandHandler<CloseCase>
{
    /// <summary>Closing reasons of the common way of working (domain §3.10).</summary>
    public static IReadOnlyList<string> Redenen => WayOfWorking.AfsluitRedenen;

    public async ValueTask<Unit> Handle(CloseCase command, CancellationToken cancellationToken)
    {
        var casus = await db.Casussen.SingleOrDefaultAsync(c => c.Id == command.CaseId, cancellationToken)
                    ?? throw new KeyNotFoundException("Casus niet gevonden.");
        if (casus.AfgeslotenOp is not null || casus.Status is CasusStatus.Afgesloten or CasusStatus.Afgeschaald)
        {
            throw new RequestValidationException([new ValidationProblem(nameof(command.Reden), "Deze casus is al afgesloten of afgeschaald.")]);
        }

        // The aanpak's own closing criteria (e.g. CoVeCa's closing checklist) can refuse.
        if (extensions.FirstOrDefault(e => e.ModuleId == casus.ModuleId) is { } extension)
        {
            var problems = await extension.ValidateClosingAsync(new ClosingContext(casus.Id, casus.ModuleId, casus.SubAanpak, command.Reden), cancellationToken);
            if (problems.Count > 0)
            {
                throw new RequestValidationException(problems.Select(p => new ValidationProblem("Afsluiten", p)).ToList());
            }
        }

        db.Entry(casus).Property(c => c.Version).OriginalValue = command.Version;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        casus.AfgeslotenOp = today;
        casus.AfsluitReden = command.Reden;
        casus.Evaluatie = command.Evaluatie!.Trim();
        CaseStatusChanges.Record(db, casus, casus.Status, CasusStatus.Afgesloten, today, command.Reden, user.DisplayName, clock);
        await CaseStatusChanges.InformReferrerAsync(db, casus, $"Afgesloten op {today:dd-MM-yyyy}: {command.Reden}.", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await log.RecordAsync(new AccessRecord(AccessAction.Wijzigen, casus.Doel, [casus.HoofdpersoonId], casus.Id, casus.ModuleId, "toegestaan", false,
            "casus afgesloten"), cancellationToken);
        return Unit.Value;
    }
}
