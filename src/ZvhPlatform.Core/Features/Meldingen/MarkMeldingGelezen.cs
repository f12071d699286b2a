using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Access;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Meldingen;

/// <summary>Marks one of the user's notifications read, or all of them when no id is given.</summary>
[RequiresPermission(CorePermissions.MeldingenOntvangen)]
internal sealed record MarkMeldingGelezen(Guid? Id) : ICommand;

internal sealed class MarkMeldingGelezenHandler(CaseworkDbContext db, CurrentUser user, TimeProvider clock, OngelezenUitSessiecontrole uitSessiecontrole)
    : ICommandHandler<MarkMeldingGelezen>
{
    public async ValueTask<Unit> Handle(MarkMeldingGelezen command, CancellationToken cancellationToken)
    {
        var userId = user.UserId ?? Guid.Empty;
        var unread = db.Notificaties.Where(n => n.UserId == userId && n.GelezenUtc == null);
        if (command.Id is { } id)
        {
            // Someone else's notification does not exist for this user.
            if (!await db.Notificaties.AnyAsync(n => n.Id == id && n.UserId == userId, cancellationToken))
            {
                throw new KeyNotFoundException("Melding niet gevonden.");
            }

            unread = unread.Where(n => n.Id == id);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var melding in await unread.ToListAsync(cancellationToken))
        {
            melding.GelezenUtc = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        uitSessiecontrole.Verouderd();
        return Unit.Value;
    }
}
