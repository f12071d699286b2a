using Mediator;
using ZvhPlatform.Core.Access;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Partners;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Partners;

/// <summary>Records the signed geheimhoudingsverklaring of an incidental participant of case conferences.</summary>
[RequiresPermission(CorePermissions.GeheimhoudingRegistreren)]
internal sealed record RegisterGeheimhoudingsverklaring(string? Naam, string? Email, string? Organisatie, DateOnly? OndertekendOp,
    DateOnly? GeldigTot) : ICommand<Guid>;

internal sealed class RegisterGeheimhoudingsverklaringValidator(TimeProvider clock) : IRequestValidator<RegisterGeheimhoudingsverklaring>
{
    public IEnumerable<ValidationProblem> Validate(RegisterGeheimhoudingsverklaring request)
    {
        if (string.IsNullOrWhiteSpace(request.Naam) || PartnerRules.Longer(request.Naam, 200))
        {
            yield return new(nameof(request.Naam), "Vul de naam van de deelnemer in (maximaal 200 tekens).");
        }

        if (!PartnerRules.IsEmail(request.Email))
        {
            yield return new(nameof(request.Email), "Vul een geldig e-mailadres van de deelnemer in.");
        }

        if (string.IsNullOrWhiteSpace(request.Organisatie) || PartnerRules.Longer(request.Organisatie, 200))
        {
            yield return new(nameof(request.Organisatie), "Vul de organisatie van de deelnemer in (maximaal 200 tekens).");
        }

        if (request.OndertekendOp is not { } signed)
        {
            yield return new(nameof(request.OndertekendOp), "Vul de datum van ondertekening in.");
        }
        else
        {
            if (signed > DateOnly.FromDateTime(clock.GetLocalNow().DateTime))
            {
                yield return new(nameof(request.OndertekendOp), "De datum van ondertekening ligt in de toekomst.");
            }

            if (request.GeldigTot is { } until && until < signed)
            {
                yield return new(nameof(request.GeldigTot), "'Geldig tot en met' ligt vóór de datum van ondertekening.");
            }
        }
    }
}

internal sealed class RegisterGeheimhoudingsverklaringHandler(PartnersDbContext db, CurrentUser user, TimeProvider clock)
    : ICommandHandler<RegisterGeheimhoudingsverklaring, Guid>
{
    public async ValueTask<Guid> Handle(RegisterGeheimhoudingsverklaring command, CancellationToken cancellationToken)
    {
        var statement = new Geheimhoudingsverklaring
        {
            Naam = command.Naam!.Trim(),
            Email = PartnerRules.NormalizeEmail(command.Email),
            Organisatie = command.Organisatie!.Trim(),
            OndertekendOp = command.OndertekendOp!.Value,
            GeldigTot = command.GeldigTot,
            VastgelegdUtc = clock.GetUtcNow().UtcDateTime,
            VastgelegdDoor = user.DisplayName,
        };
        db.Geheimhoudingsverklaringen.Add(statement);
        await db.SaveChangesAsync(cancellationToken);
        return statement.Id;
    }
}
