using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Access;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Privacy;

/// <summary>Lifts the active restriction of the person of a beperking request; the restriction stays in the history.</summary>
[RequiresPermission(CorePermissions.VerzoekenBehandelen)]
internal sealed record LiftRestriction(Guid VerzoekId, string? Reden) : ICommand;

internal sealed class LiftRestrictionValidator : IRequestValidator<LiftRestriction>
{
    public IEnumerable<ValidationProblem> Validate(LiftRestriction request)
    {
        if (string.IsNullOrWhiteSpace(request.Reden))
        {
            yield return new(nameof(request.Reden), "Geef de reden waarom de beperking wordt opgeheven.");
        }
        else if (request.Reden.Length > 2000)
        {
            yield return new(nameof(request.Reden), "De reden is te lang (maximaal 2000 tekens).");
        }
    }
}

internal sealed class LiftRestrictionHandler(PrivacyDbContext db, CurrentUser user, IAccessLog log, TimeProvider clock) : ICommandHandler<LiftRestriction>
{
    public async ValueTask<Unit> Handle(LiftRestriction command, CancellationToken cancellationToken)
    {
        var verzoek = await BeperkingVerzoek.FindAsync(db, command.VerzoekId, cancellationToken);
        var active = await db.Verwerkingsbeperkingen.Where(r => r.PersonId == verzoek.PersonId && r.OpgehevenUtc == null).ToListAsync(cancellationToken);
        if (active.Count == 0)
        {
            throw new RequestValidationException([new ValidationProblem("Reden", "Voor deze persoon geldt geen beperking van de verwerking.")]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var restriction in active)
        {
            restriction.OpgehevenUtc = now;
            restriction.OpgehevenDoor = user.DisplayName;
            restriction.RedenOpheffing = command.Reden!.Trim();
        }

        await db.SaveChangesAsync(cancellationToken);
        await log.RecordAsync(new AccessRecord(AccessAction.Wijzigen, Purposes.VerzoekBetrokkene, [verzoek.PersonId], null, "core", "toegestaan", false,
            "beperking van de verwerking opgeheven"), cancellationToken);
        return Unit.Value;
    }
}
