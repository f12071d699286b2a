using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Features.Rapportage;

namespace ZvhPlatform.Bench.Micro;

/// <summary>A case-list row as the list page shows it.</summary>
public sealed record CaseListRow(Guid Id, string Kenmerk, string? SubAanpak, DateOnly GeopendOp);

/// <summary>
/// The hot query paths of the casework pages on the generated region of <see cref="MicroDatabase"/>: what tracking and
/// compiled queries buy, and the caseload report for a year computed the old way (history loaded and walked in memory)
/// against the new one (aggregated in the database), with allocations.
/// </summary>
[MemoryDiagnoser]
public class QueryBenchmarks
{
    private static readonly Func<CaseworkDbContext, Guid, Task<Casus?>> CaseById =
        EF.CompileAsyncQuery((CaseworkDbContext db, Guid id) => db.Casussen.AsNoTracking().SingleOrDefault(c => c.Id == id));

    private static readonly RapportageFilter Jaar = new("coveca", null, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31));

    private MicroDatabase _db = null!;
    private Guid[] _caseIds = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _db = MicroDatabase.OpenAsync().GetAwaiter().GetResult();
        _caseIds = _db.InRegion(async db => await db.Casussen.AsNoTracking().OrderBy(c => c.Kenmerk).Select(c => c.Id).Take(1000).ToArrayAsync())
            .GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _db.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Description = "case list, 20 rows, tracked entities")]
    public Task<int> ListTracked() => _db.InRegion(async db =>
        (await db.Casussen.Where(c => c.ModuleId == "coveca" && c.Status == CasusStatus.InRegie).OrderByDescending(c => c.GeopendOp).ThenByDescending(c => c.Kenmerk)
            .Take(20).ToListAsync()).Count);

    [Benchmark(Description = "case list, 20 rows, no tracking, projected")]
    public Task<int> ListProjected() => _db.InRegion(async db =>
        (await db.Casussen.AsNoTracking().Where(c => c.ModuleId == "coveca" && c.Status == CasusStatus.InRegie).OrderByDescending(c => c.GeopendOp)
            .ThenByDescending(c => c.Kenmerk).Take(20).Select(c => new CaseListRow(c.Id, c.Kenmerk, c.SubAanpak, c.GeopendOp)).ToListAsync()).Count);

    [Benchmark(Description = "case by id, LINQ")]
    public Task<bool> CaseByIdLinq() => _db.InRegion(async db =>
    {
        var id = _caseIds[_next++ % _caseIds.Length];
        return await db.Casussen.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id) is not null;
    });

    [Benchmark(Description = "case by id, compiled query")]
    public Task<bool> CaseByIdCompiled() => _db.InRegion(async db => await CaseById(db, _caseIds[_next++ % _caseIds.Length]) is not null);

    [Benchmark(Description = "caseload report for a year, old: history loaded, walked in memory")]
    public Task<int> RapportInGeheugen() => _db.InRegion(async sp =>
        (await ActivatorUtilities.CreateInstance<RapportageInGeheugen>(sp).BerekenAsync(Jaar, onderdrukken: true, CancellationToken.None)).Tabellen.Count);

    [Benchmark(Description = "caseload report for a year, new: aggregated in the database")]
    public Task<int> RapportInDatabase() => _db.InRegion(async sp =>
        (await sp.GetRequiredService<RapportageBerekening>().BerekenAsync(Jaar, onderdrukken: true, CancellationToken.None)).Tabellen.Count);
}

/// <summary>Page N of the coveca case list by OFFSET against keyset paging, at page 20 and page 1000.</summary>
[MemoryDiagnoser]
public class PagingBenchmarks
{
    private MicroDatabase _db = null!;
    private CaseListRow _key = null!;

    /// <summary>Depth of the page.</summary>
    [Params(20, 1000)]
    public int Page { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _db = MicroDatabase.OpenAsync().GetAwaiter().GetResult();
        var depth = (Page - 1) * 20;
        // The last row of the page before: keyset paging continues after it.
        _key = _db.InRegion(async db => await db.Casussen.AsNoTracking().Where(c => c.ModuleId == "coveca").OrderByDescending(c => c.GeopendOp)
            .ThenByDescending(c => c.Kenmerk).Skip(Math.Max(0, depth - 1)).Select(c => new CaseListRow(c.Id, c.Kenmerk, c.SubAanpak, c.GeopendOp)).FirstAsync())
            .GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _db.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true, Description = "page N by OFFSET")]
    public Task<int> PageByOffset() => _db.InRegion(async db =>
        (await db.Casussen.AsNoTracking().Where(c => c.ModuleId == "coveca").OrderByDescending(c => c.GeopendOp).ThenByDescending(c => c.Kenmerk)
            .Skip((Page - 1) * 20).Take(20).Select(c => new CaseListRow(c.Id, c.Kenmerk, c.SubAanpak, c.GeopendOp)).ToListAsync()).Count);

    [Benchmark(Description = "page N by keyset")]
    public Task<int> PageByKeyset() => _db.InRegion(async db =>
    {
        var key = _key;
        return (await db.Casussen.AsNoTracking().Where(c => c.ModuleId == "coveca")
            .Where(c => c.GeopendOp < key.GeopendOp || (c.GeopendOp == key.GeopendOp && string.Compare(c.Kenmerk, key.Kenmerk) < 0))
            .OrderByDescending(c => c.GeopendOp).ThenByDescending(c => c.Kenmerk).Take(20)
            .Select(c => new CaseListRow(c.Id, c.Kenmerk, c.SubAanpak, c.GeopendOp)).ToListAsync()).Count;
    });
}
