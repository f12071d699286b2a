using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Partners;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Partners;

/// <summary>Adds a professional (a contact and fixed representative) to a convenantpartner.</summary>
[RequiresPermission(CorePermissions.PartnersBeheren)]
internal sealed record AddProfessional(Guid PartnerId, string? Naam, string? Email, string? Telefoon, string? Functie) : ICommand<Guid>;

internal sealed class AddProfessionalValidator : IRequestValidator<AddProfessional>
{
    public IEnumerable<ValidationProblem> Validate(AddProfessional request)
    {
        if (string.IsNullOrWhiteSpace(request.Naam) || PartnerRules.Longer(request.Naam, 200))
        {
            yield return new(nameof(request.Naam), "Vul de naam van de professional in (maximaal 200 tekens).");
        }

        if (!PartnerRules.IsEmail(request.Email))
        {
            yield return new(nameof(request.Email), "Vul een geldig e-mailadres van de professional in.");
        }

        if (PartnerRules.Longer(request.Telefoon, 30))
        {
            yield return new(nameof(request.Telefoon), "Het telefoonnummer is te lang (maximaal 30 tekens).");
        }

        if (PartnerRules.Longer(request.Functie, 200))
        {
            yield return new(nameof(request.Functie), "De functie is te lang (maximaal 200 tekens).");
        }
    }
}

internal sealed class AddProfessionalHandler(PartnersDbContext db) : ICommandHandler<AddProfessional, Guid>
{
    public async ValueTask<Guid> Handle(AddProfessional command, CancellationToken cancellationToken)
    {
        var partner = await db.Partners.SingleOrDefaultAsync(p => p.Id == command.PartnerId, cancellationToken)
                      ?? throw new KeyNotFoundException("Convenantpartner niet gevonden.");
        if (!partner.Actief)
        {
            throw new RequestValidationException([new ValidationProblem(nameof(command.PartnerId),
                $"{partner.Naam} is geen actieve convenantpartner meer; voeg geen professionals toe.")]);
        }

        var email = PartnerRules.NormalizeEmail(command.Email);
        if (await db.Professionals.AnyAsync(p => p.PartnerId == partner.Id && p.Email == email && p.Actief, cancellationToken))
        {
            throw new RequestValidationException([new ValidationProblem(nameof(command.Email),
                $"{email} staat al als professional van {partner.Naam} geregistreerd.")]);
        }

        var professional = new Professional
        {
            PartnerId = partner.Id,
            Naam = command.Naam!.Trim(),
            Email = email,
            Telefoon = PartnerRules.Clean(command.Telefoon),
            Functie = PartnerRules.Clean(command.Functie),
        };
        db.Professionals.Add(professional);
        await db.SaveChangesAsync(cancellationToken);
        return professional.Id;
    }
}
