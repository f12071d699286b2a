using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Features.Users;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Partners;

/// <summary>
/// Gives a partner's professional the ketenpartner role in the region, through the same use case as
/// the Gebruikers screen: a new account gets a one-time password shown once; an existing account
/// (e.g. from another region) just gains the role.
/// </summary>
[RequiresPermission(CorePermissions.PartnersBeheren)]
internal sealed record CreateProfessionalAccount(Guid PartnerId, Guid ProfessionalId) : ICommand<ProfessionalAccountResult>;

internal sealed record ProfessionalAccountResult(string Email, bool NewAccount, string? InitialPassword);

internal sealed class CreateProfessionalAccountHandler(PartnersDbContext db, ISender sender)
    : ICommandHandler<CreateProfessionalAccount, ProfessionalAccountResult>
{
    public async ValueTask<ProfessionalAccountResult> Handle(CreateProfessionalAccount command, CancellationToken cancellationToken)
    {
        var partner = await db.Partners.SingleOrDefaultAsync(p => p.Id == command.PartnerId, cancellationToken)
                      ?? throw new KeyNotFoundException("Convenantpartner niet gevonden.");
        var professional = await db.Professionals.SingleOrDefaultAsync(
                               p => p.Id == command.ProfessionalId && p.PartnerId == partner.Id, cancellationToken)
                           ?? throw new KeyNotFoundException("Professional niet gevonden.");
        if (!professional.Actief || !partner.Actief)
        {
            throw new RequestValidationException([new ValidationProblem(nameof(command.ProfessionalId),
                $"{professional.Naam} is niet (meer) actief bij een actieve convenantpartner en krijgt geen account.")]);
        }

        var result = await sender.Send(new AddRegionUser(professional.Email, professional.Naam, partner.Naam, ZvhRoles.KetenpartnerProfessional),
            cancellationToken);
        // Two stores, saved one after the other: repeating the action after a failure here is harmless,
        // because AddRegionUser finds the account and the role it already made.
        professional.UserId = result.UserId;
        await db.SaveChangesAsync(cancellationToken);
        return new ProfessionalAccountResult(professional.Email, result.NewAccount, result.InitialPassword);
    }
}
