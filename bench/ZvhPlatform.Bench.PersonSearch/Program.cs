using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using ZvhPlatform.Bench.PersonSearch;
using ZvhPlatform.Kernel.Data;

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException)
{
    await Console.Error.WriteLineAsync(ex.Message);
    await Console.Error.WriteLineAsync(BenchOptions.Usage);
    return 64;
}

await Console.Error.WriteLineAsync($"person-search bench: {options.Persons:N0} persons on {options.Provider}");
await using var environment = await BenchEnvironment.CreateAsync(options);
environment.SignIn();
var load = await PersonBulkLoader.LoadAsync(environment, options);
await Console.Error.WriteLineAsync($"seeded in {load.Elapsed.TotalSeconds:F1} s; measuring");

var real = new RealSearch(environment);
await using var baseline = new BaselineSearch(environment);
var workload = new Workload(load.Samples, options.Seed);
var results = await Measurement.RunAsync(real, baseline, workload, options);

// Plans of one representative search per kind, for the real SQL and the baseline's.
var plans = new List<(QueryKind Kind, SearchInput Input, string RealSql, string RealPlan, double RealSqlMs, string BaselineSql, string BaselinePlan, double BaselineMs,
    string FilterFixedPlan)>();
using (var capture = new QueryPlans())
{
    foreach (var kind in Enum.GetValues<QueryKind>())
    {
        var input = workload.Draw(kind, int.MaxValue, 1)[0];
        var commands = await capture.CaptureAsync(() => real.RunAsync(input));
        var (realSql, realParameters) = commands.Count > 0 ? commands[0] : throw new InvalidOperationException("The SQL of the real search was not captured.");
        var realPlan = await QueryPlans.ExplainAsync(baseline, options.Provider, realSql, realParameters);
        var fixedSql = QueryPlans.WithoutCrossRegionSwitch(realSql);
        var fixedParameters = realParameters.Where(p => fixedSql.Contains("@" + p.Name, StringComparison.Ordinal)).ToList();
        var (baselineSql, baselineParameters) = baseline.Build(input);
        plans.Add((kind, input, realSql, realPlan, await QueryPlans.TimeAsync(baseline, realSql, realParameters),
            baselineSql, await QueryPlans.ExplainAsync(baseline, options.Provider, baselineSql, baselineParameters),
            await QueryPlans.TimeAsync(baseline, baselineSql, baselineParameters),
            // Only explained, never run: on SQLite without statistics that plan can be quadratic (see README).
            await QueryPlans.ExplainAsync(baseline, options.Provider, fixedSql, fixedParameters)));
    }
}

var report = await ReportAsync();
var output = Path.GetFullPath(options.Output);
Directory.CreateDirectory(Path.GetDirectoryName(output)!);
await File.WriteAllTextAsync(output, report);
Console.WriteLine(report);
await Console.Error.WriteLineAsync($"written to {output}");
return results.Any(r => r.Mismatches > 0) ? 1 : 0;

async Task<string> ReportAsync()
{
    var inv = CultureInfo.InvariantCulture;
    var md = new StringBuilder();
    md.AppendLine(inv, $"# Person search at {options.Persons:N0} persons ({options.Provider})");
    md.AppendLine();
    md.AppendLine(inv, $"Produced by `build/bench.sh --persons {options.Persons} --provider {options.Provider}` on {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC.");
    md.AppendLine("Absolute milliseconds depend on the machine and on what else ran; read the ratios (see bench/README.md).");
    md.AppendLine();
    md.AppendLine("| Setting | Value |");
    md.AppendLine("|---|---|");
    md.AppendLine(inv, $"| Machine | {CpuModel()}, {Environment.ProcessorCount} logical cores, {RuntimeInformation.OSDescription} |");
    md.AppendLine(inv, $"| Runtime | {RuntimeInformation.FrameworkDescription}, {(IsRelease() ? "Release" : "Debug")} build |");
    md.AppendLine(inv, $"| Database | {await DatabaseVersionAsync()} |");
    md.AppendLine(inv, $"| Data | {load.Persons:N0} persons in one region, {100.0 * load.WithBsn / load.Persons:F1}% with a BSN, {load.Aliases:N0} aliases; seed {options.Seed} |");
    md.AppendLine(inv, $"| Seeding | {load.Elapsed.TotalSeconds:F1} s through the app's CoreDbContext in batches of {options.BatchSize:N0} (migrations and demo data: {environment.MigrateAndSeedDemoTime.TotalSeconds:F1} s) |");
    md.AppendLine(inv, $"| Measurement | warm-up round, then {options.Rounds} rounds × {options.QueriesPerRound} searches per kind; each search once as A and once as B, order alternating |");
    md.AppendLine();
    md.AppendLine("| Search | Rows (mean) | A median ms | A p99 ms | B median ms | B p99 ms | Ratio A/B (median of rounds) | A p99 ≤ 100 ms |");
    md.AppendLine("|---|---:|---:|---:|---:|---:|---:|:---:|");
    foreach (var r in results)
    {
        var p99 = Measurement.Percentile(r.RealMs, 99);
        md.AppendLine(inv,
            $"| {Workload.Label(r.Kind)} | {r.RowCounts.Average():F1} | {Measurement.Median(r.RealMs):F2} | {p99:F2} | {Measurement.Median(r.BaselineMs):F2} | {Measurement.Percentile(r.BaselineMs, 99):F2} | {Measurement.Median(r.RoundRatios):F2} | {(p99 <= 100 ? "yes" : "**no**")} |");
    }

    md.AppendLine();
    md.AppendLine("**How to read it.** A is the real search: a new DI scope in the region, the app's Mediator pipeline " +
                  "(validation, entitlement, authorization, transaction behaviours), `SearchPersons` with its EF Core query, and its " +
                  "access-log append (read the last hash, insert the entry and one row per person shown). B is the thinnest " +
                  "baseline: one hand-written, parameterized ADO.NET query on a pooled connection that uses the same indexes and " +
                  "returns the same rows and columns, with no log. The ratio is taken per round (median A / median B of that round) " +
                  "and the median of those is shown, so load from other processes on this shared machine cancels out. A ratio near 1 " +
                  "means the app adds little to what the database must do anyway; a ratio that grows with the number of persons " +
                  "means the real query is doing more work than the indexed baseline (see its plan below).");
    var mismatches = results.Where(r => r.Mismatches > 0).ToList();
    md.AppendLine();
    md.AppendLine(mismatches.Count == 0
        ? "Before measuring, every warm-up search was run as A and as B and gave the same answer (same persons; at the 50-row cap the same sort keys)."
        : "**A and B disagreed** on: " + string.Join("; ", mismatches.SelectMany(m => m.MismatchExamples)));
    md.AppendLine();
    md.AppendLine("## Query plans");
    foreach (var p in plans)
    {
        md.AppendLine();
        md.AppendLine(inv, $"### {Workload.Label(p.Kind)}: Bsn={p.Input.Bsn ?? "-"}, Naam={p.Input.Naam ?? "-"}, Geboortedatum={p.Input.Geboortedatum?.ToString("yyyy-MM-dd", inv) ?? "-"}");
        md.AppendLine();
        md.AppendLine(inv, $"A, as EF Core generates it (this SQL alone, run raw: {p.RealSqlMs:F2} ms median of 21):");
        md.AppendLine();
        md.AppendLine("```sql");
        md.AppendLine(p.RealSql);
        md.AppendLine("```");
        md.AppendLine();
        md.AppendLine("```text");
        md.AppendLine(p.RealPlan);
        md.AppendLine("```");
        md.AppendLine();
        md.AppendLine("Plan of the same SQL with the region filter reduced to `RegionId = @ef_filter__CurrentRegionId` (no cross-region switch; explained, not run):");
        md.AppendLine();
        md.AppendLine("```text");
        md.AppendLine(p.FilterFixedPlan);
        md.AppendLine("```");
        md.AppendLine();
        md.AppendLine(inv, $"B, the baseline ({p.BaselineMs:F2} ms median of 21):");
        md.AppendLine();
        md.AppendLine("```sql");
        md.AppendLine(p.BaselineSql);
        md.AppendLine("```");
        md.AppendLine();
        md.AppendLine("```text");
        md.AppendLine(p.BaselinePlan);
        md.AppendLine("```");
    }

    return md.ToString();
}

async Task<string> DatabaseVersionAsync()
{
    await using var connection = await baseline.OpenAsync();
    await using var command = BaselineSearch.CreateCommand(connection,
        options.Provider == DatabaseProvider.PostgreSql ? "SHOW server_version" : "SELECT sqlite_version()", []);
    var version = Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    return options.Provider == DatabaseProvider.PostgreSql ? $"PostgreSQL {version} (same machine)" : $"SQLite {version} (file, pooled connections)";
}

static string CpuModel()
{
    try
    {
        return File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
               ?? RuntimeInformation.ProcessArchitecture.ToString();
    }
    catch (IOException)
    {
        return RuntimeInformation.ProcessArchitecture.ToString();
    }
}

static bool IsRelease() =>
    typeof(BenchOptions).Assembly.GetCustomAttributes(typeof(System.Diagnostics.DebuggableAttribute), false)
        .OfType<System.Diagnostics.DebuggableAttribute>().All(d => !d.IsJITOptimizerDisabled);
