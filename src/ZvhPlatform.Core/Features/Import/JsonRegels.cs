using System.Text;
using System.Text.Json;

namespace ZvhPlatform.Core.Features.Import;

/// <summary>A JSON value with the line it starts on, so that every problem in an import file can be reported by line.</summary>
internal sealed class JsonKnoop
{
    public JsonValueKind Soort { get; init; }

    public int Regel { get; init; }

    /// <summary>Strings and numbers as written; true/false as "true"/"false".</summary>
    public string? Tekst { get; init; }

    public List<(string Naam, int Regel, JsonKnoop Waarde)> Velden { get; } = [];

    public List<JsonKnoop> Items { get; } = [];

    public JsonKnoop? Veld(string naam) => Velden.FirstOrDefault(v => v.Naam == naam).Waarde;

    public bool IsLeeg => Soort is JsonValueKind.Null or JsonValueKind.Undefined || (Soort == JsonValueKind.String && string.IsNullOrWhiteSpace(Tekst));
}

/// <summary>One problem in an import file.</summary>
internal sealed record ImportFout(int Regel, string Melding)
{
    public override string ToString() => Regel > 0 ? $"Regel {Regel}: {Melding}" : Melding;
}

/// <summary>Reads a JSON document into <see cref="JsonKnoop"/>s with line numbers (Utf8JsonReader positions mapped to lines).</summary>
internal static class JsonRegels
{
    public static JsonKnoop? Lees(byte[] bestand, List<ImportFout> fouten)
    {
        ArgumentNullException.ThrowIfNull(bestand);
        ArgumentNullException.ThrowIfNull(fouten);
        var begin = bestand.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        var regelStarts = new List<long> { 0 };
        for (var i = 0; i < bestand.Length; i++)
        {
            if (bestand[i] == (byte)'\n')
            {
                regelStarts.Add(i + 1);
            }
        }

        int RegelVan(long positie)
        {
            var index = regelStarts.BinarySearch(positie + begin);
            return (index >= 0 ? index : ~index - 1) + 1;
        }

        var reader = new Utf8JsonReader(bestand.AsSpan(begin), new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 32 });
        try
        {
            if (!reader.Read())
            {
                fouten.Add(new ImportFout(1, "Het bestand is leeg."));
                return null;
            }

            var knoop = LeesWaarde(ref reader, RegelVan, fouten);
            if (reader.Read())
            {
                fouten.Add(new ImportFout(RegelVan(reader.TokenStartIndex), "Na het einde van het document staat nog tekst."));
            }

            return knoop;
        }
        catch (JsonException ex)
        {
            fouten.Add(new ImportFout((int)(ex.LineNumber ?? 0) + 1, "Het bestand is geen geldige JSON: " + (ex.Message.Split(" LineNumber", 2)[0])));
            return null;
        }
    }

    private static JsonKnoop LeesWaarde(ref Utf8JsonReader reader, Func<long, int> regel, List<ImportFout> fouten)
    {
        var start = regel(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
            {
                var knoop = new JsonKnoop { Soort = JsonValueKind.Object, Regel = start };
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var naam = reader.GetString() ?? "";
                    var naamRegel = regel(reader.TokenStartIndex);
                    reader.Read();
                    var waarde = LeesWaarde(ref reader, regel, fouten);
                    if (knoop.Velden.Any(v => v.Naam == naam))
                    {
                        fouten.Add(new ImportFout(naamRegel, $"Het veld '{naam}' staat twee keer in hetzelfde object."));
                        continue;
                    }

                    knoop.Velden.Add((naam, naamRegel, waarde));
                }

                return knoop;
            }

            case JsonTokenType.StartArray:
            {
                var knoop = new JsonKnoop { Soort = JsonValueKind.Array, Regel = start };
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    knoop.Items.Add(LeesWaarde(ref reader, regel, fouten));
                }

                return knoop;
            }

            case JsonTokenType.String:
                return new JsonKnoop { Soort = JsonValueKind.String, Regel = start, Tekst = reader.GetString() };
            case JsonTokenType.Number:
                return new JsonKnoop { Soort = JsonValueKind.Number, Regel = start, Tekst = Encoding.UTF8.GetString(reader.ValueSpan) };
            case JsonTokenType.True:
                return new JsonKnoop { Soort = JsonValueKind.True, Regel = start, Tekst = "true" };
            case JsonTokenType.False:
                return new JsonKnoop { Soort = JsonValueKind.False, Regel = start, Tekst = "false" };
            default:
                return new JsonKnoop { Soort = JsonValueKind.Null, Regel = start };
        }
    }
}
