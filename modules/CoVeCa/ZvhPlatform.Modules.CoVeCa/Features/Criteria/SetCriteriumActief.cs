using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Modules.CoVeCa.Data;

namespace ZvhPlatform.Modules.CoVeCa.Features.Criteria;

/// <summary>
/// Deactivates a criterion (or activates it again). It is never deleted: cases that answered it keep their
/// answer; new checklists no longer ask it.
/// </summary>
[RequiresPermission(CoVeCaModule.CriteriaBeheren)]
internal sealed record SetCriteriumActief(Guid Id, bool Actief, long Version) : ICommand;

internal sealed class SetCriteriumActiefHandler(CoVeCaDbContext db) : ICommandHandler<SetCriteriumActief>
{
    public async ValueTask<Unit> Handle(SetCriteriumActief command, CancellationToken cancellationToken)
    {
        var criterium = await db.Criteria.SingleOrDefaultAsync(c => c.Id == command.Id, cancellationToken)
                        ?? throw new KeyNotFoundException("Criterium niet gevonden.");
        if (!command.Actief && criterium.Actief
            && await db.Criteria.CountAsync(c => c.Soort == criterium.Soort && c.Actief, cancellationToken) == 1)
        {
            throw new RequestValidationException([new ValidationProblem("Actief",
                "Dit is het laatste actieve criterium van deze lijst; voeg eerst een ander criterium toe voordat u dit deactiveert.")]);
        }

        db.Entry(criterium).Property(c => c.Version).OriginalValue = command.Version;
        criterium.Actief = command.Actief;
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
