using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Npgsql;
using ZvhPlatform.Bench.Pages;
using ZvhPlatform.Bench.Shared;

// The page benchmark of issue 6 (bench/README.md): the platform (A) against the physical baseline (B) on the
// same generated database, measured with wrk on loopback, interleaved A/B and repeated.
var options = PageBenchOptions.Parse(args);
var root = Directory.GetCurrentDirectory();
var appDll = Path.Combine(root, "artifacts", "bin", "ZvhPlatform.Web", "release", "ZvhPlatform.Web.dll");
var baselineDll = Path.Combine(root, "artifacts", "bin", "ZvhPlatform.Bench.Baseline", "release", "ZvhPlatform.Bench.Baseline.dll");
var work = Directory.CreateTempSubdirectory("zvh-bench-pages").FullName;
var report = new StringBuilder();
report.AppendLine(CultureInfo.InvariantCulture, $"# Page benchmark: platform vs physical baseline ({options.Provider})").AppendLine()
    .AppendLine(CultureInfo.InvariantCulture, $"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores; `build/bench.sh {string.Join(' ', args)}`.")
    // One interpolated string: AppendLine(IFormatProvider, ...) takes an interpolation handler, not a concatenation.
    .AppendLine(CultureInfo.InvariantCulture, $"wrk: 2 threads, {options.Connections} connections, {options.Seconds} s per run, {options.Rounds} rounds, A and B alternating; before each page, "
        + $"2 s runs of it until two in a row agree within 10% (at least 4, at most 8).")
    .AppendLine();
try
{
    await using (var data = await BenchDatabase.CreateAsync(options, appDll, work, options.Size, null))
    {
        report.AppendLine(CultureInfo.InvariantCulture, $"Data: {(options.Existing is null ? $"`generate-data --size {options.Size}`" : "generated earlier with `generate-data`")} ({data.Summary}); measured in region synth-01, the largest.").AppendLine();
        await MeasurePagesAsync(options, data, appDll, baselineDll, work, report);
    }

    if (options.Curve.Count > 0)
    {
        await MeasureCurveAsync(options, appDll, baselineDll, work, report);
    }
}
finally
{
    Directory.Delete(work, recursive: true);
}

Directory.CreateDirectory(Path.GetDirectoryName(options.Output)!);
await File.WriteAllTextAsync(options.Output, report.ToString());
Console.WriteLine(report.ToString());
Console.Error.WriteLine($"Written to {options.Output}");
return 0;

static async Task MeasurePagesAsync(PageBenchOptions options, BenchDatabase data, string appDll, string baselineDll, string work, StringBuilder report)
{
    using var app = await data.StartAppAsync(appDll);
    using var baseline = await data.StartBaselineAsync(baselineDll);
    var staff = await Session.SignInAsync(app.BaseUrl, data.Staff.Email, data.Staff.Password, data.Staff.Totp);
    var partner = await Session.SignInAsync(app.BaseUrl, data.Partner.Email, data.Partner.Password, data.Partner.Totp);
    var analist = await Session.SignInAsync(app.BaseUrl, data.Analist.Email, data.Analist.Password, data.Analist.Totp);
    var samples = await data.SamplesAsync();
    var token = await staff.TokenAsync($"/casussen/{samples.CaseForActions}");
    var year = DateTime.UtcNow.Year - 1;
    var htmx = new Dictionary<string, string> { ["HX-Request"] = "true" };
    var scenarios = new List<Scenario>
    {
        new("Casuslijst, volledige pagina (20 rijen, status in regie)", Get(staff, "/casussen?status=InRegie"), Get(null, "/casussen?status=InRegie")),
        new("Casuslijst, htmx-fragment", Get(staff, "/casussen?status=InRegie", htmx), Get(null, "/casussen?status=InRegie")),
        new("Casuslijst, diepe pagina (keyset)", Get(staff, $"/casussen?status=InRegie&na={samples.DeepKey}"), Get(null, $"/casussen?status=InRegie&na={samples.DeepKey}")),
        new("Casuslijst als ketenpartner", Get(partner, "/casussen?status=InRegie"), Get(null, $"/casussen?status=InRegie&partner=true&user={data.PartnerUserId}")),
        new("Casuslijst, open casussen (standaard: werkvoorraad en in regie)", Get(staff, "/casussen"), Get(null, "/casussen?open=true")),
        new("Persoon zoeken op BSN", Get(staff, samples.Bsns.Select(b => $"/personen?bsn={b}&doel=Procesregie").ToList()),
            Get(null, samples.Bsns.Select(b => $"/personen?bsn={b}").ToList())),
        new("Persoon zoeken op naam + geboortedatum", Get(staff, samples.NameAndBirth.Select(n => $"/personen?naam={n.Name}&geboortedatum={n.Birth}&doel=Procesregie").ToList()),
            Get(null, samples.NameAndBirth.Select(n => $"/personen?naam={n.Name}&geboortedatum={n.Birth}").ToList())),
        new("Casusdetail met plan en acties", Get(staff, $"/casussen/{samples.CaseWithPlan}"), Get(null, $"/casussen/{samples.CaseWithPlan}")),
        new("Actie opslaan (POST, antiforgery, SaveChanges)",
            // Another case than the detail page's: the saves (thousands during warm-up alone) would otherwise turn the
            // detail page into a page of thousands of open actions on both sides.
            Post(staff, $"/casussen/{samples.CaseForActions}/acties", $"Omschrijving=Bellen+met+de+wijkagent&EigenaarOrganisatie=Politie&Deadline={year + 2}-01-15&__RequestVerificationToken={Uri.EscapeDataString(token)}"),
            Post(null, $"/casussen/{samples.CaseForActions}/acties", $"Omschrijving=Bellen+met+de+wijkagent&EigenaarOrganisatie=Politie&Deadline={year + 2}-01-15")),
        // 30 s runs: at 16 connections one report takes seconds, so a 5 s run ends before any request of it does (the table
        // showed 0 req/s and no latency), and the requests still running from the run before would fill most of it.
        new($"Caseloadrapportage {year}, grootste regio (analist)", Get(analist, $"/rapportage?module=coveca&jaar={year}"), Get(null, $"/rapportage?jaar={year}"),
            MinSeconds: 30),
        // Five different reports in turn: the queue shares a computation only between requests for the same figures
        // (ADR 13), so this shows what is left of that when the requests differ.
        new($"Caseloadrapportage, vijf jaren door elkaar ({year - 4}-{year}, analist)",
            Get(analist, Enumerable.Range(year - 4, 5).Select(j => $"/rapportage?module=coveca&jaar={j}").ToList()),
            Get(null, Enumerable.Range(year - 4, 5).Select(j => $"/rapportage?jaar={j}").ToList()), MinSeconds: 30),
        // The coordinators' page while a burst of reports runs on the same instance (ADR 13): how much of the machine the
        // reports leave for the case list. 20 s runs so that reports started during the run finish inside it.
        new($"Casuslijst terwijl 16 analisten de rapportage {year} openen", Get(staff, "/casussen?status=InRegie"), Get(null, "/casussen?status=InRegie"),
            MinSeconds: 20, BackgroundA: Get(analist, $"/rapportage?module=coveca&jaar={year}"), BackgroundB: Get(null, $"/rapportage?jaar={year}")),
    };
    if (options.Only is { } only)
    {
        scenarios.RemoveAll(s => !s.Name.Contains(only, StringComparison.OrdinalIgnoreCase));
    }

    // Warm up both sides (JIT, tiering, pools, caches) on every page before anything is measured; the slowest page (the
    // report, seconds per request) first, so that requests of it still running in the app overlap warm-up, not a measurement.
    foreach (var scenario in Enumerable.Reverse(scenarios))
    {
        await Wrk.RunAsync(app.BaseUrl, scenario.A, options.Connections, 2, work);
        await Wrk.RunAsync(baseline.BaseUrl, scenario.B, options.Connections, 2, work);
    }

    async Task<int> WarmUntilSteadyAsync(Server server, WrkRequest request)
    {
        // At least 8 s: a fresh app's case page still rose from 340 to 520 req/s over its first three 5 s rounds after
        // two 2 s runs that agreed with each other (2026-12-06).
        const int MinWarmUpRuns = 4, MaxWarmUpRuns = 8;
        var previous = await Wrk.RunAsync(server.BaseUrl, request, options.Connections, 2, work);
        var runs = 1;
        while (runs < MaxWarmUpRuns)
        {
            var next = await Wrk.RunAsync(server.BaseUrl, request, options.Connections, 2, work);
            runs++;
            if (runs >= MinWarmUpRuns && Math.Abs(next.RequestsPerSecond - previous.RequestsPerSecond) <= 0.1 * Math.Max(previous.RequestsPerSecond, 1))
            {
                break;
            }

            previous = next;
        }

        return runs;
    }

    var notes = new List<string>();
    report.AppendLine("| Pagina | A req/s | B req/s | A/B (mediaan) | A p50 ms | A p99 ms | B p99 ms | fouten A/B |")
        .AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
    foreach (var scenario in scenarios)
    {
        // And again right before the page is measured, so that it follows its own kind of load, until its throughput
        // settles (the worst round's p99 is reported, so a round still warming up would be the figure).
        var warmA = await WarmUntilSteadyAsync(app, scenario.A);
        var warmB = await WarmUntilSteadyAsync(baseline, scenario.B);
        Console.Error.WriteLine($"{scenario.Name}: warm after {warmA} runs (A) and {warmB} (B)");
        var a = new List<WrkResult>();
        var b = new List<WrkResult>();
        var seconds = Math.Max(options.Seconds, scenario.MinSeconds);
        var backgroundA = new List<WrkResult>();
        var backgroundB = new List<WrkResult>();
        async Task<WrkResult> Run(Server server, WrkRequest request, WrkRequest? background, List<WrkResult> backgrounds)
        {
            if (background is null)
            {
                return await Wrk.RunAsync(server.BaseUrl, request, options.Connections, seconds, work);
            }

            // The other users start first and go on a little longer, so the whole measured run is under their load.
            var others = Wrk.RunAsync(server.BaseUrl, background, 16, seconds + 3, work);
            await Task.Delay(TimeSpan.FromSeconds(1));
            var result = await Wrk.RunAsync(server.BaseUrl, request, options.Connections, seconds, work);
            backgrounds.Add(await others);
            return result;
        }

        for (var round = 0; round < options.Rounds; round++)
        {
            // Alternate who goes first so drift on the machine hits both sides alike.
            if (round % 2 == 0)
            {
                a.Add(await Run(app, scenario.A, scenario.BackgroundA, backgroundA));
                b.Add(await Run(baseline, scenario.B, scenario.BackgroundB, backgroundB));
            }
            else
            {
                b.Add(await Run(baseline, scenario.B, scenario.BackgroundB, backgroundB));
                a.Add(await Run(app, scenario.A, scenario.BackgroundA, backgroundA));
            }
        }

        // Per round on stderr: whether p99 falls as the app warms up, or moves with the machine on both sides alike.
        for (var round = 0; round < a.Count; round++)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  round {round + 1}: A {a[round].RequestsPerSecond:0} req/s p99 {a[round].P99Ms:0.0} ms, B {b[round].RequestsPerSecond:0} req/s p99 {b[round].P99Ms:0.0} ms"));
        }

        var ratio = Median(a.Zip(b, (x, y) => x.RequestsPerSecond / y.RequestsPerSecond));
        report.AppendLine(CultureInfo.InvariantCulture,
            $"| {scenario.Name}{(seconds != options.Seconds ? $" ({seconds} s per run)" : "")} | {Median(a.Select(r => r.RequestsPerSecond)):0} | {Median(b.Select(r => r.RequestsPerSecond)):0} | {ratio:0.00} | "
            + $"{Median(a.Select(r => r.P50Ms)):0.0} | {a.Max(r => r.P99Ms):0.0} | {b.Max(r => r.P99Ms):0.0} | {a.Sum(r => r.Errors)}/{b.Sum(r => r.Errors)} |");
        Console.Error.WriteLine($"{scenario.Name}: A/B {ratio:0.00}");
        if (backgroundA.Count > 0)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"{scenario.Name}: meanwhile the reports: A {Median(backgroundA.Select(r => r.RequestsPerSecond)):0.0} req/s, p50 {Median(backgroundA.Select(r => r.P50Ms)):0} ms, {backgroundA.Sum(r => r.Errors)} errors; "
                + $"B {Median(backgroundB.Select(r => r.RequestsPerSecond)):0.0} req/s, p50 {Median(backgroundB.Select(r => r.P50Ms)):0} ms, {backgroundB.Sum(r => r.Errors)} errors (errors: 503 from the report queue or over wrk's 10 s)."));
        }
    }

    foreach (var note in notes)
    {
        report.AppendLine().AppendLine(note);
    }

    if (options.AppSettings.Count > 0)
    {
        report.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"App settings for this run: {string.Join(", ", options.AppSettings.Select(kv => $"`{kv.Key}={kv.Value}`"))}.");
    }

    report.AppendLine().AppendLine(CultureInfo.InvariantCulture,
        $"Peak working set under load: app {app.PeakWorkingSetMb():0} MB, baseline {baseline.PeakWorkingSetMb():0} MB.").AppendLine();
}

static async Task MeasureCurveAsync(PageBenchOptions options, string appDll, string baselineDll, string work, StringBuilder report)
{
    report.AppendLine("## Casuslijst naarmate de data groeit").AppendLine()
        .AppendLine("One region, the case-list page (full page, staff), the same wrk settings.").AppendLine()
        .AppendLine("| Casussen | A req/s | A p50 ms | A p99 ms | B req/s | A/B | A p50 t.o.v. kleinste |").AppendLine("|---:|---:|---:|---:|---:|---:|---:|");
    double? first = null;
    foreach (var cases in options.Curve)
    {
        var size = $"ci --regions 1 --cases {cases} --persons {Math.Max(10_000, cases / 3)} --actions {cases * 2} --log-lines 10000";
        await using var data = await BenchDatabase.CreateAsync(options, appDll, work, size, cases);
        using var app = await data.StartAppAsync(appDll);
        using var baseline = await data.StartBaselineAsync(baselineDll);
        var staff = await Session.SignInAsync(app.BaseUrl, data.Staff.Email, data.Staff.Password, data.Staff.Totp);
        var a = Get(staff, "/casussen?status=InRegie");
        var b = Get(null, "/casussen?status=InRegie");
        await Wrk.RunAsync(app.BaseUrl, a, options.Connections, 2, work);
        await Wrk.RunAsync(baseline.BaseUrl, b, options.Connections, 2, work);
        var ra = new List<WrkResult>();
        var rb = new List<WrkResult>();
        for (var round = 0; round < options.Rounds; round++)
        {
            ra.Add(await Wrk.RunAsync(app.BaseUrl, a, options.Connections, options.Seconds, work));
            rb.Add(await Wrk.RunAsync(baseline.BaseUrl, b, options.Connections, options.Seconds, work));
        }

        var p50 = Median(ra.Select(r => r.P50Ms));
        first ??= p50;
        report.AppendLine(CultureInfo.InvariantCulture,
            $"| {cases:N0} | {Median(ra.Select(r => r.RequestsPerSecond)):0} | {p50:0.0} | {ra.Max(r => r.P99Ms):0.0} | {Median(rb.Select(r => r.RequestsPerSecond)):0} | "
            + $"{Median(ra.Zip(rb, (x, y) => x.RequestsPerSecond / y.RequestsPerSecond)):0.00} | {p50 / first.Value:0.00}× |");
    }

    report.AppendLine().AppendLine("Target (issue 6): the last column stays below 1.5× from 10,000 to 300,000 cases.").AppendLine();
}

static WrkRequest Get(Session? session, object paths, Dictionary<string, string>? extra = null) => new("GET",
    paths is string p ? [p] : (IReadOnlyList<string>)paths, Headers(session, extra));

static WrkRequest Post(Session? session, string path, string body) => new("POST", [path], Headers(session, null), body);

static Dictionary<string, string> Headers(Session? session, Dictionary<string, string>? extra)
{
    var headers = new Dictionary<string, string>(extra ?? []);
    if (session is not null)
    {
        headers["Cookie"] = session.CookieHeader;
    }

    return headers;
}

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToArray();
    return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
}

/// <summary>A page measured on both sides; <paramref name="MinSeconds"/> lengthens a run for a page that takes seconds under load.</summary>
/// <summary>A page measured on A and B; with <c>BackgroundA</c>/<c>BackgroundB</c> while other users load that page on the same side.</summary>
internal sealed record Scenario(string Name, WrkRequest A, WrkRequest B, int MinSeconds = 0, WrkRequest? BackgroundA = null, WrkRequest? BackgroundB = null);

internal sealed record Credential(string Email, string Password, string Totp);

internal sealed record Samples(string DeepKey, Guid CaseWithPlan, Guid CaseForActions, IReadOnlyList<string> Bsns, IReadOnlyList<(string Name, string Birth)> NameAndBirth);

/// <summary>Command-line options with defaults that fit the 2-core machine.</summary>
internal sealed record PageBenchOptions
{
    public string Provider { get; init; } = "Sqlite";

    public string? Connection { get; init; }

    public string Size { get; init; } = "small";

    public int Connections { get; init; } = 16;

    public int Seconds { get; init; } = 5;

    public int Rounds { get; init; } = 3;

    public IReadOnlyList<int> Curve { get; init; } = [];

    public string Output { get; init; } = "";

    /// <summary>A folder with a database generated earlier (see <c>OpenExistingAsync</c>), used instead of generating one.</summary>
    public string? Existing { get; init; }

    /// <summary>Only the pages whose name contains this text (e.g. <c>--only Casusdetail</c>), to profile or re-measure one page.</summary>
    public string? Only { get; init; }

    /// <summary>Configuration for the app only, <c>--app-setting Key=Value</c> (repeatable; <c>:</c> or <c>__</c> between sections), e.g. to compare a setting on and off.</summary>
    public IReadOnlyDictionary<string, string> AppSettings { get; init; } = new Dictionary<string, string>();

    private static Dictionary<string, string> AppSetting(IReadOnlyDictionary<string, string> settings, string keyValue)
    {
        var at = keyValue.IndexOf('=', StringComparison.Ordinal);
        if (at <= 0)
        {
            throw new ArgumentException($"--app-setting needs Key=Value, not {keyValue}.");
        }

        return new Dictionary<string, string>(settings) { [keyValue[..at].Replace(":", "__", StringComparison.Ordinal)] = keyValue[(at + 1)..] };
    }

    public static PageBenchOptions Parse(string[] args)
    {
        var options = new PageBenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--provider" => options with { Provider = Value() },
                "--connection" => options with { Connection = Value() },
                "--size" => options with { Size = Value() },
                "--connections" => options with { Connections = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--seconds" => options with { Seconds = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--rounds" => options with { Rounds = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--curve" => options with { Curve = Value().Split(',').Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToList() },
                "--out" => options with { Output = Value() },
                "--existing" => options with { Existing = Value() },
                "--only" => options with { Only = Value() },
                "--app-setting" => options with { AppSettings = AppSetting(options.AppSettings, Value()) },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }

        var postgres = options.Provider.Equals("PostgreSql", StringComparison.OrdinalIgnoreCase);
        if (postgres && string.IsNullOrWhiteSpace(options.Connection))
        {
            options = options with
            {
                Connection = Environment.GetEnvironmentVariable("ZVH_TEST_POSTGRES")
                             ?? throw new ArgumentException("PostgreSql needs --connection (an admin connection string) or ZVH_TEST_POSTGRES."),
            };
        }

        return options.Output.Length > 0 ? options : options with { Output = Path.Combine("bench", "results", postgres ? "pages-postgresql.md" : "pages-sqlite.md") };
    }
}

/// <summary>A fresh database filled by the app's own <c>generate-data</c>, and how to start the app and the baseline on it.</summary>
internal sealed partial class BenchDatabase : IAsyncDisposable
{
    private readonly PageBenchOptions _options;
    private readonly string _folder;
    private readonly string? _postgresDatabase;

    private BenchDatabase(PageBenchOptions options, string folder, string connectionString, string? postgresDatabase)
    {
        _options = options;
        _folder = folder;
        ConnectionString = connectionString;
        _postgresDatabase = postgresDatabase;
    }

    public string ConnectionString { get; }

    public string Summary { get; private set; } = "";

    public Credential Staff { get; private set; } = null!;

    public Credential Partner { get; private set; } = null!;

    public Credential Analist { get; private set; } = null!;

    public Guid RegionId { get; private set; }

    public Guid PartnerUserId { get; private set; }

    private Db Db => new(_options.Provider, ConnectionString);

    public static async Task<BenchDatabase> CreateAsync(PageBenchOptions options, string appDll, string work, string size, int? label)
    {
        if (label is null && options.Existing is { } existing)
        {
            return await OpenExistingAsync(options, existing);
        }

        var folder = Path.Combine(work, "db-" + (label?.ToString(CultureInfo.InvariantCulture) ?? "main"));
        Directory.CreateDirectory(folder);
        string connectionString;
        string? database = null;
        if (options.Provider.Equals("PostgreSql", StringComparison.OrdinalIgnoreCase))
        {
            database = "zvh_bench_pages_" + Guid.NewGuid().ToString("N")[..8];
            await using var admin = new NpgsqlConnection(options.Connection);
            await admin.OpenAsync();
            await using var create = admin.CreateCommand();
            create.CommandText = $"CREATE DATABASE \"{database}\"";
            await create.ExecuteNonQueryAsync();
            connectionString = new NpgsqlConnectionStringBuilder(options.Connection) { Database = database }.ConnectionString;
        }
        else
        {
            connectionString = $"Data Source={Path.Combine(folder, "zvh.db")}";
        }

        var db = new BenchDatabase(options, folder, connectionString, database);
        Console.Error.WriteLine($"generate-data --size {size} ({options.Provider}) ...");
        var output = await Command.RunAsync("dotnet", [appDll, "generate-data", .. ("--size " + size).Split(' ', StringSplitOptions.RemoveEmptyEntries)],
            db.Environment());
        db.ReadGenerated(output);
        await db.ResolveIdsAsync();
        return db;
    }

    /// <summary>
    /// A database generated earlier (national size takes long to generate): its folder holds what generate-data printed
    /// (<c>generate-data.log</c>) and, for SQLite, <c>zvh.db</c>; for PostgreSQL <c>--connection</c> names the database.
    /// It is used as it is and never dropped.
    /// </summary>
    private static async Task<BenchDatabase> OpenExistingAsync(PageBenchOptions options, string folder)
    {
        var postgres = options.Provider.Equals("PostgreSql", StringComparison.OrdinalIgnoreCase);
        var connectionString = postgres ? options.Connection! : $"Data Source={Path.Combine(folder, "zvh.db")}";
        var db = new BenchDatabase(options, folder, connectionString, null);
        var output = await File.ReadAllTextAsync(Path.Combine(folder, "generate-data.log"));
        db.ReadGenerated(output);
        await db.ResolveIdsAsync();
        return db;
    }

    private void ReadGenerated(string output)
    {
        var credentials = CredentialLine().Matches(output).Select(m => new Credential(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value)).ToList();
        Staff = credentials.Single(c => c.Email == "regisseur.synth-01@synth.zvh.nl");
        Partner = credentials.Single(c => c.Email == "partner.synth-01@synth.zvh.nl");
        Analist = credentials.Single(c => c.Email == "analist.synth-01@synth.zvh.nl");
        Summary = SummaryLine().Match(output).Groups[1].Value.Trim();
    }

    public Dictionary<string, string> Environment() => new Dictionary<string, string>
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Benchmark",
        ["Database__Provider"] = _options.Provider,
        ["Database__ConnectionString"] = ConnectionString,
        ["Database__MigrateAtStartup"] = "false",
        ["Zvh__DataFolder"] = _folder,
        ["Zvh__SecureCookies"] = "false",
        ["Jobs__RunServer"] = "false",
        ["Logging__LogLevel__Default"] = "Warning",
        ["DOTNET_gcServer"] = "0",
    }.Concat(SteadyCode).ToDictionary();

    // Both processes get their optimised code within the warm-up. The runtime starts counting calls for tier-1 only
    // after 100 ms without new tier-0 compilations, and under full load on 2 cores that quiet moment took 30-60 s: a fresh
    // app served its first measured round of the case page at 190 req/s (p99 130-150 ms) and the later ones at 450-600
    // (p99 43-64 ms); with the delay at 0 the first round was already at 592 (2026-12-06, bench/README.md).
    private static readonly Dictionary<string, string> SteadyCode = new() { ["DOTNET_TC_CallCountingDelayMs"] = "0" };

    public Task<Server> StartAppAsync(string dll)
    {
        var environment = Environment();
        foreach (var (key, value) in _options.AppSettings)
        {
            environment[key] = value;
        }

        return Server.StartAsync("app", dll, [], environment, "/account/inloggen");
    }

    public Task<Server> StartBaselineAsync(string dll) => Server.StartAsync("baseline", dll,
        [$"--Provider={_options.Provider}", $"--Connection={ConnectionString}", $"--Region={RegionId}"], new Dictionary<string, string>(SteadyCode), "/casussen");

    public async Task<Samples> SamplesAsync()
    {
        var db = Db;
        var region = db.Id(RegionId);
        string? deep = null;
        await db.ReadAsync($"SELECT \"GeopendOp\", \"Kenmerk\" FROM {db.T("casework", "Casussen")} WHERE \"RegionId\" = @r AND \"Status\" = 'InRegie' "
                           + "ORDER BY \"GeopendOp\" DESC, \"Kenmerk\" DESC LIMIT 1 OFFSET 400", [("@r", region)],
            r => deep = $"{db.GetDate(r, 0):yyyy-MM-dd}_{r.GetString(1)}");
        var withPlan = new List<Guid>();
        await db.ReadAsync($"SELECT p.\"CasusId\" FROM {db.T("casework", "Plannen")} p JOIN {db.T("casework", "Casussen")} c ON c.\"Id\" = p.\"CasusId\" "
                           + "WHERE p.\"RegionId\" = @r AND c.\"Status\" = 'InRegie' ORDER BY p.\"CasusId\" LIMIT 2", [("@r", region)], r => withPlan.Add(db.GetId(r, 0)));
        var bsns = new List<string>();
        await db.ReadAsync($"SELECT \"Bsn\" FROM {db.T("core", "Persons")} WHERE \"RegionId\" = @r AND \"Bsn\" IS NOT NULL ORDER BY \"Id\" LIMIT 200", [("@r", region)],
            r => bsns.Add(r.GetString(0)));
        var names = new List<(string, string)>();
        await db.ReadAsync($"SELECT \"ZoekAchternaam\", \"Geboortedatum\" FROM {db.T("core", "Persons")} WHERE \"RegionId\" = @r ORDER BY \"Id\" DESC LIMIT 200",
            [("@r", region)], r =>
            {
                var surname = r.GetString(0);
                names.Add((Uri.EscapeDataString(surname[..Math.Min(4, surname.Length)]), db.GetDate(r, 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            });
        return new Samples(deep ?? "", withPlan[0], withPlan[1], bsns, names);
    }

    public async ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(_options.Connection);
            await admin.OpenAsync();
            await using var drop = admin.CreateCommand();
            drop.CommandText = $"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)";
            await drop.ExecuteNonQueryAsync();
        }
    }

    private async Task ResolveIdsAsync()
    {
        var db = Db;
        var regions = db.T("core", "Regions");
        await db.ReadAsync($"SELECT \"Id\" FROM {regions} WHERE \"Key\" = 'synth-01'", [], r => RegionId = db.GetId(r, 0));
        var users = _options.Provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase) ? "\"identity_AspNetUsers\"" : "\"identity\".\"AspNetUsers\"";
        await db.ReadAsync($"SELECT \"Id\" FROM {users} WHERE \"Email\" = @e", [("@e", Partner.Email)], r => PartnerUserId = db.GetId(r, 0));
    }

    [GeneratedRegex(@"^\s+(\S+@synth\.zvh\.nl)\s+(\S+)\s+([A-Z2-7]+)\s+\(", RegexOptions.Multiline)]
    private static partial Regex CredentialLine();

    [GeneratedRegex(@"generate-data: (\d+ regio's.*)$", RegexOptions.Multiline)]
    private static partial Regex SummaryLine();
}
