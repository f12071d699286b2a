using ZvhPlatform.Core.Persons;

namespace ZvhPlatform.Core.Synthetic;

/// <summary>
/// Reproducible, realistic-looking Dutch persons: skewed surname frequencies (many Jansens, few
/// Öztürks), a quarter with a tussenvoegsel, diacritics, about 90% with a valid BSN and 5% with an alias.
/// </summary>
internal static class SyntheticPersons
{
    // Roughly in order of frequency in the Netherlands; the weight below falls with the position.
    private static readonly string[] Surnames =
    [
        "Jong", "Jansen", "Vries", "Berg", "Bakker", "Janssen", "Visser", "Smit", "Meijer", "Boer", "Mulder", "Groot", "Bos", "Vos",
        "Peters", "Hendriks", "Leeuwen", "Dekker", "Brouwer", "Wit", "Dijk", "Kuijpers", "Dijkstra", "Smits", "Graaf", "Meer", "Linden",
        "Kok", "Jacobs", "Haan", "Vermeulen", "Heuvel", "Veen", "Broek", "Bruijn", "Brink", "Willems", "Heijden", "Schouten", "Beek",
        "Verhoeven", "Hoekstra", "Koster", "Prins", "Leeuw", "Postma", "Kuipers", "Huisman", "Wal", "Peeters", "Maas", "Verbeek",
        "Kramer", "Kaya", "Yılmaz", "Öztürk", "Şahin", "Çelik", "Doğan", "El Amrani", "Bouzid", "Ait Taleb", "Benali", "Haddouchi",
        "Nguyễn", "Tran", "Sánchez", "Hernández", "García", "Müller", "Schröder", "Kowalski", "Nowak", "Wiśniewski", "Lindqvist",
        "Ødegaard", "Coşkun", "Ramdin", "Ramcharan", "Sewnath", "Biharie", "Martina", "Isenia", "Girigorie", "Gouverneur",
        "Duijvestijn", "Eijkelenboom", "Feenstra", "IJzerman", "IJsselmuiden", "Looijenga", "Reijnders", "Rietveld", "Sijbrands",
        "Teunissen", "Uiterwijk", "Vlaming", "Wolters", "Zwart", "Ekström", "Hoogeveen", "Kloosterboer", "Oosterhuis", "Pauwels",
    ];

    // Surnames that almost always come with this tussenvoegsel.
    private static readonly Dictionary<string, string> UsualTussenvoegsel = new(StringComparer.Ordinal)
    {
        ["Jong"] = "de", ["Vries"] = "de", ["Berg"] = "van den", ["Boer"] = "de", ["Groot"] = "de", ["Leeuwen"] = "van",
        ["Wit"] = "de", ["Dijk"] = "van", ["Graaf"] = "de", ["Meer"] = "van der", ["Linden"] = "van der", ["Haan"] = "de",
        ["Heuvel"] = "van den", ["Veen"] = "van der", ["Broek"] = "van den", ["Bruijn"] = "de", ["Brink"] = "van den",
        ["Heijden"] = "van der", ["Beek"] = "van", ["Leeuw"] = "de", ["Wal"] = "van der",
    };

    private static readonly string[] OtherTussenvoegsels = ["van", "van de", "van 't", "ter", "in 't", "op den", "te", "d'"];

    private static readonly string[] FirstNamesMale =
    [
        "Jan", "Pieter", "Henk", "Kees", "Willem", "Johannes", "Cornelis", "Hendrik", "Gerrit", "Dirk", "Bram", "Daan", "Sem", "Lucas",
        "Noah", "Liam", "Finn", "Levi", "Milan", "Thijs", "Ruben", "Jesse", "Stijn", "Joris", "Mohamed", "Ahmed", "Youssef", "Mehmet",
        "Emre", "Daniël", "Raphaël", "Noël", "Michiel", "Gijs", "Sjoerd", "Wouter", "Jeroen", "Maarten", "Rémy", "José", "Zoltán",
    ];

    private static readonly string[] FirstNamesFemale =
    [
        "Maria", "Anna", "Johanna", "Cornelia", "Wilhelmina", "Emma", "Julia", "Sophie", "Tess", "Zoë", "Mila", "Sara", "Fleur", "Lotte",
        "Eva", "Noor", "Lieke", "Anouk", "Sanne", "Iris", "Fatima", "Khadija", "Aïcha", "Ayşe", "Elif", "Chloë", "Anaïs", "Inès",
        "Renée", "Hélène", "Marjolein", "Ingrid", "Petra", "Annemieke", "Femke", "Mirjam", "Esmée", "Daphné", "Naomi", "Yasmina",
    ];

    private static readonly string[] Woonplaatsen =
    [
        "Utrecht", "Amersfoort", "Nieuwegein", "Zeist", "Veenendaal", "Houten", "IJsselstein", "Woerden", "Leusden", "De Bilt",
        "Stichtse Vecht", "Soest", "Baarn", "Wijk bij Duurstede", "Bunnik", "Vijfheerenlanden", "Lopik", "Montfoort", "Oudewater",
        "Rhenen", "Renswoude", "Woudenberg", "Utrechtse Heuvelrug", "De Ronde Venen", "Eemnes", "Bunschoten",
    ];

    private static readonly string[] AliasNicknames = ["Sjaak", "Kobus", "Moos", "Rooie", "Lange", "Kleine", "Mo", "Joep", "Tieme", "Pim", "Bas"];

    /// <summary>Cumulative weights ~ 1/(rank+8): the head is common, the tail rare, none absent.</summary>
    private static readonly double[] SurnameCumulative = Cumulative(Surnames.Length);

    /// <summary>Generates <paramref name="count"/> persons for <paramref name="regionId"/>, the same ones for the same seed.</summary>
    public static IEnumerable<Person> Generate(int count, int seed, Guid regionId, DateTime registeredUtc,
        IReadOnlyList<(string CbsCode, string Name)>? gemeenten = null)
    {
        var random = new Random(seed);
        var bsns = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var male = random.Next(2) == 0;
            var surname = Surnames[Pick(random, SurnameCumulative)];
            var tussenvoegsel = UsualTussenvoegsel.TryGetValue(surname, out var usual) && random.NextDouble() < 0.95 ? usual
                : random.NextDouble() < 0.04 ? OtherTussenvoegsels[random.Next(OtherTussenvoegsels.Length)] : null;
            var firstNames = male ? FirstNamesMale : FirstNamesFemale;
            var voornamen = firstNames[random.Next(firstNames.Length)];
            if (random.NextDouble() < 0.3)
            {
                voornamen += " " + firstNames[random.Next(firstNames.Length)];
            }

            var person = new Person
            {
                Id = GuidFrom(random),
                RegionId = regionId,
                Bsn = random.NextDouble() < 0.9 ? UniqueBsn(random, bsns) : null,
                Voornamen = voornamen,
                Tussenvoegsel = tussenvoegsel,
                Achternaam = surname,
                Geboortedatum = new DateOnly(1940, 1, 1).AddDays(random.Next(365 * 70)),
                Geslacht = male ? Geslacht.Man : Geslacht.Vrouw,
                Woonplaats = Woonplaatsen[random.Next(Woonplaatsen.Length)],
                RegisteredUtc = registeredUtc,
            };
            if (gemeenten is { Count: > 0 })
            {
                var gemeente = gemeenten[random.Next(gemeenten.Count)];
                person.GemeenteCode = gemeente.CbsCode;
                person.Woonplaats = gemeente.Name;
            }

            person.RefreshSearchFields();
            if (random.NextDouble() < 0.05)
            {
                var alias = random.NextDouble() < 0.5
                    ? AliasNicknames[random.Next(AliasNicknames.Length)] + " " + surname
                    : voornamen.Split(' ')[0] + " " + Surnames[Pick(random, SurnameCumulative)];
                person.Aliases.Add(new PersonAlias { Id = GuidFrom(random), RegionId = regionId, PersonId = person.Id, Naam = alias, ZoekNaam = Person.Normalize(alias) });
            }

            yield return person;
        }
    }

    /// <summary>A nine-digit number that passes the elfproef: the check digit is chosen to make it so.</summary>
    public static string ValidBsn(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        while (true)
        {
            Span<int> digits = stackalloc int[9];
            var sum = 0;
            for (var i = 0; i < 8; i++)
            {
                digits[i] = random.Next(10);
                sum += (9 - i) * digits[i];
            }

            // 9*d1 + ... + 2*d8 - d9 ≡ 0 (mod 11)  =>  d9 = sum mod 11, which must be a single digit.
            var check = sum % 11;
            if (check == 10 || sum == 0)
            {
                continue;
            }

            digits[8] = check;
            return string.Concat(digits.ToArray());
        }
    }

    private static string UniqueBsn(Random random, HashSet<string> used)
    {
        string bsn;
        do
        {
            bsn = ValidBsn(random);
        }
        while (!used.Add(bsn));

        return bsn;
    }

    /// <summary>A reproducible GUID from the generator's random stream.</summary>
    internal static Guid GuidFrom(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private static double[] Cumulative(int length)
    {
        var result = new double[length];
        var total = 0.0;
        for (var i = 0; i < length; i++)
        {
            total += 1.0 / (i + 8);
            result[i] = total;
        }

        for (var i = 0; i < length; i++)
        {
            result[i] /= total;
        }

        return result;
    }

    private static int Pick(Random random, double[] cumulative)
    {
        var index = Array.BinarySearch(cumulative, random.NextDouble());
        return Math.Min(index < 0 ? ~index : index, cumulative.Length - 1);
    }
}
