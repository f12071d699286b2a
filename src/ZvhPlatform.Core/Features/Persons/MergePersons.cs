using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Access;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Persons;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Persons;

/// <summary>
/// Merges a duplicate record into the one that stays: the duplicate's names become aliases and it
/// disappears from search. Logged, and undoable for 30 days (<see cref="UndoPersonMerge"/>).
/// </summary>
[RequiresPermission(CorePermissions.PersonenSamenvoegen)]
internal sealed record MergePersons(Guid SurvivorId, Guid DuplicateId) : ICommand<Guid>;

internal sealed class MergePersonsHandler(CoreDbContext db, CurrentUser user, IAccessLog log, TimeProvider clock, IProcessingRestrictions restrictions)
    : ICommandHandler<MergePersons, Guid>
{
    public const int UndoDays = 30;

    public async ValueTask<Guid> Handle(MergePersons command, CancellationToken cancellationToken)
    {
        await restrictions.EnsureNotRestrictedAsync([command.SurvivorId, command.DuplicateId], cancellationToken);
        if (command.SurvivorId == command.DuplicateId)
        {
            throw new RequestValidationException([new ValidationProblem("DuplicateId", "Kies twee verschillende personen.")]);
        }

        var survivor = await db.Persons.Include(p => p.Aliases).SingleOrDefaultAsync(p => p.Id == command.SurvivorId && p.MergedIntoId == null, cancellationToken)
                       ?? throw new KeyNotFoundException("Persoon niet gevonden.");
        var duplicate = await db.Persons.Include(p => p.Aliases).SingleOrDefaultAsync(p => p.Id == command.DuplicateId && p.MergedIntoId == null, cancellationToken)
                        ?? throw new KeyNotFoundException("Persoon niet gevonden.");
        if (survivor.Bsn is not null && duplicate.Bsn is not null && survivor.Bsn != duplicate.Bsn)
        {
            throw new RequestValidationException([new ValidationProblem("DuplicateId",
                "Deze personen hebben een verschillend BSN en zijn dus niet dezelfde persoon.")]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var names = duplicate.Aliases.Select(a => a.Naam).Append(duplicate.VolledigeNaam)
            .Where(n => !string.Equals(n, survivor.VolledigeNaam, StringComparison.OrdinalIgnoreCase)
                        && !survivor.Aliases.Any(a => string.Equals(a.Naam, n, StringComparison.OrdinalIgnoreCase)))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var added = names.Select(n => new PersonAlias { PersonId = survivor.Id, Naam = n, ZoekNaam = Person.Normalize(n) }).ToList();
        survivor.Aliases.AddRange(added);
        db.PersonAliases.AddRange(added);
        survivor.Bsn ??= duplicate.Bsn;
        survivor.Geboortedatum ??= duplicate.Geboortedatum;
        duplicate.MergedIntoId = survivor.Id;
        var merge = new PersonMerge
        {
            SurvivorId = survivor.Id, MergedId = duplicate.Id, MergedUtc = now, MergedBy = user.DisplayName,
            AddedAliasIds = string.Join(",", added.Select(a => a.Id)),
        };
        db.PersonMerges.Add(merge);
        db.PersonChanges.Add(new PersonChange
        {
            PersonId = survivor.Id, ChangedUtc = now, ChangedBy = user.DisplayName, Action = "samengevoegd",
            Details = $"Samengevoegd met een dubbele registratie; toegevoegde aliassen: {(names.Count == 0 ? "geen" : string.Join(", ", names))}",
        });
        db.PersonChanges.Add(new PersonChange
        {
            PersonId = duplicate.Id, ChangedUtc = now, ChangedBy = user.DisplayName, Action = "samengevoegd",
            Details = "Opgegaan in een andere registratie van dezelfde persoon.",
        });
        // One SaveChanges is atomic; the log line follows on its own connection (SQLite allows one writer at a time).
        await db.SaveChangesAsync(cancellationToken);
        await log.RecordAsync(new AccessRecord(AccessAction.Samenvoegen, Purposes.Beheer, [survivor.Id, duplicate.Id], null, "core", "toegestaan",
            false, "persoonsgegevens"), cancellationToken);
        return merge.Id;
    }
}
