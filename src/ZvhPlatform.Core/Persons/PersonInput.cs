using System.Globalization;
using ZvhPlatform.Core.Contracts.Persons;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Persons;

/// <summary>The fields of a person as entered in the register form.</summary>
internal sealed record PersonInput(
    string? Bsn, string? Voornamen, string? Tussenvoegsel, string? Achternaam, DateOnly? Geboortedatum, Geslacht Geslacht,
    string? Adres, string? Postcode, string? Woonplaats, string? GemeenteCode, string? Telefoon, string? Email,
    IReadOnlyList<string> Aliassen);

/// <summary>The rules every person record obeys, shared by registering and correcting.</summary>
internal static class PersonRules
{
    public static IEnumerable<ValidationProblem> Check(PersonInput input, DateOnly today)
    {
        if (!string.IsNullOrWhiteSpace(input.Bsn) && !ZvhPlatform.Core.Contracts.Persons.Bsn.IsValid(input.Bsn))
        {
            yield return new(nameof(input.Bsn), "Dit is geen geldig BSN (het voldoet niet aan de elfproef). Laat het veld leeg als de persoon geen BSN heeft.");
        }

        if (string.IsNullOrWhiteSpace(input.Achternaam))
        {
            yield return new(nameof(input.Achternaam), "Vul de achternaam in.");
        }

        if (Longer(input.Voornamen, 200) || Longer(input.Achternaam, 200) || Longer(input.Tussenvoegsel, 20))
        {
            yield return new(nameof(input.Achternaam), "Een naam is te lang.");
        }

        if (input.Geboortedatum is { } dob && (dob > today || dob < new DateOnly(1900, 1, 1)))
        {
            yield return new(nameof(input.Geboortedatum), "De geboortedatum ligt in de toekomst of vóór 1900.");
        }

        if (!Enum.IsDefined(input.Geslacht))
        {
            yield return new(nameof(input.Geslacht), "Kies een geslacht.");
        }

        if (!string.IsNullOrWhiteSpace(input.Postcode) && !IsPostcode(input.Postcode))
        {
            yield return new(nameof(input.Postcode), "Vul een postcode in als 1234 AB.");
        }

        if (!string.IsNullOrWhiteSpace(input.Email) && (!input.Email.Contains('@', StringComparison.Ordinal) || Longer(input.Email, 200)))
        {
            yield return new(nameof(input.Email), "Vul een geldig e-mailadres in.");
        }

        if (Longer(input.Adres, 200) || Longer(input.Woonplaats, 100) || Longer(input.Telefoon, 30))
        {
            yield return new(nameof(input.Adres), "Een adres-, woonplaats- of telefoonveld is te lang.");
        }

        if (input.Aliassen.Count > 20 || input.Aliassen.Any(a => Longer(a, 200)))
        {
            yield return new(nameof(input.Aliassen), "Maximaal 20 aliassen van elk maximaal 200 tekens.");
        }
    }

    public static void Apply(Person person, PersonInput input)
    {
        person.Bsn = ZvhPlatform.Core.Contracts.Persons.Bsn.Normalize(input.Bsn);
        person.Voornamen = input.Voornamen?.Trim() ?? "";
        person.Tussenvoegsel = Clean(input.Tussenvoegsel);
        person.Achternaam = input.Achternaam?.Trim() ?? "";
        person.Geboortedatum = input.Geboortedatum;
        person.Geslacht = input.Geslacht;
        person.Adres = Clean(input.Adres);
        person.Postcode = string.IsNullOrWhiteSpace(input.Postcode) ? null : FormatPostcode(input.Postcode);
        person.Woonplaats = Clean(input.Woonplaats);
        person.GemeenteCode = Clean(input.GemeenteCode)?.ToUpperInvariant();
        person.Telefoon = Clean(input.Telefoon);
        person.Email = Clean(input.Email);
        person.RefreshSearchFields();
    }

    /// <summary>The recorded fields as label → value, to describe changes in the history.</summary>
    public static SortedDictionary<string, string> Describe(Person p) => new(StringComparer.Ordinal)
    {
        ["BSN"] = p.Bsn ?? "",
        ["Voornamen"] = p.Voornamen,
        ["Tussenvoegsel"] = p.Tussenvoegsel ?? "",
        ["Achternaam"] = p.Achternaam,
        ["Geboortedatum"] = p.Geboortedatum?.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture) ?? "",
        ["Geslacht"] = p.Geslacht.ToString(),
        ["Adres"] = p.Adres ?? "",
        ["Postcode"] = p.Postcode ?? "",
        ["Woonplaats"] = p.Woonplaats ?? "",
        ["Gemeente"] = p.GemeenteCode ?? "",
        ["Telefoon"] = p.Telefoon ?? "",
        ["E-mail"] = p.Email ?? "",
        ["Aliassen"] = string.Join(", ", p.Aliases.Select(a => a.Naam).Order(StringComparer.Ordinal)),
    };

    public static string Diff(IDictionary<string, string> before, IDictionary<string, string> after) =>
        string.Join("\n", after.Where(kv => before[kv.Key] != kv.Value)
            .Select(kv => $"{kv.Key}: {(before[kv.Key].Length == 0 ? "(leeg)" : before[kv.Key])} → {(kv.Value.Length == 0 ? "(leeg)" : kv.Value)}"));

    /// <summary>
    /// Makes the aliases match the names; returns the new ones, which the caller must add to the
    /// context explicitly (EF would take a new child with a preset key for an existing row).
    /// </summary>
    public static IReadOnlyList<PersonAlias> SyncAliases(Person person, IEnumerable<string> names)
    {
        var wanted = names.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        person.Aliases.RemoveAll(a => !wanted.Contains(a.Naam, StringComparer.OrdinalIgnoreCase));
        var added = wanted.Where(n => !person.Aliases.Any(a => string.Equals(a.Naam, n, StringComparison.OrdinalIgnoreCase)))
            .Select(name => new PersonAlias { PersonId = person.Id, Naam = name, ZoekNaam = Person.Normalize(name) })
            .ToList();
        person.Aliases.AddRange(added);
        return added;
    }

    private static bool Longer(string? value, int max) => value is not null && value.Length > max;

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool IsPostcode(string value)
    {
        var v = value.Replace(" ", "", StringComparison.Ordinal);
        return v.Length == 6 && v[..4].All(char.IsAsciiDigit) && v[0] != '0' && v[4..].All(char.IsAsciiLetter);
    }

    private static string FormatPostcode(string value)
    {
        var v = value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        return $"{v[..4]} {v[4..]}";
    }
}

/// <summary>A person as shown in lists: no more than needed to recognise them.</summary>
internal sealed record PersonRow(Guid Id, string Naam, DateOnly? Geboortedatum, string? Woonplaats, string? BsnLaatsteCijfers);

internal static class PersonProjection
{
    public static string? MaskBsn(string? bsn) => bsn is null ? null : "•••••" + bsn[^4..];
}
