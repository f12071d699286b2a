using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;

namespace ZvhPlatform.Core.Privacy;

/// <summary>What the person register holds about a person: the record, aliases and its change history.</summary>
internal sealed class PersonRegisterDataSource(CoreDbContext db) : IPersonDataSource
{
    public string ModuleId => "core";

    public string DisplayName => "Personenregister";

    public async Task<IReadOnlyList<PersonDataSection>> ExportAsync(Guid personId, CancellationToken cancellationToken)
    {
        var p = await db.Persons.AsNoTracking().Include(x => x.Aliases).SingleOrDefaultAsync(x => x.Id == personId, cancellationToken);
        if (p is null)
        {
            return [];
        }

        var gemeente = p.GemeenteCode is null ? null
            : await db.Gemeenten.Where(g => g.CbsCode == p.GemeenteCode).Select(g => g.Name).FirstOrDefaultAsync(cancellationToken);
        var record = new List<PersonDataRow>
        {
            new("BSN", p.Bsn ?? "geen"),
            new("Voornamen", p.Voornamen),
            new("Tussenvoegsel", p.Tussenvoegsel ?? ""),
            new("Achternaam", p.Achternaam),
            new("Geboortedatum", p.Geboortedatum?.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture) ?? "onbekend"),
            new("Geslacht", p.Geslacht.ToString()),
            new("Adres", p.Adres ?? ""),
            new("Postcode", p.Postcode ?? ""),
            new("Woonplaats", p.Woonplaats ?? ""),
            new("Gemeente van inschrijving", gemeente ?? p.GemeenteCode ?? ""),
            new("Telefoon", p.Telefoon ?? ""),
            new("E-mail", p.Email ?? ""),
            new("Geregistreerd op", p.RegisteredUtc.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)),
        };
        var sections = new List<PersonDataSection> { new("Persoonsgegevens", record) };
        if (p.Aliases.Count > 0)
        {
            sections.Add(new("Andere namen (aliassen)",
                p.Aliases.Select(a => a.Naam).Order(StringComparer.Ordinal).Select(n => new PersonDataRow("Alias", n)).ToList()));
        }

        // Which staff member made a change is not the data subject's data; the action and the change are.
        var history = await db.PersonChanges.AsNoTracking().Where(c => c.PersonId == personId).OrderBy(c => c.ChangedUtc)
            .Select(c => new { c.ChangedUtc, c.Action, c.Details }).ToListAsync(cancellationToken);
        sections.Add(new("Wijzigingen in het register", history.Select(h => new PersonDataRow(
            h.ChangedUtc.ToString("dd-MM-yyyy HH:mm", CultureInfo.InvariantCulture), $"{h.Action}: {h.Details}")).ToList()));
        return sections;
    }
}

/// <summary>
/// The data subject's view of the access log: which organisation, in which role, did what and why,
/// never the names of the people who did it (NEN 7513, WGS).
/// </summary>
internal sealed class AccessOverviewDataSource(AuditDbContext db) : IPersonDataSource
{
    public string ModuleId => "core";

    public string DisplayName => "Wie heeft uw gegevens gebruikt";

    public async Task<IReadOnlyList<PersonDataSection>> ExportAsync(Guid personId, CancellationToken cancellationToken)
    {
        var entries = await db.Entries.AsNoTracking().Where(e => e.Persons.Any(p => p.PersonId == personId)).OrderBy(e => e.Sequence)
            .Select(e => new { e.OccurredUtc, e.Organisation, e.Role, e.Action, e.Purpose, e.Subject, e.ModuleId })
            .ToListAsync(cancellationToken);
        var rows = entries.Select(e => new PersonDataRow(
            e.OccurredUtc.ToString("dd-MM-yyyy HH:mm", CultureInfo.InvariantCulture),
            $"{(string.IsNullOrWhiteSpace(e.Organisation) ? "onbekende organisatie" : e.Organisation)} ({(string.IsNullOrWhiteSpace(e.Role) ? "systeem" : e.Role)})" +
            $" - {ActionText(e.Action)} - doel: {e.Purpose} - gegevens: {e.Subject}")).ToList();
        return [new PersonDataSection("Toegang tot uw gegevens", rows)];
    }

    private static string ActionText(AccessAction action) => action switch
    {
        AccessAction.Aanmaken => "vastgelegd",
        AccessAction.Inzien => "ingezien",
        AccessAction.Wijzigen => "gewijzigd",
        AccessAction.Verwijderen => "verwijderd",
        AccessAction.Zoeken => "gevonden bij zoeken",
        AccessAction.Exporteren => "geëxporteerd",
        AccessAction.Samenvoegen => "samengevoegd",
        AccessAction.Overdragen => "overgedragen",
        _ => action.ToString(),
    };
}
