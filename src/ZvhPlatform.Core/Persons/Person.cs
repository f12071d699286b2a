using System.Globalization;
using System.Text;
using ZvhPlatform.Kernel.Data;

namespace ZvhPlatform.Core.Persons;

/// <summary>Gender as recorded (BRP-like values).</summary>
public enum Geslacht
{
    /// <summary>Not known.</summary>
    Onbekend,

    /// <summary>Man.</summary>
    Man,

    /// <summary>Vrouw.</summary>
    Vrouw,

    /// <summary>X (neither).</summary>
    X,
}

/// <summary>A person in the region's register. BSN is optional: some people have none.</summary>
internal sealed class Person : IRegionOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    public string? Bsn { get; set; }

    public string Voornamen { get; set; } = string.Empty;

    public string? Tussenvoegsel { get; set; }

    public string Achternaam { get; set; } = string.Empty;

    public DateOnly? Geboortedatum { get; set; }

    public Geslacht Geslacht { get; set; }

    public string? Adres { get; set; }

    public string? Postcode { get; set; }

    public string? Woonplaats { get; set; }

    /// <summary>CBS code of the municipality of registration.</summary>
    public string? GemeenteCode { get; set; }

    public string? Telefoon { get; set; }

    public string? Email { get; set; }

    /// <summary>Lowercase, without diacritics: "jan de vries", for searching.</summary>
    public string ZoekNaam { get; set; } = string.Empty;

    /// <summary>Lowercase surname without diacritics, for prefix search and duplicate detection.</summary>
    public string ZoekAchternaam { get; set; } = string.Empty;

    public DateTime RegisteredUtc { get; set; }

    /// <summary>Set when this record was merged into another; it is then hidden from search.</summary>
    public Guid? MergedIntoId { get; set; }

    public long Version { get; set; }

    public List<PersonAlias> Aliases { get; set; } = [];

    public string VolledigeNaam => FullName(Voornamen, Tussenvoegsel, Achternaam);

    /// <summary>"Jan de Vries": for pages that read only the name columns.</summary>
    public static string FullName(string voornamen, string? tussenvoegsel, string achternaam) =>
        string.Join(' ', new[] { voornamen, tussenvoegsel, achternaam }.Where(s => !string.IsNullOrWhiteSpace(s)));

    public void RefreshSearchFields()
    {
        ZoekNaam = Normalize(VolledigeNaam);
        ZoekAchternaam = Normalize(string.Join(' ', new[] { Tussenvoegsel, Achternaam }.Where(s => !string.IsNullOrWhiteSpace(s))));
    }

    /// <summary>Lowercase, diacritics removed, single spaces: how names are compared.</summary>
    public static string Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return string.Empty;
        }

        var decomposed = value.Trim().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (!space)
                {
                    sb.Append(' ');
                }

                space = true;
                continue;
            }

            space = false;
            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }
}

/// <summary>Another name a person is known by.</summary>
internal sealed class PersonAlias : IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    public Guid PersonId { get; set; }

    public string Naam { get; set; } = string.Empty;

    public string ZoekNaam { get; set; } = string.Empty;
}

/// <summary>One change to a person record: who, when, which fields from what to what.</summary>
internal sealed class PersonChange : IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    public Guid PersonId { get; set; }

    public DateTime ChangedUtc { get; set; }

    public string ChangedBy { get; set; } = string.Empty;

    /// <summary>geregistreerd, gewijzigd, samengevoegd, samenvoeging ongedaan.</summary>
    public string Action { get; set; } = string.Empty;

    /// <summary>The changed fields as "Veld: oud → nieuw" lines.</summary>
    public string Details { get; set; } = string.Empty;
}

/// <summary>A merge of two records of one person; undoable for 30 days.</summary>
internal sealed class PersonMerge : IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    public Guid SurvivorId { get; set; }

    public Guid MergedId { get; set; }

    public DateTime MergedUtc { get; set; }

    public string MergedBy { get; set; } = string.Empty;

    /// <summary>Aliases the merge added to the survivor (removed again on undo), comma separated.</summary>
    public string AddedAliasIds { get; set; } = string.Empty;

    public DateTime? UndoneUtc { get; set; }
}
