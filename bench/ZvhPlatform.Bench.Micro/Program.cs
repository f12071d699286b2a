using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ZvhPlatform.Bench.Micro;

// verify PROVIDER CONNECTION [REGION] [MODULE]: the old and the new report computation must agree on an existing database.
if (args.Length >= 3 && args[0] == "verify")
{
    return await RapportageVergelijking.RunAsync(args[1], args[2], args.Length > 3 ? args[3] : "synth-01", args.Length > 4 ? args[4] : "coveca");
}

// profile PROVIDER CONNECTION [REGION] [MODULE] [YEAR]: the new report with the duration of every statement.
if (args.Length >= 3 && args[0] == "profile")
{
    return await RapportageVergelijking.ProfileAsync(args[1], args[2], args.Length > 3 ? args[3] : "synth-01", args.Length > 4 ? args[4] : "coveca",
        args.Length > 5 ? int.Parse(args[5], System.Globalization.CultureInfo.InvariantCulture) : 2025);
}

// In-process: the repository's analyzers and warnings-as-errors would otherwise apply to the project
// BenchmarkDotNet generates per benchmark; a short job keeps the whole run to a few minutes on 2 cores.
var config = ManualConfig.CreateMinimumViable()
    .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
    .AddExporter(MarkdownExporter.GitHub)
    .WithArtifactsPath(args.Length > 0 ? args[0] : Path.Combine("bench", "results", "micro"));
BenchmarkRunner.Run([typeof(QueryBenchmarks), typeof(PagingBenchmarks)], config);
return 0;
