using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Identity;
using ZvhPlatform.Core.Synthetic;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Tenancy;
using ZvhPlatform.Web.Hosting;

namespace ZvhPlatform.Bench.Micro;

/// <summary>A case-list row as the list page shows it.</summary>
public sealed record CaseListRow(Guid Id, string Kenmerk, string? SubAanpak, DateOnly GeopendOp);

/// <summary>
/// The hot query paths of the casework pages on a generated SQLite region (50,000 cases, 150,000 actions):
/// what tracking, compiled queries, keyset paging and in-database aggregation buy, with allocations.
/// </summary>
[MemoryDiagnoser]
public class QueryBenchmarks
{
    private static readonly Func<CaseworkDbContext, Guid, Task<Casus?>> CaseById =
        EF.CompileAsyncQuery((CaseworkDbContext db, Guid id) => db.Casussen.AsNoTracking().SingleOrDefault(c => c.Id == id));

    private WebApplication _app = null!;
    private RegionInfo _region = null!;
    private string _folder = null!;
    private Guid[] _caseIds = [];
    private CaseListRow _deepKey = null!;
    private int _next;

    /// <summary>Depth of the page compared for keyset vs offset paging.</summary>
    [Params(20, 1000)]
    public int Page { get; set; }

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup()
    {
        _app.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Description = "case list, 20 rows, tracked entities")]
    public Task<int> ListTracked() => InRegion(async db =>
        (await db.Casussen.Where(c => c.ModuleId == "coveca" && c.Status == CasusStatus.InRegie).OrderByDescending(c => c.GeopendOp).ThenByDescending(c => c.Kenmerk)
            .Take(20).ToListAsync()).Count);

    [Benchmark(Description = "case list, 20 rows, no tracking, projected")]
    public Task<int> ListProjected() => InRegion(async db =>
        (await db.Casussen.AsNoTracking().Where(c => c.ModuleId == "coveca" && c.Status == CasusStatus.InRegie).OrderByDescending(c => c.GeopendOp)
            .ThenByDescending(c => c.Id).Take(20).Select(c => new CaseListRow(c.Id, c.Kenmerk, c.SubAanpak, c.GeopendOp)).ToListAsync()).Count);

    [Benchmark(Description = "case by id, LINQ")]
    public Task<bool> CaseByIdLinq() => InRegion(async db =>
    {
        var id = _caseIds[_next++ % _caseIds.Length];
        return await db.Casussen.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id) is not null;
    });

    [Benchmark(Description = "case by id, compiled query")]
    public Task<bool> CaseByIdCompiled() => InRegion(async db => await CaseById(db, _caseIds[_next++ % _caseIds.Length]) is not null);

    [Benchmark(Description = "page N by OFFSET")]
    public Task<int> PageByOffset() => InRegion(async db =>
        (await db.Casussen.AsNoTracking().Where(c => c.ModuleId == "coveca").OrderByDescending(c => c.GeopendOp).ThenByDescending(c => c.Kenmerk)
            .Skip((Page - 1) * 20).Take(20).Select(c => new CaseListRow(c.Id, c.Kenmerk, c.SubAanpak, c.GeopendOp)).ToListAsync()).Count);

    [Benchmark(Description = "page N by keyset")]
    public Task<int> PageByKeyset() => InRegion(async db =>
    {
        var key = _deepKey;
        return (await db.Casussen.AsNoTracking().Where(c => c.ModuleId == "coveca")
            .Where(c => c.GeopendOp < key.GeopendOp || (c.GeopendOp == key.GeopendOp && string.Compare(c.Kenmerk, key.Kenmerk) < 0))
            .OrderByDescending(c => c.GeopendOp).ThenByDescending(c => c.Kenmerk).Take(20)
            .Select(c => new CaseListRow(c.Id, c.Kenmerk, c.SubAanpak, c.GeopendOp)).ToListAsync()).Count;
    });

    [Benchmark(Description = "caseload for a year, aggregated in the database")]
    public Task<int> CaseloadInDatabase() => InRegion(async db =>
    {
        var from = new DateOnly(2025, 1, 1);
        var to = new DateOnly(2025, 12, 31);
        var instroom = await db.StatusWijzigingen.CountAsync(w => w.Naar == CasusStatus.InRegie && w.Datum >= from && w.Datum <= to);
        var uitstroom = await db.StatusWijzigingen.CountAsync(w => (w.Naar == CasusStatus.Afgesloten || w.Naar == CasusStatus.Afgeschaald)
                                                                   && w.Datum >= from && w.Datum <= to);
        var byMunicipality = await db.StatusWijzigingen.Where(w => w.Datum >= from && w.Datum <= to)
            .Join(db.Casussen, w => w.CasusId, c => c.Id, (w, c) => new { c.GemeenteCode, w.Naar })
            .GroupBy(x => new { x.GemeenteCode, x.Naar }).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        return instroom + uitstroom + byMunicipality.Count;
    });

    [Benchmark(Description = "caseload for a year, history loaded and aggregated in memory")]
    public Task<int> CaseloadInMemory() => InRegion(async db =>
    {
        var from = new DateOnly(2025, 1, 1);
        var to = new DateOnly(2025, 12, 31);
        var changes = await db.StatusWijzigingen.AsNoTracking().Where(w => w.Datum <= to).Select(w => new { w.CasusId, w.Datum, w.Naar }).ToListAsync();
        var instroom = changes.Count(w => w.Naar == CasusStatus.InRegie && w.Datum >= from);
        var uitstroom = changes.Count(w => w.Naar is CasusStatus.Afgesloten or CasusStatus.Afgeschaald && w.Datum >= from);
        return instroom + uitstroom;
    });

    private async Task<T> InRegion<T>(Func<CaseworkDbContext, Task<T>> work)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<IRegionContextSetter>().SetRegion(_region, "bench");
        return await work(scope.ServiceProvider.GetRequiredService<CaseworkDbContext>());
    }

    private async Task SetupAsync()
    {
        _folder = Path.Combine(Path.GetTempPath(), "zvh-bench-micro", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _app = ZvhHost.Build(
        [
            "--environment=Benchmark", "--Database:Provider=Sqlite", $"--Database:ConnectionString=Data Source={Path.Combine(_folder, "zvh.db")}",
            "--Database:MigrateAtStartup=false", $"--Zvh:DataFolder={_folder}", "--Jobs:RunServer=false", "--Logging:LogLevel:Default=Warning",
        ]);
        var size = new SyntheticDataSize(1, 20_000, 50_000, 150_000, 1_000);
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
            var generator = scope.ServiceProvider.GetRequiredService<SyntheticDataGenerator>();
            var credentials = await generator.SeedRegionsAsync(_folder, size, CancellationToken.None);
            var emails = credentials.Select(c => c.Email).ToList();
            var users = await scope.ServiceProvider.GetRequiredService<IdentityStoreDbContext>().Users.Where(u => emails.Contains(u.Email!))
                .ToDictionaryAsync(u => u.Email!, u => u.Id);
            await generator.GenerateAsync(size, 42, users, _ => { }, CancellationToken.None);
        }

        await using (var scope = _app.Services.CreateAsyncScope())
        {
            _region = await scope.ServiceProvider.GetRequiredService<IRegionStore>().FindByKeyAsync(SyntheticDataGenerator.RegionKey(1))
                      ?? throw new InvalidOperationException("Synthetic region missing.");
        }

        _caseIds = await InRegion(async db => await db.Casussen.AsNoTracking().OrderBy(c => c.Kenmerk).Select(c => c.Id).Take(1000).ToArrayAsync());
        var depth = (Page - 1) * 20;
        _deepKey = await InRegion(async db => await db.Casussen.AsNoTracking().Where(c => c.ModuleId == "coveca").OrderByDescending(c => c.GeopendOp)
            .ThenByDescending(c => c.Id).Skip(Math.Max(0, depth - 1)).Select(c => new CaseListRow(c.Id, c.Kenmerk, c.SubAanpak, c.GeopendOp)).FirstAsync());
    }
}
