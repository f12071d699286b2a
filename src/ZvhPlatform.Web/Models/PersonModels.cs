using ZvhPlatform.Core.Contracts.Regions;
using ZvhPlatform.Core.Features.Persons;
using ZvhPlatform.Core.Persons;

namespace ZvhPlatform.Web.Models;

/// <summary>The person register form.</summary>
public sealed class PersonForm
{
    /// <summary>BSN (optional).</summary>
    public string? Bsn { get; set; }

    /// <summary>Given names.</summary>
    public string? Voornamen { get; set; }

    /// <summary>Prefix (van, de, ...).</summary>
    public string? Tussenvoegsel { get; set; }

    /// <summary>Surname.</summary>
    public string? Achternaam { get; set; }

    /// <summary>Date of birth.</summary>
    public DateOnly? Geboortedatum { get; set; }

    /// <summary>Gender.</summary>
    public Geslacht Geslacht { get; set; }

    /// <summary>Street and number.</summary>
    public string? Adres { get; set; }

    /// <summary>Postcode.</summary>
    public string? Postcode { get; set; }

    /// <summary>Place.</summary>
    public string? Woonplaats { get; set; }

    /// <summary>Municipality of registration (CBS code).</summary>
    public string? GemeenteCode { get; set; }

    /// <summary>Phone.</summary>
    public string? Telefoon { get; set; }

    /// <summary>E-mail.</summary>
    public string? Email { get; set; }

    /// <summary>Aliases, one per line.</summary>
    public string? Aliassen { get; set; }

    /// <summary>Purpose of this registration or change.</summary>
    public string? Doel { get; set; }

    /// <summary>Version the editor saw.</summary>
    public long Version { get; set; }

    internal PersonInput ToInput() => new(Bsn, Voornamen, Tussenvoegsel, Achternaam, Geboortedatum, Geslacht, Adres, Postcode, Woonplaats,
        GemeenteCode, Telefoon, Email, (Aliassen ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    internal static PersonForm From(PersonDetails d, string purpose) => new()
    {
        Bsn = d.Input.Bsn, Voornamen = d.Input.Voornamen, Tussenvoegsel = d.Input.Tussenvoegsel, Achternaam = d.Input.Achternaam,
        Geboortedatum = d.Input.Geboortedatum, Geslacht = d.Input.Geslacht, Adres = d.Input.Adres, Postcode = d.Input.Postcode,
        Woonplaats = d.Input.Woonplaats, GemeenteCode = d.Input.GemeenteCode, Telefoon = d.Input.Telefoon, Email = d.Input.Email,
        Aliassen = string.Join("\n", d.Input.Aliassen), Doel = purpose, Version = d.Version,
    };
}

/// <summary>The search form and its results.</summary>
internal sealed record PersonSearchViewModel(string? Bsn, string? Naam, DateOnly? Geboortedatum, string? Doel,
    IReadOnlyList<PersonRow>? Results, IReadOnlyList<string> Errors, bool CanRegister);

/// <summary>The register/correct form page.</summary>
internal sealed record PersonFormViewModel(Guid? Id, PersonForm Form, IReadOnlyList<GemeenteInfo> Gemeenten, IReadOnlyList<string> Errors);

/// <summary>A person's page.</summary>
internal sealed record PersonPageViewModel(PersonDetails Person, string Doel, IReadOnlyList<PersonRow> PossibleDuplicates, bool CanCorrect,
    bool CanStartCase = false, IReadOnlyList<ZvhPlatform.Core.Features.Casework.PersonCaseRow>? Cases = null);

/// <summary>The bekendheidscheck page: regional hits (persons) and national hits (regions only).</summary>
internal sealed record KnownCheckViewModel(string? Bsn, string? Naam, DateOnly? Geboortedatum, IReadOnlyList<PersonRow>? Local,
    IReadOnlyList<NationalMatch>? National, IReadOnlyList<string> Errors);
