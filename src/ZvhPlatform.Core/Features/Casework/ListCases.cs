using System.Globalization;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Mediator;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Access;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Data;

namespace ZvhPlatform.Core.Features.Casework;

/// <summary>
/// The cases the user may see, 20 per page: all of the region for the bureau, one's own for partner
/// professionals. Filtered by status (default: the open ones) and aanpak; paged by keyset
/// (<see cref="Na"/> = the last row's opening date and kenmerk), so a deep page costs what the first costs.
/// </summary>
internal sealed record ListCases(CasusStatus? Status, string? ModuleId, string? Na, bool IncludeClosed = false) : IQuery<CaseListPage>;

internal sealed record CaseRow(Guid Id, string Kenmerk, string ModuleId, string? SubAanpak, CasusStatus Status, DateOnly GeopendOp, DateOnly? AfgeslotenOp,
    string? ProcesregisseurNaam);

/// <summary>One page of cases and the cursor of the next page (null on the last page).</summary>
internal sealed record CaseListPage(IReadOnlyList<CaseRow> Rows, string? Volgende);

internal sealed class ListCasesHandler(CaseworkDbContext db, CurrentUser user, ZvhPlatform.Core.Casework.Compartments compartments)
    : IQueryHandler<ListCases, CaseListPage>
{
    public const int PageSize = 20;

    public async ValueTask<CaseListPage> Handle(ListCases query, CancellationToken cancellationToken)
    {
        var closed = compartments.ClosedModules.ToList();
        var rows = closed.Count == 0 && string.IsNullOrEmpty(query.ModuleId) && query.Status is { }
                   && user.HasPermission(CorePermissions.CasussenWerken)
            ? await CompiledAsync(query, cancellationToken)
            : await ComposedAsync(query, closed, cancellationToken);
        if (rows.Count <= PageSize)
        {
            return new CaseListPage(rows, null);
        }

        rows.RemoveAt(PageSize);
        var last = rows[^1];
        return new CaseListPage(rows, new CaseCursor(last.GeopendOp, last.Kenmerk).ToString());
    }

    /// <summary>
    /// The bureau's list by status, the page a coordinator opens all day: compiled once per model, because translating
    /// the LINQ anew on every request (EF's funcletizer and query-cache lookup) took some 4% of its CPU (bench/README.md,
    /// profile of 2026-12-04). The region filter is
    /// part of the compiled query and read when it runs. One status only: the default list of open cases (two statuses) is
    /// a merge of two reads on the composed query.
    /// </summary>
    private async Task<List<CaseRow>> CompiledAsync(ListCases query, CancellationToken cancellationToken)
    {
        var status = query.Status!.Value;
        var q = Queries.GetValue(db.Model, _ => new ListQueries());
        var rows = new List<CaseRow>(PageSize + 1);
        var source = CaseCursor.Parse(query.Na) is { } na
            ? q.After(db, status, na.GeopendOp, na.Kenmerk)
            : q.First(db, status);
        await foreach (var row in source.WithCancellation(cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }

    private async Task<List<CaseRow>> ComposedAsync(ListCases query, List<string> closed, CancellationToken cancellationToken)
    {
        var cases = db.Casussen.AsNoTracking();
        if (closed.Count > 0)
        {
            cases = cases.Where(c => !closed.Contains(c.ModuleId));
        }

        // The open cases on PostgreSQL and SQL Server: a merge of one read per status (below). SQLite turns the two statuses
        // into an IN over the (region, status, opened, kenmerk) index and stops reading each status once the page is full
        // (its ORDER BY ... LIMIT optimisation): as fast at 25,000 open cases as at 2,500, and faster than the merge, whose
        // longer statement it prepares anew on every request (bench/README.md, 2026-12-06).
        var mergeOpen = query.Status is null && !query.IncludeClosed && !SqliteDatabase.Is(db);
        if (query.Status is { } status)
        {
            cases = cases.Where(c => c.Status == status);
        }
        else if (!query.IncludeClosed && !mergeOpen)
        {
            cases = cases.Where(c => c.Status == CasusStatus.Werkvoorraad || c.Status == CasusStatus.InRegie);
        }

        if (!string.IsNullOrEmpty(query.ModuleId))
        {
            cases = cases.Where(c => c.ModuleId == query.ModuleId);
        }

        if (!user.HasPermission(CorePermissions.CasussenWerken))
        {
            var userId = user.UserId ?? Guid.Empty;
            cases = cases.Where(c => c.Deelnemers.Any(d => d.UserId == userId && d.VerwijderdUtc == null));
        }

        if (CaseCursor.Parse(query.Na) is { GeopendOp: var date, Kenmerk: var kenmerk })
        {
            cases = cases.Where(c => c.GeopendOp < date || (c.GeopendOp == date && string.Compare(c.Kenmerk, kenmerk) < 0));
        }

        // Listing shows references only (no names), so it touches no personal data and needs no log line.
        // One row more than the page tells whether there is a next page without counting the whole set.
        if (mergeOpen)
        {
            // The open cases, the list a coordinator lands on: with both statuses in one condition PostgreSQL reads every
            // open case of the region (or the whole table) and sorts them. The first page of each status, merged, is the
            // first page of both, and each read stops after its first rows in index order (a Merge Append of two backward
            // index scans; 306 -> 798 req/s on PostgreSQL, bench/README.md).
            var werkvoorraad = NewestFirst(cases.Where(c => c.Status == CasusStatus.Werkvoorraad));
            var inRegie = NewestFirst(cases.Where(c => c.Status == CasusStatus.InRegie));
            return await NewestFirst(werkvoorraad.Concat(inRegie)).Select(ToRow).ToListAsync(cancellationToken);
        }

        return await NewestFirst(cases).Select(ToRow).ToListAsync(cancellationToken);
    }

    private static IQueryable<ZvhPlatform.Core.Casework.Casus> NewestFirst(IQueryable<ZvhPlatform.Core.Casework.Casus> cases) =>
        cases.OrderByDescending(c => c.GeopendOp).ThenByDescending(c => c.Kenmerk).Take(PageSize + 1);

    private static readonly Expression<Func<ZvhPlatform.Core.Casework.Casus, CaseRow>> ToRow =
        c => new CaseRow(c.Id, c.Kenmerk, c.ModuleId, c.SubAanpak, c.Status, c.GeopendOp, c.AfgeslotenOp, c.ProcesregisseurNaam);

    private static readonly ConditionalWeakTable<IModel, ListQueries> Queries = new();

    private sealed class ListQueries
    {
        public Func<CaseworkDbContext, CasusStatus, IAsyncEnumerable<CaseRow>> First { get; } = EF.CompileAsyncQuery(
            (CaseworkDbContext db, CasusStatus status) => db.Casussen.AsNoTracking()
                .Where(c => c.Status == status)
                .OrderByDescending(c => c.GeopendOp).ThenByDescending(c => c.Kenmerk).Take(PageSize + 1)
                .Select(ToRow));

        public Func<CaseworkDbContext, CasusStatus, DateOnly, string, IAsyncEnumerable<CaseRow>> After { get; } = EF.CompileAsyncQuery(
            (CaseworkDbContext db, CasusStatus status, DateOnly date, string kenmerk) => db.Casussen.AsNoTracking()
                .Where(c => c.Status == status)
                .Where(c => c.GeopendOp < date || (c.GeopendOp == date && string.Compare(c.Kenmerk, kenmerk) < 0))
                .OrderByDescending(c => c.GeopendOp).ThenByDescending(c => c.Kenmerk).Take(PageSize + 1)
                .Select(ToRow));
    }
}
