using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Casework;

/// <summary>Closes a case with a reason; the retention term counts from this day.</summary>
[RequiresPermission(CorePermissions.CasussenWerken)]
internal sealed record CloseCase(Guid CaseId, string Reden, long Version) : ICommand;

internal sealed class CloseCaseHandler(CaseworkDbContext db, IAccessLog log, TimeProvider clock, IEnumerable<ICaseworkExtension> extensions)
    : ICommandHandler<CloseCase>
{
    /// <summary>Closing reasons of the common way of working (domain §3.10).</summary>
    public static readonly IReadOnlyList<string> Redenen =
    [
        "Doelen bereikt / afgeschaald naar lokaal", "Een jaar geen delicten", "Langdurige detentie", "Langlopend zonder resultaat",
        "Verhuisd (warme overdracht)", "Overleden", "Overig",
    ];

    public async ValueTask<Unit> Handle(CloseCase command, CancellationToken cancellationToken)
    {
        if (!Redenen.Contains(command.Reden))
        {
            throw new RequestValidationException([new ValidationProblem(nameof(command.Reden), "Kies een reden van afsluiten.")]);
        }

        var casus = await db.Casussen.SingleOrDefaultAsync(c => c.Id == command.CaseId, cancellationToken)
                    ?? throw new KeyNotFoundException("Casus niet gevonden.");
        if (casus.AfgeslotenOp is not null)
        {
            throw new RequestValidationException([new ValidationProblem(nameof(command.Reden), "Deze casus is al afgesloten.")]);
        }

        // The aanpak's own closing criteria (e.g. CoVeCa's closing checklist) can refuse.
        foreach (var extension in extensions.Where(e => e.ModuleId == casus.ModuleId))
        {
            var problems = await extension.ValidateClosingAsync(new ClosingContext(casus.Id, casus.ModuleId, casus.SubAanpak, command.Reden), cancellationToken);
            if (problems.Count > 0)
            {
                throw new RequestValidationException(problems.Select(p => new ValidationProblem(nameof(command.Reden), p)).ToList());
            }
        }

        db.Entry(casus).Property(c => c.Version).OriginalValue = command.Version;
        casus.AfgeslotenOp = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        casus.AfsluitReden = command.Reden;
        db.StatusWijzigingen.Add(new ZvhPlatform.Core.Casework.CasusStatusWijziging
        {
            CasusId = casus.Id, Datum = casus.AfgeslotenOp.Value, Van = casus.Status, Naar = ZvhPlatform.Core.Contracts.Casework.CasusStatus.Afgesloten,
            Toelichting = command.Reden, Door = "", VastgelegdUtc = clock.GetUtcNow().UtcDateTime,
        });
        casus.Status = ZvhPlatform.Core.Contracts.Casework.CasusStatus.Afgesloten;
        await db.SaveChangesAsync(cancellationToken);
        await log.RecordAsync(new AccessRecord(AccessAction.Wijzigen, casus.Doel, [casus.HoofdpersoonId], casus.Id, casus.ModuleId, "toegestaan", false,
            "casus afgesloten"), cancellationToken);
        return Unit.Value;
    }
}
