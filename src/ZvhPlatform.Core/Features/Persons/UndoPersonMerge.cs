using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Access;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Persons;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Persons;

/// <summary>Undoes a merge within 30 days: both records return as they were (aliases the merge added are removed).</summary>
[RequiresPermission(CorePermissions.PersonenSamenvoegen)]
internal sealed record UndoPersonMerge(Guid MergeId) : ICommand;

internal sealed class UndoPersonMergeHandler(CoreDbContext db, CurrentUser user, IAccessLog log, IProcessingRestrictions restrictions, TimeProvider clock)
    : ICommandHandler<UndoPersonMerge>
{
    public async ValueTask<Unit> Handle(UndoPersonMerge command, CancellationToken cancellationToken)
    {
        var merge = await db.PersonMerges.SingleOrDefaultAsync(m => m.Id == command.MergeId && m.UndoneUtc == null, cancellationToken)
                    ?? throw new KeyNotFoundException("Samenvoeging niet gevonden.");
        await restrictions.EnsureNotRestrictedAsync([merge.SurvivorId, merge.MergedId], cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (now - merge.MergedUtc > TimeSpan.FromDays(MergePersonsHandler.UndoDays))
        {
            throw new RequestValidationException([new ValidationProblem("MergeId",
                $"Een samenvoeging kan tot {MergePersonsHandler.UndoDays} dagen na dato ongedaan worden gemaakt; deze termijn is verstreken.")]);
        }

        var aliasIds = merge.AddedAliasIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList();
        db.PersonAliases.RemoveRange(await db.PersonAliases.Where(a => aliasIds.Contains(a.Id)).ToListAsync(cancellationToken));
        var merged = await db.Persons.SingleAsync(p => p.Id == merge.MergedId, cancellationToken);
        merged.MergedIntoId = null;
        merge.UndoneUtc = now;
        foreach (var id in new[] { merge.SurvivorId, merge.MergedId })
        {
            db.PersonChanges.Add(new PersonChange
            {
                PersonId = id, ChangedUtc = now, ChangedBy = user.DisplayName, Action = "samenvoeging ongedaan",
                Details = "De samenvoeging is ongedaan gemaakt; beide registraties staan weer apart.",
            });
        }

        // One SaveChanges is atomic; the log line follows on its own connection (SQLite allows one writer at a time).
        await db.SaveChangesAsync(cancellationToken);
        await log.RecordAsync(new AccessRecord(AccessAction.Samenvoegen, Purposes.Beheer, [merge.SurvivorId, merge.MergedId], null, "core",
            "toegestaan", false, "samenvoeging ongedaan"), cancellationToken);
        return Unit.Value;
    }
}
