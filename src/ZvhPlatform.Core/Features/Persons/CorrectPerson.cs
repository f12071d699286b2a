using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Access;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Persons;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Persons;

/// <summary>Corrects a person's record; refused when someone else saved a change in between.</summary>
[RequiresPermission(CorePermissions.PersonenRegistreren)]
internal sealed record CorrectPerson(Guid Id, PersonInput Input, long Version, string Purpose) : ICommand;

internal sealed class CorrectPersonValidator(TimeProvider clock) : IRequestValidator<CorrectPerson>
{
    public IEnumerable<ValidationProblem> Validate(CorrectPerson request)
    {
        if (!Purposes.IsKnown(request.Purpose))
        {
            yield return new(nameof(request.Purpose), "Kies het doel van deze wijziging.");
        }

        foreach (var problem in PersonRules.Check(request.Input, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)))
        {
            yield return problem;
        }
    }
}

internal sealed class CorrectPersonHandler(CoreDbContext db, CurrentUser user, IAccessLog log, TimeProvider clock, IProcessingRestrictions restrictions)
    : ICommandHandler<CorrectPerson>
{
    public async ValueTask<Unit> Handle(CorrectPerson command, CancellationToken cancellationToken)
    {
        await restrictions.EnsureNotRestrictedAsync(command.Id, cancellationToken);
        var person = await db.Persons.Include(p => p.Aliases).SingleOrDefaultAsync(p => p.Id == command.Id && p.MergedIntoId == null, cancellationToken)
                     ?? throw new KeyNotFoundException("Persoon niet gevonden.");
        await GemeenteCheck.EnsureInRegionAsync(db, command.Input.GemeenteCode, cancellationToken);
        db.Entry(person).Property(p => p.Version).OriginalValue = command.Version;
        var before = PersonRules.Describe(person);
        PersonRules.Apply(person, command.Input);
        var removed = person.Aliases.ToList();
        db.PersonAliases.AddRange(PersonRules.SyncAliases(person, command.Input.Aliassen));
        db.PersonAliases.RemoveRange(removed.Except(person.Aliases));
        var details = PersonRules.Diff(before, PersonRules.Describe(person));
        if (details.Length == 0)
        {
            return Unit.Value;
        }

        // An alias change alone does not touch the person row; mark its version so concurrent edits still collide.
        db.Entry(person).Property(p => p.Version).IsModified = true;
        db.PersonChanges.Add(new PersonChange
        {
            PersonId = person.Id, ChangedUtc = clock.GetUtcNow().UtcDateTime, ChangedBy = user.DisplayName, Action = "gewijzigd", Details = details,
        });
        // One SaveChanges is atomic; the log line follows on its own connection (SQLite allows one writer at a time).
        await db.SaveChangesAsync(cancellationToken);
        await log.RecordAsync(new AccessRecord(AccessAction.Wijzigen, command.Purpose, [person.Id], null, "core", "toegestaan", false,
            "persoonsgegevens"), cancellationToken);
        return Unit.Value;
    }
}
