using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Interventies;

/// <summary>Deactivates (or re-activates) an intervention; plans that use it keep it, new goals cannot choose it.</summary>
[RequiresPermission(CorePermissions.InterventiesBeheren)]
internal sealed record SetInterventieActief(Guid Id, bool Actief) : ICommand;

internal sealed class SetInterventieActiefHandler(CaseworkDbContext db) : ICommandHandler<SetInterventieActief>
{
    public async ValueTask<Unit> Handle(SetInterventieActief command, CancellationToken cancellationToken)
    {
        var interventie = await db.Interventies.SingleOrDefaultAsync(i => i.Id == command.Id, cancellationToken)
                          ?? throw new KeyNotFoundException("Interventie niet gevonden.");
        interventie.Actief = command.Actief;
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
