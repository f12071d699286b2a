using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Casework;

/// <summary>
/// The outcome of the bekendheidscheck: the aanmelding is about a person already in the region's register.
/// Only before triage; a person hidden by a compartment or a merged record cannot be linked.
/// </summary>
[RequiresPermission(CorePermissions.AanmeldingenBehandelen)]
internal sealed record LinkAanmeldingPerson(Guid AanmeldingId, Guid PersonId, long Version) : ICommand;

internal sealed class LinkAanmeldingPersonHandler(CaseworkDbContext db, CoreDbContext core, Compartments compartments, IAccessLog log)
    : ICommandHandler<LinkAanmeldingPerson>
{
    public async ValueTask<Unit> Handle(LinkAanmeldingPerson command, CancellationToken cancellationToken)
    {
        var aanmelding = await db.Aanmeldingen.SingleOrDefaultAsync(a => a.Id == command.AanmeldingId, cancellationToken);
        if (aanmelding is null || compartments.IsClosed(aanmelding.ModuleId))
        {
            throw new KeyNotFoundException("Aanmelding niet gevonden.");
        }

        if (aanmelding.Status != AanmeldingStatus.Ontvangen)
        {
            throw new RequestValidationException([new ValidationProblem("PersonId", "Na de triage kan de persoon van de aanmelding niet meer worden gewijzigd.")]);
        }

        var hidden = await compartments.HiddenPersonsAsync(allRegions: false, cancellationToken);
        if (hidden.Contains(command.PersonId) || !await core.Persons.AnyAsync(p => p.Id == command.PersonId && p.MergedIntoId == null, cancellationToken))
        {
            throw new KeyNotFoundException("Persoon niet gevonden.");
        }

        db.Entry(aanmelding).Property(a => a.Version).OriginalValue = command.Version;
        aanmelding.PersonId = command.PersonId;
        await db.SaveChangesAsync(cancellationToken);
        await log.RecordAsync(new AccessRecord(AccessAction.Wijzigen, Purposes.Bekendheidscheck, [command.PersonId], null, aanmelding.ModuleId, "toegestaan", false,
            $"aanmelding {aanmelding.Kenmerk} gekoppeld aan persoon"), cancellationToken);
        return Unit.Value;
    }
}
