using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Access;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Casework;

/// <summary>
/// A partner professional submits an aanmelding through the secure form. The referrer is the professional
/// themselves (their organisation, and their convenantpartner when their account is linked to one).
/// </summary>
[RequiresPermission(CorePermissions.AanmeldingenIndienen)]
internal sealed record SubmitAanmelding(AanmeldingInput Input) : ICommand<Guid>;

internal sealed class SubmitAanmeldingValidator(TimeProvider clock) : IRequestValidator<SubmitAanmelding>
{
    public IEnumerable<ValidationProblem> Validate(SubmitAanmelding request) =>
        AanmeldingIntake.CheckFields(request.Input, DateOnly.FromDateTime(clock.GetLocalNow().DateTime), staff: false);
}

internal sealed class SubmitAanmeldingHandler(CaseworkDbContext db, PartnersDbContext partners, IdentityStoreDbContext identity, AanmeldingIntake intake,
    CurrentUser user, IAccessLog log) : ICommandHandler<SubmitAanmelding, Guid>
{
    public async ValueTask<Guid> Handle(SubmitAanmelding command, CancellationToken cancellationToken)
    {
        var userId = user.UserId ?? throw new RequestForbiddenException("U bent niet aangemeld.");
        var partnerId = await partners.Professionals.AsNoTracking().Where(p => p.UserId == userId && p.Actief).Select(p => (Guid?)p.PartnerId)
            .FirstOrDefaultAsync(cancellationToken);
        var email = await identity.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.Email).FirstOrDefaultAsync(cancellationToken);
        // What the professional typed about the referrer is ignored: the referrer is who submitted it.
        var input = command.Input with
        {
            Route = AanmeldRoute.Formulier, OntvangenOp = null, VerwijzendeRegioId = null, VerwijzerPartnerId = partnerId,
            VerwijzerOrganisatie = string.IsNullOrWhiteSpace(user.Organisation) ? "Onbekende organisatie" : user.Organisation,
            VerwijzerNaam = user.DisplayName, VerwijzerContact = string.IsNullOrWhiteSpace(command.Input.VerwijzerContact) ? email : command.Input.VerwijzerContact,
        };
        var aanmelding = await intake.BuildAsync(input, cancellationToken);
        aanmelding.IngediendDoorUserId = userId;
        db.Aanmeldingen.Add(aanmelding);
        await db.SaveChangesAsync(cancellationToken);
        await log.RecordAsync(new AccessRecord(AccessAction.Aanmaken, Purposes.Aanmelding, [], null, aanmelding.ModuleId, "toegestaan", false,
            $"aanmelding {aanmelding.Kenmerk} via formulier"), cancellationToken);
        return aanmelding.Id;
    }
}
