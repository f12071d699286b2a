using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Access;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Core.Features.Users;

/// <summary>Takes a role in the current region away from a user; effective on the user's next request.</summary>
[RequiresPermission(CorePermissions.GebruikersBeheren)]
internal sealed record RevokeRegionRole(Guid UserId, string Role) : ICommand;

internal sealed class RevokeRegionRoleHandler(IdentityStoreDbContext db, IRegionContext region, CurrentUser current)
    : ICommandHandler<RevokeRegionRole>
{
    public async ValueTask<Unit> Handle(RevokeRegionRole command, CancellationToken cancellationToken)
    {
        var regionId = region.RequiredRegion.Id;
        if (command.UserId == current.UserId && command.Role == ZvhRoles.FunctioneelBeheerder)
        {
            throw new RequestValidationException(
                [new ValidationProblem(nameof(command.Role), "U kunt uw eigen rol als functioneel beheerder niet intrekken.")]);
        }

        var membership = await db.Memberships.SingleOrDefaultAsync(
                             m => m.UserId == command.UserId && m.RegionId == regionId && m.Role == command.Role, cancellationToken)
                         ?? throw new KeyNotFoundException("Deze gebruiker heeft die rol niet in deze regio.");
        db.Memberships.Remove(membership);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
