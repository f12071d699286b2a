using System.Globalization;
using ZvhPlatform.Kernel.Data;

namespace ZvhPlatform.Bench.PersonSearch;

/// <summary>Command-line options; every one has a default so a bare run measures 100,000 persons on SQLite.</summary>
internal sealed record BenchOptions
{
    public int Persons { get; init; } = 100_000;

    public int Seed { get; init; } = 20250602;

    public DatabaseProvider Provider { get; init; } = DatabaseProvider.Sqlite;

    /// <summary>PostgreSQL: an admin connection; the bench creates (and afterwards drops) its own database.</summary>
    public string? Connection { get; init; }

    public int Rounds { get; init; } = 20;

    public int QueriesPerRound { get; init; } = 50;

    public int BatchSize { get; init; } = 5_000;

    public string Output { get; init; } = Path.Combine("bench", "results", "person-search.md");

    /// <summary>Keeps the database afterwards (to inspect plans by hand).</summary>
    public bool Keep { get; init; }

    public const string Usage =
        "Usage: ZvhPlatform.Bench.PersonSearch [--persons N] [--seed S] [--provider Sqlite|PostgreSql] [--connection CS] " +
        "[--rounds R] [--queries Q] [--batch B] [--out FILE] [--keep]";

    public static BenchOptions Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--persons" => options with { Persons = Positive(Value()) },
                "--seed" => options with { Seed = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--provider" => options with { Provider = Enum.Parse<DatabaseProvider>(Value(), ignoreCase: true) },
                "--connection" => options with { Connection = Value() },
                "--rounds" => options with { Rounds = Positive(Value()) },
                "--queries" => options with { QueriesPerRound = Positive(Value()) },
                "--batch" => options with { BatchSize = Positive(Value()) },
                "--out" => options with { Output = Value() },
                "--keep" => options with { Keep = true },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }

        if (options.Provider == DatabaseProvider.SqlServer)
        {
            throw new ArgumentException("SQL Server is only compiled and scripted in this project; measure Sqlite or PostgreSql.");
        }

        if (options.Provider == DatabaseProvider.PostgreSql && string.IsNullOrWhiteSpace(options.Connection))
        {
            options = options with { Connection = Environment.GetEnvironmentVariable("ZVH_TEST_POSTGRES") };
            if (string.IsNullOrWhiteSpace(options.Connection))
            {
                throw new ArgumentException("PostgreSql needs --connection (an admin connection string) or ZVH_TEST_POSTGRES.");
            }
        }

        return options;
    }

    private static int Positive(string value)
    {
        var n = int.Parse(value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        return n > 0 ? n : throw new ArgumentException($"{value} must be positive.");
    }
}
