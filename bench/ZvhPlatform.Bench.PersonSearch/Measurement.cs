using System.Diagnostics;
using ZvhPlatform.Core.Persons;

namespace ZvhPlatform.Bench.PersonSearch;

/// <summary>Latencies of one query kind for the real search (A) and the baseline (B).</summary>
internal sealed class KindResult(QueryKind kind)
{
    public QueryKind Kind { get; } = kind;

    public List<double> RealMs { get; } = [];

    public List<double> BaselineMs { get; } = [];

    /// <summary>Per round: median A / median B of that round.</summary>
    public List<double> RoundRatios { get; } = [];

    public List<int> RowCounts { get; } = [];

    public int Mismatches { get; set; }

    public List<string> MismatchExamples { get; } = [];
}

/// <summary>
/// Runs the searches interleaved: per round, per kind, each search once as A and once as B, the
/// order alternating, so a burst of load from other processes hits both sides alike.
/// </summary>
internal static class Measurement
{
    public static async Task<IReadOnlyList<KindResult>> RunAsync(RealSearch real, BaselineSearch baseline, Workload workload, BenchOptions options)
    {
        var results = Enum.GetValues<QueryKind>().Select(k => new KindResult(k)).ToList();

        // Warm-up (round -1): JIT, EF's query cache, connection pools, the database's page cache.
        // Its results are compared between A and B, so the baseline is known to answer the same question.
        foreach (var result in results)
        {
            foreach (var input in workload.Draw(result.Kind, -1, options.QueriesPerRound))
            {
                var a = await real.RunAsync(input);
                var b = await baseline.RunAsync(input);
                if (!SameAnswer(a, b))
                {
                    result.Mismatches++;
                    if (result.MismatchExamples.Count < 3)
                    {
                        result.MismatchExamples.Add($"{input} -> A {a.Count} rows, B {b.Count} rows");
                    }
                }
            }
        }

        for (var round = 0; round < options.Rounds; round++)
        {
            foreach (var result in results)
            {
                var a = new List<double>(options.QueriesPerRound);
                var b = new List<double>(options.QueriesPerRound);
                var inputs = workload.Draw(result.Kind, round, options.QueriesPerRound);
                for (var i = 0; i < inputs.Count; i++)
                {
                    if ((i + round) % 2 == 0)
                    {
                        a.Add(await TimeAsync(() => real.RunAsync(inputs[i]), result.RowCounts));
                        b.Add(await TimeAsync(() => baseline.RunAsync(inputs[i]), null));
                    }
                    else
                    {
                        b.Add(await TimeAsync(() => baseline.RunAsync(inputs[i]), null));
                        a.Add(await TimeAsync(() => real.RunAsync(inputs[i]), result.RowCounts));
                    }
                }

                result.RealMs.AddRange(a);
                result.BaselineMs.AddRange(b);
                result.RoundRatios.Add(Median(a) / Median(b));
            }

            Console.Error.Write($"\rround {round + 1} / {options.Rounds}");
        }

        Console.Error.WriteLine();
        return results;
    }

    public static double Median(IReadOnlyCollection<double> values)
    {
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /// <summary>Nearest-rank percentile.</summary>
    public static double Percentile(IReadOnlyCollection<double> values, double percentile)
    {
        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    private static async Task<double> TimeAsync(Func<Task<IReadOnlyList<PersonRow>>> search, List<int>? rowCounts)
    {
        var start = Stopwatch.GetTimestamp();
        var rows = await search();
        var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        rowCounts?.Add(rows.Count);
        return elapsed;
    }

    /// <summary>
    /// Same persons when fewer than the cap came back. At the cap, ties in (surname, date of birth)
    /// may be cut differently, but the sequence of sort keys, and so of dates of birth, is fixed.
    /// </summary>
    private static bool SameAnswer(IReadOnlyList<PersonRow> a, IReadOnlyList<PersonRow> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        return a.Count < 50
            ? a.Select(r => r.Id).Order().SequenceEqual(b.Select(r => r.Id).Order())
            : a.Select(r => r.Geboortedatum).SequenceEqual(b.Select(r => r.Geboortedatum));
    }
}
