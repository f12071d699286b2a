using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Persons;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Persons;

/// <summary>A person's record with aliases and history, for a stated purpose; the look is logged.</summary>
[RequiresPermission(CorePermissions.PersonenZoeken)]
internal sealed record ViewPerson(Guid Id, string Purpose) : IQuery<PersonDetails>;

internal sealed record PersonDetails(
    Guid Id, string Naam, PersonInput Input, string? Gemeente, long Version, DateTime RegisteredUtc,
    IReadOnlyList<PersonHistoryRow> History, Guid? MergedIntoId);

internal sealed record PersonHistoryRow(DateTime ChangedUtc, string ChangedBy, string Action, string Details);

internal sealed class ViewPersonValidator : IRequestValidator<ViewPerson>
{
    public IEnumerable<ValidationProblem> Validate(ViewPerson request)
    {
        if (!Purposes.IsKnown(request.Purpose))
        {
            yield return new(nameof(request.Purpose), "Kies het doel waarvoor u deze persoon bekijkt.");
        }
    }
}

internal sealed class ViewPersonHandler(CoreDbContext db, IAccessLog log, ZvhPlatform.Core.Casework.Compartments compartments) : IQueryHandler<ViewPerson, PersonDetails>
{
    public async ValueTask<PersonDetails> Handle(ViewPerson query, CancellationToken cancellationToken)
    {
        if ((await compartments.HiddenPersonsAsync(allRegions: false, cancellationToken)).Contains(query.Id))
        {
            throw new KeyNotFoundException("Persoon niet gevonden.");
        }

        var p = await db.Persons.AsNoTracking().Include(x => x.Aliases).SingleOrDefaultAsync(x => x.Id == query.Id, cancellationToken)
                ?? throw new KeyNotFoundException("Persoon niet gevonden.");
        var gemeente = p.GemeenteCode is null ? null
            : await db.Gemeenten.Where(g => g.CbsCode == p.GemeenteCode).Select(g => g.Name).FirstOrDefaultAsync(cancellationToken);
        var history = await db.PersonChanges.AsNoTracking().Where(c => c.PersonId == p.Id).OrderByDescending(c => c.ChangedUtc)
            .Select(c => new PersonHistoryRow(c.ChangedUtc, c.ChangedBy, c.Action, c.Details)).ToListAsync(cancellationToken);
        await log.RecordAsync(new AccessRecord(AccessAction.Inzien, query.Purpose, [p.Id], null, "core", "toegestaan", false, "persoonsgegevens"),
            cancellationToken);
        var input = new PersonInput(p.Bsn, p.Voornamen, p.Tussenvoegsel, p.Achternaam, p.Geboortedatum, p.Geslacht, p.Adres, p.Postcode,
            p.Woonplaats, p.GemeenteCode, p.Telefoon, p.Email, p.Aliases.Select(a => a.Naam).Order(StringComparer.Ordinal).ToList());
        return new PersonDetails(p.Id, p.VolledigeNaam, input, gemeente, p.Version, p.RegisteredUtc, history, p.MergedIntoId);
    }
}
