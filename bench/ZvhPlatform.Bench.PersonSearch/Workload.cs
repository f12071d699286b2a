using ZvhPlatform.Core.Persons;

namespace ZvhPlatform.Bench.PersonSearch;

/// <summary>The three ways a coordinator searches, as measured.</summary>
internal enum QueryKind
{
    /// <summary>BSN, exact.</summary>
    Bsn,

    /// <summary>The first 3 to 5 letters of the surname (with tussenvoegsel), no date of birth.</summary>
    SurnamePrefix,

    /// <summary>Four letters from anywhere in the name plus the exact date of birth.</summary>
    NameAndDateOfBirth,
}

/// <summary>One search as the user would type it, and its normalised form for the baseline.</summary>
internal sealed record SearchInput(QueryKind Kind, string? Bsn, string? Naam, DateOnly? Geboortedatum)
{
    public string NormalizedName => Person.Normalize(Naam);
}

/// <summary>What a search can be built from: the searchable fields of one seeded person.</summary>
internal sealed record PersonSample(string? Bsn, string ZoekAchternaam, string ZoekNaam, DateOnly Geboortedatum);

/// <summary>Draws searches for existing persons, reproducibly per seed and round.</summary>
internal sealed class Workload(IReadOnlyList<PersonSample> samples, int seed)
{
    public static string Label(QueryKind kind) => kind switch
    {
        QueryKind.Bsn => "BSN exact",
        QueryKind.SurnamePrefix => "Surname prefix (3-5 letters)",
        _ => "Name fragment + date of birth",
    };

    public IReadOnlyList<SearchInput> Draw(QueryKind kind, int round, int count)
    {
        var random = new Random(HashCode.Combine(seed, round, (int)kind));
        var result = new List<SearchInput>(count);
        while (result.Count < count)
        {
            var p = samples[random.Next(samples.Count)];
            switch (kind)
            {
                case QueryKind.Bsn when p.Bsn is not null:
                    result.Add(new SearchInput(kind, p.Bsn, null, null));
                    break;
                case QueryKind.SurnamePrefix:
                    var length = Math.Min(p.ZoekAchternaam.Length, random.Next(3, 6));
                    result.Add(new SearchInput(kind, null, p.ZoekAchternaam[..length], null));
                    break;
                case QueryKind.NameAndDateOfBirth:
                    var words = p.ZoekNaam.Split(' ').Where(w => w.Length >= 4).ToArray();
                    if (words.Length == 0)
                    {
                        continue;
                    }

                    var word = words[random.Next(words.Length)];
                    var start = random.Next(word.Length - 3);
                    result.Add(new SearchInput(kind, null, word.Substring(start, 4), p.Geboortedatum));
                    break;
            }
        }

        return result;
    }
}
