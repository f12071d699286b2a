using Mediator;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Casusoverleg;

/// <summary>Saves the minutes; with <see cref="Sluiten"/> the meeting is recorded as held and closed for changes.</summary>
[RequiresPermission(CorePermissions.CasusoverlegWerken)]
internal sealed record SaveNotulen(Guid OverlegId, string? Notulen, bool Sluiten, long Version) : ICommand;

internal sealed class SaveNotulenValidator : IRequestValidator<SaveNotulen>
{
    public IEnumerable<ValidationProblem> Validate(SaveNotulen request)
    {
        if ((request.Notulen?.Length ?? 0) > 20000)
        {
            yield return new(nameof(request.Notulen), "De notulen zijn te lang (maximaal 20000 tekens).");
        }

        if (request.Sluiten && string.IsNullOrWhiteSpace(request.Notulen))
        {
            yield return new(nameof(request.Notulen), "Leg de notulen vast voordat u het overleg sluit.");
        }
    }
}

internal sealed class SaveNotulenHandler(CaseworkDbContext db, Compartments compartments, TimeProvider clock) : ICommandHandler<SaveNotulen>
{
    public async ValueTask<Unit> Handle(SaveNotulen command, CancellationToken cancellationToken)
    {
        var overleg = await db.OpenOverlegAsync(compartments, command.OverlegId, cancellationToken);
        db.Entry(overleg).Property(o => o.Version).OriginalValue = command.Version;
        overleg.Notulen = string.IsNullOrWhiteSpace(command.Notulen) ? null : command.Notulen.Trim();
        if (command.Sluiten)
        {
            overleg.GehoudenUtc = clock.GetUtcNow().UtcDateTime;
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
