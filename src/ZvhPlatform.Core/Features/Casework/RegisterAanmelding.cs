using Mediator;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Casework;

/// <summary>
/// ZVH staff register an aanmelding received from a convenantpartner, another region (warme overdracht), ZSM or
/// the local field (opschaling). Refused when the municipality is outside the aanpak's contract or the aanpak's
/// module refuses it at intake.
/// </summary>
[RequiresPermission(CorePermissions.AanmeldingenBehandelen)]
internal sealed record RegisterAanmelding(AanmeldingInput Input) : ICommand<Guid>;

internal sealed class RegisterAanmeldingValidator(TimeProvider clock) : IRequestValidator<RegisterAanmelding>
{
    public IEnumerable<ValidationProblem> Validate(RegisterAanmelding request) =>
        AanmeldingIntake.CheckFields(request.Input, DateOnly.FromDateTime(clock.GetLocalNow().DateTime), staff: true);
}

internal sealed class RegisterAanmeldingHandler(CaseworkDbContext db, AanmeldingIntake intake, IAccessLog log) : ICommandHandler<RegisterAanmelding, Guid>
{
    public async ValueTask<Guid> Handle(RegisterAanmelding command, CancellationToken cancellationToken)
    {
        var aanmelding = await intake.BuildAsync(command.Input, cancellationToken);
        db.Aanmeldingen.Add(aanmelding);
        await db.SaveChangesAsync(cancellationToken);
        await log.RecordAsync(new AccessRecord(AccessAction.Aanmaken, Purposes.Aanmelding, [], null, aanmelding.ModuleId, "toegestaan", false,
            $"aanmelding {aanmelding.Kenmerk}"), cancellationToken);
        return aanmelding.Id;
    }
}
