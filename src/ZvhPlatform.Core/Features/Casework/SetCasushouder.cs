using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Partners;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Casework;

/// <summary>
/// Records the convenantpartner holding the case (casusregisseur/casushouder), who owns its content while the
/// ZVH runs the process; empty clears it.
/// </summary>
[RequiresPermission(CorePermissions.CasussenWerken)]
internal sealed record SetCasushouder(Guid CaseId, Guid? PartnerId, long Version) : ICommand;

internal sealed class SetCasushouderHandler(CaseworkDbContext db, IPartnerDirectory partners, IAccessLog log) : ICommandHandler<SetCasushouder>
{
    public async ValueTask<Unit> Handle(SetCasushouder command, CancellationToken cancellationToken)
    {
        var casus = await db.Casussen.SingleOrDefaultAsync(c => c.Id == command.CaseId, cancellationToken)
                    ?? throw new KeyNotFoundException("Casus niet gevonden.");
        PartnerInfo? partner = null;
        if (command.PartnerId is { } id)
        {
            partner = await partners.FindAsync(id, cancellationToken);
            if (partner is not { Actief: true })
            {
                throw new RequestValidationException([new ValidationProblem(nameof(command.PartnerId), "Kies een actieve convenantpartner van deze regio.")]);
            }
        }

        db.Entry(casus).Property(c => c.Version).OriginalValue = command.Version;
        casus.CasushouderPartnerId = partner?.Id;
        casus.CasushouderOrganisatie = partner?.Naam;
        await db.SaveChangesAsync(cancellationToken);
        await log.RecordAsync(new AccessRecord(AccessAction.Wijzigen, casus.Doel, [], casus.Id, casus.ModuleId, "toegestaan", false, "casushouder"),
            cancellationToken);
        return Unit.Value;
    }
}
