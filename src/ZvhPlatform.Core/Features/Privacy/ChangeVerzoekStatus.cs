using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Access;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Privacy;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Privacy;

/// <summary>Moves a request on (in behandeling, afgehandeld, afgewezen) with a reason that stays in its history.</summary>
[RequiresPermission(CorePermissions.VerzoekenBehandelen)]
internal sealed record ChangeVerzoekStatus(Guid Id, VerzoekStatus? Status, string? Reden, long Version) : ICommand;

internal sealed class ChangeVerzoekStatusValidator : IRequestValidator<ChangeVerzoekStatus>
{
    public IEnumerable<ValidationProblem> Validate(ChangeVerzoekStatus request)
    {
        if (request.Status is null or VerzoekStatus.Ontvangen || !Enum.IsDefined(request.Status.Value))
        {
            yield return new(nameof(request.Status), "Kies de nieuwe status: in behandeling, afgehandeld of afgewezen.");
        }

        if (string.IsNullOrWhiteSpace(request.Reden))
        {
            yield return new(nameof(request.Reden), request.Status == VerzoekStatus.Afgewezen
                ? "Geef de reden waarom het verzoek wordt afgewezen."
                : "Geef een toelichting bij de statuswijziging.");
        }
        else if (request.Reden.Length > 2000)
        {
            yield return new(nameof(request.Reden), "De toelichting is te lang (maximaal 2000 tekens).");
        }
    }
}

internal sealed class ChangeVerzoekStatusHandler(PrivacyDbContext db, CurrentUser user, TimeProvider clock) : ICommandHandler<ChangeVerzoekStatus>
{
    public async ValueTask<Unit> Handle(ChangeVerzoekStatus command, CancellationToken cancellationToken)
    {
        var verzoek = await db.Verzoeken.SingleOrDefaultAsync(v => v.Id == command.Id, cancellationToken)
                      ?? throw new KeyNotFoundException("Verzoek niet gevonden.");
        db.Entry(verzoek).Property(v => v.Version).OriginalValue = command.Version;
        if (verzoek.IsAfgesloten)
        {
            throw new RequestValidationException([new ValidationProblem(nameof(command.Status),
                "Dit verzoek is al afgesloten; registreer een nieuw verzoek als betrokkene opnieuw iets vraagt.")]);
        }

        var target = command.Status!.Value;
        if (target == verzoek.Status)
        {
            throw new RequestValidationException([new ValidationProblem(nameof(command.Status), "Het verzoek heeft deze status al.")]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.VerzoekStatusWijzigingen.Add(new VerzoekStatusWijziging
        {
            VerzoekId = verzoek.Id, GewijzigdUtc = now, GewijzigdDoor = user.DisplayName, Van = verzoek.Status, Naar = target, Reden = command.Reden!.Trim(),
        });
        verzoek.Status = target;
        verzoek.Reden = command.Reden.Trim();
        verzoek.BehandeldDoor = user.DisplayName;
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
