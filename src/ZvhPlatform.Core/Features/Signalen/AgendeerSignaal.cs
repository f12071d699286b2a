using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Signalen;

/// <summary>Puts a signal on the agenda of a planned meeting; refused when someone else changed it meanwhile.</summary>
[RequiresPermission(CorePermissions.SignalenWerken)]
internal sealed record AgendeerSignaal(Guid Id, Guid OverlegId, long Version) : ICommand;

internal sealed class AgendeerSignaalHandler(CaseworkDbContext db) : ICommandHandler<AgendeerSignaal>
{
    public async ValueTask<Unit> Handle(AgendeerSignaal command, CancellationToken cancellationToken)
    {
        var signaal = await db.Signalen.SingleOrDefaultAsync(s => s.Id == command.Id, cancellationToken) ?? throw new KeyNotFoundException("Signaal niet gevonden.");
        db.Entry(signaal).Property(s => s.Version).OriginalValue = command.Version;
        if (signaal.Version != command.Version)
        {
            throw new DbUpdateConcurrencyException("Het signaal is intussen gewijzigd.");
        }

        if (signaal.Status == SignaalNamen.Afgehandeld)
        {
            throw new RequestValidationException([new ValidationProblem(nameof(command.OverlegId), "Dit signaal is al afgehandeld.")]);
        }

        if (!await db.Overleggen.AnyAsync(o => o.Id == command.OverlegId && o.GehoudenUtc == null, cancellationToken))
        {
            throw new RequestValidationException([new ValidationProblem(nameof(command.OverlegId), "Kies een gepland overleg om het signaal op te agenderen.")]);
        }

        signaal.OverlegId = command.OverlegId;
        signaal.Status = SignaalNamen.Geagendeerd;
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
