using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Signalen;

/// <summary>Closes a signal with what was done about it; refused when someone else changed it meanwhile.</summary>
[RequiresPermission(CorePermissions.SignalenWerken)]
internal sealed record HandelSignaalAf(Guid Id, string Afhandeling, long Version) : ICommand;

internal sealed class HandelSignaalAfValidator : IRequestValidator<HandelSignaalAf>
{
    public IEnumerable<ValidationProblem> Validate(HandelSignaalAf request)
    {
        if (string.IsNullOrWhiteSpace(request.Afhandeling) || request.Afhandeling.Length > 2000)
        {
            yield return new(nameof(request.Afhandeling), "Beschrijf hoe het signaal is afgehandeld (maximaal 2000 tekens).");
        }
    }
}

internal sealed class HandelSignaalAfHandler(CaseworkDbContext db) : ICommandHandler<HandelSignaalAf>
{
    public async ValueTask<Unit> Handle(HandelSignaalAf command, CancellationToken cancellationToken)
    {
        var signaal = await db.Signalen.SingleOrDefaultAsync(s => s.Id == command.Id, cancellationToken) ?? throw new KeyNotFoundException("Signaal niet gevonden.");
        db.Entry(signaal).Property(s => s.Version).OriginalValue = command.Version;
        if (signaal.Version != command.Version)
        {
            throw new DbUpdateConcurrencyException("Het signaal is intussen gewijzigd.");
        }

        if (signaal.Status == SignaalNamen.Afgehandeld)
        {
            throw new RequestValidationException([new ValidationProblem(nameof(command.Afhandeling), "Dit signaal is al afgehandeld.")]);
        }

        signaal.Afhandeling = command.Afhandeling.Trim();
        signaal.Status = SignaalNamen.Afgehandeld;
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
