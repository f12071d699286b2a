using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Core.Features.Acties;

/// <summary>
/// Agrees an action on a case: an owner organisation, optionally a person of the region who may see the case, and a due date.
/// Captured in a meeting (with the meeting's id) or on the case's action page.
/// </summary>
[RequiresPermission(CorePermissions.ActiesWerken)]
internal sealed record CreateActie(Guid CasusId, Guid? OverlegId, string? Omschrijving, string? EigenaarOrganisatie, Guid? EigenaarUserId, DateOnly? Deadline)
    : ICommand<ActieRow>;

internal sealed class CreateActieValidator : IRequestValidator<CreateActie>
{
    public IEnumerable<ValidationProblem> Validate(CreateActie request)
    {
        if (string.IsNullOrWhiteSpace(request.Omschrijving))
        {
            yield return new(nameof(request.Omschrijving), "Beschrijf de actie.");
        }
        else if (request.Omschrijving.Trim().Length > 2000)
        {
            yield return new(nameof(request.Omschrijving), "De omschrijving is te lang (maximaal 2000 tekens).");
        }

        if (string.IsNullOrWhiteSpace(request.EigenaarOrganisatie) && request.EigenaarUserId is null)
        {
            yield return new(nameof(request.EigenaarOrganisatie), "Kies de organisatie die eigenaar is van de actie.");
        }

        if ((request.EigenaarOrganisatie?.Trim().Length ?? 0) > 200)
        {
            yield return new(nameof(request.EigenaarOrganisatie), "De organisatie is te lang (maximaal 200 tekens).");
        }

        if (request.Deadline is null)
        {
            yield return new(nameof(request.Deadline), "Vul de deadline in.");
        }
    }
}

internal sealed class CreateActieHandler(CaseworkDbContext db, IdentityStoreDbContext identity, IRegionContext region, ICaseAccess access,
    CaseContractScope scope, Compartments compartments, IAccessLog log, TimeProvider clock) : ICommandHandler<CreateActie, ActieRow>
{
    public async ValueTask<ActieRow> Handle(CreateActie command, CancellationToken cancellationToken)
    {
        var (casus, _) = await db.RequireCaseAsync(access, command.CasusId, cancellationToken);
        if (casus.AfgeslotenOp is not null)
        {
            throw new RequestValidationException([new ValidationProblem("", "Deze casus is afgesloten; er kunnen geen acties meer bij.")]);
        }

        await scope.EnsureNewWorkAllowedAsync(casus, "Een nieuwe actie", cancellationToken);

        if (command.OverlegId is { } overlegId)
        {
            var overleg = await db.OpenOverlegAsync(compartments, overlegId, cancellationToken);
            if (overleg.Agenda.All(a => a.CasusId != casus.Id))
            {
                throw new KeyNotFoundException("Deze casus staat niet op de agenda van het overleg.");
            }
        }

        string? ownerOrganisation = null;
        if (command.EigenaarUserId is { } ownerId)
        {
            var allowed = await RegieSupport.AllowedUsersAsync(db, identity, region.RequiredRegion.Id, [casus.Id], cancellationToken);
            var owner = allowed.SingleOrDefault(u => u.UserId == ownerId && u.MagBij(casus.Id))
                        ?? throw new RequestValidationException([new ValidationProblem(nameof(command.EigenaarUserId),
                            "De eigenaar moet iemand zijn die deze casus mag zien: een medewerker van het Zorg- en Veiligheidshuis of een deelnemer aan de casus.")]);
            ownerOrganisation = owner.Organisatie;
        }

        var actie = new Actie
        {
            CasusId = casus.Id, OverlegId = command.OverlegId, Omschrijving = command.Omschrijving!.Trim(),
            EigenaarOrganisatie = string.IsNullOrWhiteSpace(command.EigenaarOrganisatie) ? ownerOrganisation ?? "" : command.EigenaarOrganisatie.Trim(),
            EigenaarUserId = command.EigenaarUserId, Deadline = command.Deadline!.Value, Status = ActieStatus.Open,
        };
        if (actie.EigenaarOrganisatie.Length == 0)
        {
            throw new RequestValidationException([new ValidationProblem(nameof(command.EigenaarOrganisatie), "Kies de organisatie die eigenaar is van de actie.")]);
        }

        db.Acties.Add(actie);
        await db.SaveChangesAsync(cancellationToken);
        await log.RecordAsync(new AccessRecord(AccessAction.Aanmaken, casus.Doel, [casus.HoofdpersoonId], casus.Id, casus.ModuleId, "toegestaan", false, "actie"),
            cancellationToken);
        var rows = await ActieRows.ForAsync(db, identity, clock, db.Acties.Where(a => a.Id == actie.Id), _ => true, cancellationToken);
        return rows.Single();
    }
}
