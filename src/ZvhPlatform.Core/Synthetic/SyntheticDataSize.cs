using System.Globalization;

namespace ZvhPlatform.Core.Synthetic;

/// <summary>How much synthetic data to generate; the named sizes run from a CI smoke test to national scale.</summary>
/// <param name="Regions">Number of synthetic regions; the first is three times the size of the others.</param>
/// <param name="Persons">Persons over all regions.</param>
/// <param name="Cases">Cases over all regions (each with its aanmelding, triage, status history and werkvoorraad place).</param>
/// <param name="Actions">Actions over all cases.</param>
/// <param name="AccessLogLines">Access-log lines over all regions (hash-chained per region).</param>
internal sealed record SyntheticDataSize(int Regions, int Persons, int Cases, int Actions, int AccessLogLines)
{
    /// <summary>The named sizes.</summary>
    public static IReadOnlyDictionary<string, SyntheticDataSize> Named { get; } = new Dictionary<string, SyntheticDataSize>(StringComparer.OrdinalIgnoreCase)
    {
        ["ci"] = new(2, 2_000, 600, 6_000, 20_000),
        ["small"] = new(3, 20_000, 10_000, 100_000, 200_000),
        ["medium"] = new(30, 100_000, 30_000, 300_000, 2_000_000),
        ["national"] = new(30, 1_000_000, 300_000, 3_000_000, 20_000_000),
    };

    /// <summary>Parses a named size, then applies <c>--regions/--persons/--cases/--actions/--log-lines</c> overrides.</summary>
    public static SyntheticDataSize Parse(string? name, Func<string, string?> arg)
    {
        ArgumentNullException.ThrowIfNull(arg);
        if (!Named.TryGetValue(name ?? "ci", out var size))
        {
            throw new ArgumentException($"Onbekende omvang '{name}'. Kies uit: {string.Join(", ", Named.Keys)}.");
        }

        int Override(string option, int value) =>
            arg(option) is { } text ? int.Parse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture) : value;

        return new SyntheticDataSize(Override("--regions", size.Regions), Override("--persons", size.Persons), Override("--cases", size.Cases),
            Override("--actions", size.Actions), Override("--log-lines", size.AccessLogLines));
    }
}
