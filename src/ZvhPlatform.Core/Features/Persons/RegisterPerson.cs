using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Access;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Persons;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Persons;

/// <summary>Registers a person in the region; answers with records that may be the same person.</summary>
[RequiresPermission(CorePermissions.PersonenRegistreren)]
internal sealed record RegisterPerson(PersonInput Input, string Purpose) : ICommand<RegisterPersonResult>;

internal sealed record RegisterPersonResult(Guid Id, IReadOnlyList<PersonRow> PossibleDuplicates);

internal sealed class RegisterPersonValidator(TimeProvider clock) : IRequestValidator<RegisterPerson>
{
    public IEnumerable<ValidationProblem> Validate(RegisterPerson request)
    {
        if (!Purposes.IsKnown(request.Purpose))
        {
            yield return new(nameof(request.Purpose), "Kies het doel waarvoor u deze persoon registreert.");
        }

        foreach (var problem in PersonRules.Check(request.Input, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)))
        {
            yield return problem;
        }
    }
}

internal sealed class RegisterPersonHandler(CoreDbContext db, CurrentUser user, IAccessLog log, TimeProvider clock)
    : ICommandHandler<RegisterPerson, RegisterPersonResult>
{
    public async ValueTask<RegisterPersonResult> Handle(RegisterPerson command, CancellationToken cancellationToken)
    {
        await GemeenteCheck.EnsureInRegionAsync(db, command.Input.GemeenteCode, cancellationToken);
        var person = new Person { RegisteredUtc = clock.GetUtcNow().UtcDateTime };
        PersonRules.Apply(person, command.Input);
        PersonRules.SyncAliases(person, command.Input.Aliassen);
        db.Persons.Add(person);
        db.PersonChanges.Add(new PersonChange
        {
            PersonId = person.Id, ChangedUtc = person.RegisteredUtc, ChangedBy = user.DisplayName, Action = "geregistreerd",
            Details = PersonRules.Diff(PersonRules.Describe(new Person()), PersonRules.Describe(person)),
        });
        await db.SaveChangesAsync(cancellationToken);

        var duplicates = await DuplicateFinder.CandidatesAsync(db, person, cancellationToken);
        await log.RecordAsync(new AccessRecord(AccessAction.Aanmaken, command.Purpose, [person.Id], null, "core", "toegestaan", false,
            "persoonsgegevens"), cancellationToken);
        if (duplicates.Count > 0)
        {
            await log.RecordAsync(new AccessRecord(AccessAction.Zoeken, command.Purpose, duplicates.Select(d => d.Id).ToList(), null, "core",
                "toegestaan", false, "mogelijke dubbele registraties"), cancellationToken);
        }

        return new RegisterPersonResult(person.Id, duplicates);
    }
}

internal static class GemeenteCheck
{
    public static async Task EnsureInRegionAsync(CoreDbContext db, string? code, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(code) && !await db.Gemeenten.AnyAsync(g => g.CbsCode == code.Trim().ToUpper(), ct))
        {
            throw new RequestValidationException([new ValidationProblem("GemeenteCode", "Deze gemeente hoort niet bij de regio.")]);
        }
    }
}

/// <summary>Records that may describe the same person: same BSN, or same surname and date of birth.</summary>
internal static class DuplicateFinder
{
    public static async Task<IReadOnlyList<PersonRow>> CandidatesAsync(CoreDbContext db, Person person, CancellationToken ct)
    {
        var query = db.Persons.AsNoTracking().Where(p => p.Id != person.Id && p.MergedIntoId == null);
        query = person.Bsn is not null
            ? query.Where(p => p.Bsn == person.Bsn || (p.ZoekAchternaam == person.ZoekAchternaam && p.Geboortedatum == person.Geboortedatum))
            : query.Where(p => p.ZoekAchternaam == person.ZoekAchternaam && p.Geboortedatum == person.Geboortedatum);
        return (await query.Take(20)
                .Select(p => new { p.Id, p.Voornamen, p.Tussenvoegsel, p.Achternaam, p.Geboortedatum, p.Woonplaats, p.Bsn })
                .ToListAsync(ct))
            .Select(p => new PersonRow(p.Id, string.Join(' ', new[] { p.Voornamen, p.Tussenvoegsel, p.Achternaam }.Where(s => !string.IsNullOrWhiteSpace(s))),
                p.Geboortedatum, p.Woonplaats, PersonProjection.MaskBsn(p.Bsn)))
            .ToList();
    }
}
