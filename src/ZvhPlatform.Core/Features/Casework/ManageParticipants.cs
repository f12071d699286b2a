using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Core.Features.Casework;

/// <summary>
/// Adds a partner professional (a ketenpartner user of the region) to a case; from then on they see it. Records on
/// behalf of which convenantpartner they take part and whether they are a fixed representative at the case's meetings.
/// </summary>
[RequiresPermission(CorePermissions.CasussenWerken)]
internal sealed record AddParticipant(Guid CaseId, string Email, Guid? NamensPartnerId = null, bool VasteVertegenwoordiger = false) : ICommand;

internal sealed class AddParticipantHandler(CaseworkDbContext db, IdentityStoreDbContext identity, IRegionContext region, IAccessLog log, TimeProvider clock,
    ZvhPlatform.Core.Contracts.Partners.IPartnerDirectory partners)
    : ICommandHandler<AddParticipant>
{
    public async ValueTask<Unit> Handle(AddParticipant command, CancellationToken cancellationToken)
    {
        var casus = await db.Casussen.Include(c => c.Deelnemers).SingleOrDefaultAsync(c => c.Id == command.CaseId, cancellationToken)
                    ?? throw new KeyNotFoundException("Casus niet gevonden.");
        var regionId = region.RequiredRegion.Id;
        var email = (command.Email ?? "").Trim();
        var user = await identity.Users.AsNoTracking().Where(u => u.NormalizedEmail == email.ToUpperInvariant())
            .Select(u => new { u.Id, u.DisplayName, u.Organisation }).SingleOrDefaultAsync(cancellationToken);
        if (user is null || !await identity.Memberships.AnyAsync(m => m.UserId == user.Id && m.RegionId == regionId && m.Role == ZvhRoles.KetenpartnerProfessional, cancellationToken))
        {
            throw new RequestValidationException([new ValidationProblem(nameof(command.Email),
                "Alleen ketenpartner-professionals met een account in deze regio kunnen deelnemen. Maak het account aan via Convenantpartners.")]);
        }

        if (command.NamensPartnerId is { } partnerId && await partners.FindAsync(partnerId, cancellationToken) is not { Actief: true })
        {
            throw new RequestValidationException([new ValidationProblem(nameof(command.NamensPartnerId), "Kies een actieve convenantpartner van deze regio.")]);
        }

        if (casus.Deelnemers.Any(d => d.UserId == user.Id && d.VerwijderdUtc == null))
        {
            return Unit.Value;
        }

        var deelnemer = new CasusDeelnemer
        {
            CasusId = casus.Id, UserId = user.Id, Naam = user.DisplayName, Organisatie = user.Organisation, ToegevoegdUtc = clock.GetUtcNow().UtcDateTime,
            NamensPartnerId = command.NamensPartnerId, VasteVertegenwoordiger = command.VasteVertegenwoordiger,
        };
        db.Deelnemers.Add(deelnemer);
        await db.SaveChangesAsync(cancellationToken);
        await log.RecordAsync(new AccessRecord(AccessAction.Wijzigen, casus.Doel, [], casus.Id, casus.ModuleId, "toegestaan", false, "deelnemer toegevoegd"),
            cancellationToken);
        return Unit.Value;
    }
}

/// <summary>Removes a participant; their next request for the case answers "not found".</summary>
[RequiresPermission(CorePermissions.CasussenWerken)]
internal sealed record RemoveParticipant(Guid CaseId, Guid ParticipantId) : ICommand;

internal sealed class RemoveParticipantHandler(CaseworkDbContext db, IAccessLog log, TimeProvider clock) : ICommandHandler<RemoveParticipant>
{
    public async ValueTask<Unit> Handle(RemoveParticipant command, CancellationToken cancellationToken)
    {
        var deelnemer = await db.Deelnemers.SingleOrDefaultAsync(d => d.Id == command.ParticipantId && d.CasusId == command.CaseId && d.VerwijderdUtc == null,
                            cancellationToken)
                        ?? throw new KeyNotFoundException("Deelnemer niet gevonden.");
        deelnemer.VerwijderdUtc = clock.GetUtcNow().UtcDateTime;
        var casus = await db.Casussen.AsNoTracking().SingleAsync(c => c.Id == command.CaseId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await log.RecordAsync(new AccessRecord(AccessAction.Wijzigen, casus.Doel, [], casus.Id, casus.ModuleId, "toegestaan", false, "deelnemer verwijderd"),
            cancellationToken);
        return Unit.Value;
    }
}
