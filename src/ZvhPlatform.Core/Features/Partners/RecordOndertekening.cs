using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Access;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Partners;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Partners;

/// <summary>Records that a partner signed a version of the samenwerkingsconvenant or the privacyprotocol.</summary>
[RequiresPermission(CorePermissions.PartnersBeheren)]
internal sealed record RecordOndertekening(Guid PartnerId, ConvenantDocument? Document, string? Versie, DateOnly? OndertekendOp,
    string? OndertekendDoor) : ICommand;

internal sealed class RecordOndertekeningValidator(TimeProvider clock) : IRequestValidator<RecordOndertekening>
{
    public IEnumerable<ValidationProblem> Validate(RecordOndertekening request)
    {
        if (request.Document is not { } document || !Enum.IsDefined(document))
        {
            yield return new(nameof(request.Document), "Kies het document: samenwerkingsconvenant of privacyprotocol.");
        }

        if (string.IsNullOrWhiteSpace(request.Versie) || PartnerRules.Longer(request.Versie, 50))
        {
            yield return new(nameof(request.Versie), "Vul de versie van het document in (maximaal 50 tekens).");
        }

        if (request.OndertekendOp is not { } signed)
        {
            yield return new(nameof(request.OndertekendOp), "Vul de datum van ondertekening in.");
        }
        else if (signed > DateOnly.FromDateTime(clock.GetLocalNow().DateTime))
        {
            yield return new(nameof(request.OndertekendOp), "De datum van ondertekening ligt in de toekomst.");
        }

        if (string.IsNullOrWhiteSpace(request.OndertekendDoor) || PartnerRules.Longer(request.OndertekendDoor, 200))
        {
            yield return new(nameof(request.OndertekendDoor), "Vul in wie namens de partner ondertekende (maximaal 200 tekens).");
        }
    }
}

internal sealed class RecordOndertekeningHandler(PartnersDbContext db, CurrentUser user, TimeProvider clock)
    : ICommandHandler<RecordOndertekening>
{
    public async ValueTask<Unit> Handle(RecordOndertekening command, CancellationToken cancellationToken)
    {
        if (!await db.Partners.AnyAsync(p => p.Id == command.PartnerId, cancellationToken))
        {
            throw new KeyNotFoundException("Convenantpartner niet gevonden.");
        }

        db.Ondertekeningen.Add(new Ondertekening
        {
            PartnerId = command.PartnerId,
            Document = command.Document!.Value,
            Versie = command.Versie!.Trim(),
            OndertekendOp = command.OndertekendOp!.Value,
            OndertekendDoor = command.OndertekendDoor!.Trim(),
            VastgelegdUtc = clock.GetUtcNow().UtcDateTime,
            VastgelegdDoor = user.DisplayName,
        });
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
