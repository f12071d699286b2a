using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Access;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Partners;
using ZvhPlatform.Core.Contracts.Regions;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Partners;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Partners;

/// <summary>
/// Creates a convenantpartner (no id) or changes one (id and the version the editor saw); a change
/// someone else saved in between is refused, never overwritten.
/// </summary>
[RequiresPermission(CorePermissions.PartnersBeheren)]
internal sealed record SavePartner(
    Guid? Id, string? Naam, PartnerDomein? Domein, PartnerType? Type, string? GemeenteCode, bool Actief, long Version) : ICommand<Guid>;

internal sealed class SavePartnerValidator : IRequestValidator<SavePartner>
{
    public IEnumerable<ValidationProblem> Validate(SavePartner request)
    {
        if (string.IsNullOrWhiteSpace(request.Naam))
        {
            yield return new(nameof(request.Naam), "Vul de naam van de organisatie in.");
        }
        else if (PartnerRules.Longer(request.Naam, 200))
        {
            yield return new(nameof(request.Naam), "De naam is te lang (maximaal 200 tekens).");
        }

        if (request.Domein is not { } domein || !Enum.IsDefined(domein))
        {
            yield return new(nameof(request.Domein), "Kies het domein: zorg, veiligheid of gemeente.");
        }

        if (request.Type is not { } type || !Enum.IsDefined(type))
        {
            yield return new(nameof(request.Type), "Kies het soort organisatie uit de lijst (bijvoorbeeld politie, OM, GGZ of gemeente).");
        }
        else if (type == PartnerType.Gemeente)
        {
            if (string.IsNullOrWhiteSpace(request.GemeenteCode))
            {
                yield return new(nameof(request.GemeenteCode), "Kies bij een gemeente als partner om welke gemeente (CBS-code) het gaat.");
            }

            if (request.Domein is { } d && d != PartnerDomein.Gemeente)
            {
                yield return new(nameof(request.Domein), "Een gemeente valt in het domein gemeente.");
            }
        }
    }
}

internal sealed class SavePartnerHandler(PartnersDbContext db, IRegionDirectory regions, TimeProvider clock)
    : ICommandHandler<SavePartner, Guid>
{
    public async ValueTask<Guid> Handle(SavePartner command, CancellationToken cancellationToken)
    {
        var type = command.Type!.Value;
        var code = type == PartnerType.Gemeente ? command.GemeenteCode!.Trim().ToUpperInvariant() : null;
        if (code is not null && !(await regions.GemeentenAsync(cancellationToken)).Any(g => g.CbsCode == code))
        {
            throw new RequestValidationException([new ValidationProblem(nameof(command.GemeenteCode),
                $"Gemeente {code} hoort niet bij deze regio.")]);
        }

        var naam = command.Naam!.Trim();
        if (await db.Partners.AnyAsync(p => p.Naam == naam && p.Id != command.Id, cancellationToken))
        {
            throw new RequestValidationException([new ValidationProblem(nameof(command.Naam),
                $"Er is in deze regio al een convenantpartner met de naam '{naam}'.")]);
        }

        Convenantpartner partner;
        if (command.Id is { } id)
        {
            partner = await db.Partners.SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
                      ?? throw new KeyNotFoundException("Convenantpartner niet gevonden.");
            db.Entry(partner).Property(p => p.Version).OriginalValue = command.Version;
        }
        else
        {
            partner = new Convenantpartner { CreatedUtc = clock.GetUtcNow().UtcDateTime };
            db.Partners.Add(partner);
        }

        partner.Naam = naam;
        partner.Domein = command.Domein!.Value;
        partner.Type = type;
        partner.GemeenteCode = code;
        partner.Actief = command.Actief;
        await db.SaveChangesAsync(cancellationToken);
        return partner.Id;
    }
}
