using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Features.Users;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Partners;

/// <summary>
/// Marks a professional as no longer working for the partner. Their ketenpartner role in the region
/// ends with it, unless they still represent another active partner here.
/// </summary>
[RequiresPermission(CorePermissions.PartnersBeheren)]
internal sealed record DeactivateProfessional(Guid PartnerId, Guid ProfessionalId) : ICommand;

internal sealed class DeactivateProfessionalHandler(PartnersDbContext db, ISender sender) : ICommandHandler<DeactivateProfessional>
{
    public async ValueTask<Unit> Handle(DeactivateProfessional command, CancellationToken cancellationToken)
    {
        var professional = await db.Professionals.SingleOrDefaultAsync(
                               p => p.Id == command.ProfessionalId && p.PartnerId == command.PartnerId, cancellationToken)
                           ?? throw new KeyNotFoundException("Professional niet gevonden.");
        if (!professional.Actief)
        {
            return Unit.Value;
        }

        professional.Actief = false;
        await db.SaveChangesAsync(cancellationToken);
        if (professional.UserId is { } userId
            && !await db.Professionals.AnyAsync(p => p.UserId == userId && p.Actief, cancellationToken))
        {
            try
            {
                await sender.Send(new RevokeRegionRole(userId, ZvhRoles.KetenpartnerProfessional), cancellationToken);
            }
            catch (KeyNotFoundException)
            {
                // The beheerder already took the role away on the Gebruikers screen.
            }
        }

        return Unit.Value;
    }
}
