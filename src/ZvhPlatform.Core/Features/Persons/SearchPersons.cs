using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Persons;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Persons;

/// <summary>
/// Finds persons by BSN (exact), by name fragment (surname prefix, or anywhere in the name when a
/// date of birth narrows it) optionally with date of birth, or by alias. Every person shown is logged.
/// </summary>
[RequiresPermission(CorePermissions.PersonenZoeken)]
internal sealed record SearchPersons(string? Bsn, string? Naam, DateOnly? Geboortedatum, string Purpose) : IQuery<IReadOnlyList<PersonRow>>;

internal sealed class SearchPersonsValidator : IRequestValidator<SearchPersons>
{
    public IEnumerable<ValidationProblem> Validate(SearchPersons request)
    {
        if (!Purposes.IsKnown(request.Purpose))
        {
            yield return new(nameof(request.Purpose), "Kies het doel van uw zoekvraag.");
        }

        if (!string.IsNullOrWhiteSpace(request.Bsn) && ZvhPlatform.Core.Contracts.Persons.Bsn.Normalize(request.Bsn) is null)
        {
            yield return new(nameof(request.Bsn), "Een BSN bestaat uit 9 cijfers.");
        }

        if (string.IsNullOrWhiteSpace(request.Bsn) && Person.Normalize(request.Naam).Length < 2 && request.Geboortedatum is null)
        {
            yield return new(nameof(request.Naam), "Zoek op BSN, of op (een deel van) de naam van minstens 2 letters, eventueel met geboortedatum.");
        }
    }
}

internal sealed class SearchPersonsHandler(CoreDbContext db, IAccessLog log, ZvhPlatform.Core.Casework.Compartments compartments)
    : IQueryHandler<SearchPersons, IReadOnlyList<PersonRow>>
{
    private const int MaxResults = 50;

    public async ValueTask<IReadOnlyList<PersonRow>> Handle(SearchPersons query, CancellationToken cancellationToken)
    {
        var hidden = (await compartments.HiddenPersonsAsync(allRegions: false, cancellationToken)).ToList();
        var persons = db.Persons.AsNoTracking().Where(p => p.MergedIntoId == null && !hidden.Contains(p.Id));
        if (ZvhPlatform.Core.Contracts.Persons.Bsn.Normalize(query.Bsn) is { } bsn)
        {
            persons = persons.Where(p => p.Bsn == bsn);
        }
        else
        {
            var name = Person.Normalize(query.Naam);
            if (query.Geboortedatum is { } dob)
            {
                persons = persons.Where(p => p.Geboortedatum == dob);
                if (name.Length > 0)
                {
                    persons = persons.Where(p => p.ZoekNaam.Contains(name) || p.Aliases.Any(a => a.ZoekNaam.Contains(name)));
                }
            }
            else
            {
                // Without a date of birth only prefixes, so the (region, surname) and alias indexes do the work.
                persons = persons.Where(p => p.ZoekAchternaam.StartsWith(name) || p.Aliases.Any(a => a.ZoekNaam.StartsWith(name)));
            }
        }

        var rows = (await persons.OrderBy(p => p.ZoekAchternaam).ThenBy(p => p.Geboortedatum).Take(MaxResults)
                .Select(p => new { p.Id, p.Voornamen, p.Tussenvoegsel, p.Achternaam, p.Geboortedatum, p.Woonplaats, p.Bsn })
                .ToListAsync(cancellationToken))
            .Select(p => new PersonRow(p.Id, string.Join(' ', new[] { p.Voornamen, p.Tussenvoegsel, p.Achternaam }.Where(s => !string.IsNullOrWhiteSpace(s))),
                p.Geboortedatum, p.Woonplaats, PersonProjection.MaskBsn(p.Bsn)))
            .ToList();
        await log.RecordAsync(new AccessRecord(AccessAction.Zoeken, query.Purpose, rows.Select(r => r.Id).ToList(), null, "core", "toegestaan", false,
            "zoekresultaat personen"), cancellationToken);
        return rows;
    }
}
