using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Features.Rapportage;
using ZvhPlatform.Kernel.Tenancy;
using ZvhPlatform.Web.Hosting;
using RegionInfo = ZvhPlatform.Kernel.Tenancy.RegionInfo;

namespace ZvhPlatform.Bench.Micro;

/// <summary>
/// <c>verify</c>: computes the report of an existing database both ways (<see cref="RapportageInGeheugen"/>, the old
/// in-memory walk, and <see cref="RapportageBerekening"/>, aggregation in the database) for a set of periods and
/// scopes, with and without small-cell suppression, and compares every table cell by cell. Exit code 1 on any difference.
/// </summary>
internal static class RapportageVergelijking
{
    public static async Task<int> RunAsync(string provider, string connectionString, string regionKey, string moduleId)
    {
        var folder = Path.Combine(Path.GetTempPath(), "zvh-bench-verify", Guid.NewGuid().ToString("N"));
        await using var app = BuildHost(provider, connectionString, folder);
        var region = await FindRegionAsync(app, regionKey);

        var gemeenten = await InRegion(app, region, sp => sp.GetRequiredService<ZvhPlatform.Core.Contracts.Regions.IRegionDirectory>().GemeentenAsync());
        var filters = new List<RapportageFilter>();
        for (var j = 2019; j <= 2027; j++)
        {
            filters.Add(new RapportageFilter(moduleId, null, new DateOnly(j, 1, 1), new DateOnly(j, 12, 31)));
        }

        filters.Add(new RapportageFilter(moduleId, null, new DateOnly(2020, 3, 15), new DateOnly(2024, 8, 31)));
        filters.Add(new RapportageFilter(moduleId, null, new DateOnly(2025, 6, 1), new DateOnly(2025, 6, 1)));
        foreach (var sub in new[] { "topx", "ogg", "doorgroeiers" })
        {
            filters.Add(new RapportageFilter(moduleId, sub, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)));
        }

        foreach (var district in gemeenten.Select(g => g.District).OfType<string>().Distinct())
        {
            filters.Add(new RapportageFilter(moduleId, null, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), District: district));
        }

        foreach (var gemeente in gemeenten.Take(3))
        {
            filters.Add(new RapportageFilter(moduleId, null, new DateOnly(2024, 1, 1), new DateOnly(2025, 12, 31), GemeenteCode: gemeente.CbsCode));
        }

        var verschillen = 0;
        var oud = new List<double>();
        var nieuw = new List<double>();
        foreach (var filter in filters)
        {
            foreach (var onderdrukken in new[] { false, true })
            {
                var sw = Stopwatch.StartNew();
                var x = await Probeer(() => InRegion(app, region,
                    sp => ActivatorUtilities.CreateInstance<RapportageInGeheugen>(sp).BerekenAsync(filter, onderdrukken, CancellationToken.None)));
                oud.Add(sw.Elapsed.TotalMilliseconds);
                sw.Restart();
                var y = await Probeer(() => InRegion(app, region, sp => sp.GetRequiredService<RapportageBerekening>().BerekenAsync(filter, onderdrukken, CancellationToken.None)));
                nieuw.Add(sw.Elapsed.TotalMilliseconds);
                if (x != y)
                {
                    verschillen++;
                    Console.WriteLine($"DIFFERENT: {filter} onderdrukken={onderdrukken}");
                    var xl = x.Split('\n');
                    var yl = y.Split('\n');
                    for (var i = 0; i < Math.Max(xl.Length, yl.Length); i++)
                    {
                        var l = i < xl.Length ? xl[i] : "";
                        var r = i < yl.Length ? yl[i] : "";
                        if (l != r)
                        {
                            Console.WriteLine($"  old: {l}\n  new: {r}");
                        }
                    }
                }
            }
        }

        // Warm timings of the page the page benchmark measures: a year of the largest region, suppressed, alternating who goes first.
        var jaar = new RapportageFilter(moduleId, null, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31));
        var warmOud = new List<double>();
        var warmNieuw = new List<double>();
        for (var ronde = 0; ronde < 8; ronde++)
        {
            for (var kant = 0; kant < 2; kant++)
            {
                var oudeKant = (ronde + kant) % 2 == 0;
                var sw = Stopwatch.StartNew();
                _ = oudeKant
                    ? await InRegion(app, region, sp => ActivatorUtilities.CreateInstance<RapportageInGeheugen>(sp).BerekenAsync(jaar, true, CancellationToken.None))
                    : await InRegion(app, region, sp => sp.GetRequiredService<RapportageBerekening>().BerekenAsync(jaar, true, CancellationToken.None));
                (oudeKant ? warmOud : warmNieuw).Add(sw.Elapsed.TotalMilliseconds);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"timing: year 2025, suppressed, 8 rounds: old median {Median(warmOud):0.0} ms (min {warmOud.Min():0.0}), new median {Median(warmNieuw):0.0} ms (min {warmNieuw.Min():0.0})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"verify: {filters.Count * 2} reports compared, {verschillen} different; median old {Median(oud):0} ms, new {Median(nieuw):0} ms (first calls included)"));
        Directory.Delete(folder, recursive: true);
        return verschillen == 0 ? 0 : 1;
    }

    /// <summary>
    /// <c>profile</c>: the new report of a year, suppressed, five times, with EF's command log on, so the duration of
    /// every statement shows (grep "Executed DbCommand"); the last run is the warm one to read.
    /// </summary>
    public static async Task<int> ProfileAsync(string provider, string connectionString, string regionKey, string moduleId, int jaar)
    {
        var folder = Path.Combine(Path.GetTempPath(), "zvh-bench-verify", Guid.NewGuid().ToString("N"));
        await using var app = BuildHost(provider, connectionString, folder, "--Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command=Information");
        var region = await FindRegionAsync(app, regionKey);

        var filter = new RapportageFilter(moduleId, null, new DateOnly(jaar, 1, 1), new DateOnly(jaar, 12, 31));
        for (var run = 1; run <= 5; run++)
        {
            Console.WriteLine($"profile: run {run}");
            var sw = Stopwatch.StartNew();
            await InRegion(app, region, sp => sp.GetRequiredService<RapportageBerekening>().BerekenAsync(filter, true, CancellationToken.None));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"profile: run {run} took {sw.Elapsed.TotalMilliseconds:0} ms"));
        }

        Directory.Delete(folder, recursive: true);
        return 0;
    }

    /// <summary>The app's host on an existing database, without migrations or jobs.</summary>
    private static WebApplication BuildHost(string provider, string connectionString, string folder, params string[] extra)
    {
        Directory.CreateDirectory(folder);
        return ZvhHost.Build(
        [
            "--environment=Benchmark", $"--Database:Provider={provider}", $"--Database:ConnectionString={connectionString}", "--Database:MigrateAtStartup=false",
            $"--Zvh:DataFolder={folder}", "--Jobs:RunServer=false", "--Logging:LogLevel:Default=Warning", .. extra,
        ]);
    }

    private static async Task<RegionInfo> FindRegionAsync(WebApplication app, string regionKey)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IRegionStore>().FindByKeyAsync(regionKey)
               ?? throw new InvalidOperationException($"Region {regionKey} not found.");
    }

    /// <summary>The fingerprint of the report, or of the exception computing it threw (both ways must fail alike).</summary>
    private static async Task<string> Probeer(Func<Task<Rapport>> bereken)
    {
        try
        {
            return Vingerafdruk(await bereken());
        }
        catch (InvalidOperationException ex)
        {
            return $"exception {ex.GetType().Name}: {ex.Message}\n{ex.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains("Onderdrukking", StringComparison.Ordinal))}";
        }
    }

    /// <summary>Every number, suppression state and text of the report, line by line.</summary>
    internal static string Vingerafdruk(Rapport rapport)
    {
        var sb = new StringBuilder();
        foreach (var r in rapport.Caseload)
        {
            sb.Append(CultureInfo.InvariantCulture, $"caseload|{r.Soort}|{r.District}|{r.GemeenteCode}|{r.Naam}|{r.Cijfers}\n");
        }

        foreach (var t in rapport.Tabellen)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{t.Id}|{t.Titel}|{t.Toelichting}|{string.Join(",", t.Kolommen)}|{t.GrafiekKolom}\n");
            foreach (var rij in t.Rijen)
            {
                sb.Append(CultureInfo.InvariantCulture, $"{t.Id}|{rij.Label}|{rij.Totaal}|{rij.Groep}|")
                    .AppendJoin("|", rij.Cellen.Select(c => $"{c.Waarde}/{c.Status}/{c.VasteTekst}/{c.Tekst(rapport.Drempel)}")).Append('\n');
            }
        }

        return sb.ToString();
    }

    private static async Task<T> InRegion<T>(WebApplication app, RegionInfo region, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<IRegionContextSetter>().SetRegion(region, "bench");
        return await work(scope.ServiceProvider);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }
}
