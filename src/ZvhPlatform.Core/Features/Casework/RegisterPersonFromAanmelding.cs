using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Features.Persons;
using ZvhPlatform.Core.Persons;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Casework;

/// <summary>
/// The bekendheidscheck found nobody: the person is registered in the region's register from the aanmelding's
/// data (through the register's own rules and duplicate check) and the aanmelding is linked to them.
/// </summary>
[RequiresPermission(CorePermissions.PersonenRegistreren)]
internal sealed record RegisterPersonFromAanmelding(Guid AanmeldingId, long Version) : ICommand<RegisterPersonResult>;

internal sealed class RegisterPersonFromAanmeldingHandler(CaseworkDbContext db, IMediator mediator, Compartments compartments, ZvhPlatform.Core.Access.CurrentUser user)
    : ICommandHandler<RegisterPersonFromAanmelding, RegisterPersonResult>
{
    public async ValueTask<RegisterPersonResult> Handle(RegisterPersonFromAanmelding command, CancellationToken cancellationToken)
    {
        if (!user.HasPermission(CorePermissions.AanmeldingenBehandelen))
        {
            throw new RequestForbiddenException("U heeft geen recht op deze handeling.");
        }

        var a = await db.Aanmeldingen.AsNoTracking().SingleOrDefaultAsync(x => x.Id == command.AanmeldingId, cancellationToken);
        if (a is null || compartments.IsClosed(a.ModuleId))
        {
            throw new KeyNotFoundException("Aanmelding niet gevonden.");
        }

        if (a.Status != AanmeldingStatus.Ontvangen || a.PersonId is not null)
        {
            throw new RequestValidationException([new ValidationProblem("PersonId", "Deze aanmelding is al gekoppeld aan een persoon of al getrieerd.")]);
        }

        if (a.Version != command.Version)
        {
            throw new DbUpdateConcurrencyException("Iemand anders heeft deze aanmelding intussen gewijzigd.");
        }

        var input = new PersonInput(a.Bsn, a.Voornamen, null, a.Achternaam, a.Geboortedatum, Geslacht.Onbekend, a.Adres, null, null, a.GemeenteCode, null, null, []);
        var result = await mediator.Send(new RegisterPerson(input, Purposes.Aanmelding), cancellationToken);
        await mediator.Send(new LinkAanmeldingPerson(a.Id, result.Id, command.Version), cancellationToken);
        return result;
    }
}
