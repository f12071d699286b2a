using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Access;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Privacy;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Privacy;

/// <summary>Applies a restriction of processing for the person of a beperking request: from now on every write on their data is refused.</summary>
[RequiresPermission(CorePermissions.VerzoekenBehandelen)]
internal sealed record RestrictProcessing(Guid VerzoekId, string? Reden) : ICommand;

internal sealed class RestrictProcessingValidator : IRequestValidator<RestrictProcessing>
{
    public IEnumerable<ValidationProblem> Validate(RestrictProcessing request)
    {
        if (string.IsNullOrWhiteSpace(request.Reden))
        {
            yield return new(nameof(request.Reden), "Geef de reden van de beperking (bijvoorbeeld: juistheid betwist, in afwachting van controle).");
        }
        else if (request.Reden.Length > 2000)
        {
            yield return new(nameof(request.Reden), "De reden is te lang (maximaal 2000 tekens).");
        }
    }
}

internal sealed class RestrictProcessingHandler(PrivacyDbContext db, CurrentUser user, IAccessLog log, TimeProvider clock) : ICommandHandler<RestrictProcessing>
{
    public async ValueTask<Unit> Handle(RestrictProcessing command, CancellationToken cancellationToken)
    {
        var verzoek = await BeperkingVerzoek.FindAsync(db, command.VerzoekId, cancellationToken);
        if (await db.Verwerkingsbeperkingen.AnyAsync(r => r.PersonId == verzoek.PersonId && r.OpgehevenUtc == null, cancellationToken))
        {
            throw new RequestValidationException([new ValidationProblem("Reden", "Voor deze persoon geldt al een beperking van de verwerking.")]);
        }

        db.Verwerkingsbeperkingen.Add(new Verwerkingsbeperking
        {
            PersonId = verzoek.PersonId, SindsUtc = clock.GetUtcNow().UtcDateTime, Reden = command.Reden!.Trim(), VerzoekId = verzoek.Id,
            IngesteldDoor = user.DisplayName,
        });
        await db.SaveChangesAsync(cancellationToken);
        await log.RecordAsync(new AccessRecord(AccessAction.Wijzigen, Purposes.VerzoekBetrokkene, [verzoek.PersonId], null, "core", "toegestaan", false,
            "beperking van de verwerking"), cancellationToken);
        return Unit.Value;
    }
}

/// <summary>Finds a request that may carry a restriction.</summary>
internal static class BeperkingVerzoek
{
    public static async Task<Verzoek> FindAsync(PrivacyDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var verzoek = await db.Verzoeken.AsNoTracking().SingleOrDefaultAsync(v => v.Id == id, cancellationToken)
                      ?? throw new KeyNotFoundException("Verzoek niet gevonden.");
        if (verzoek.Soort != VerzoekSoort.Beperking)
        {
            throw new RequestValidationException([new ValidationProblem("Soort", "Een beperking van de verwerking hoort bij een verzoek om beperking.")]);
        }

        return verzoek;
    }
}
