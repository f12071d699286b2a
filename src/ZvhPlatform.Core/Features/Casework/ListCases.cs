using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Access;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Data;

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
        var cases = db.Casussen.AsNoTracking();
        var closed = compartments.ClosedModules.ToList();
        if (closed.Count > 0)
        {
            cases = cases.Where(c => !closed.Contains(c.ModuleId));
        }

        if (query.Status is { } status)
        {
            cases = cases.Where(c => c.Status == status);
        }
        else if (!query.IncludeClosed)
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

        if (Cursor(query.Na) is var (date, kenmerk))
        {
            cases = cases.Where(c => c.GeopendOp < date || (c.GeopendOp == date && string.Compare(c.Kenmerk, kenmerk) < 0));
        }

        // Listing shows references only (no names), so it touches no personal data and needs no log line.
        // One row more than the page tells whether there is a next page without counting the whole set.
        var rows = await cases.OrderByDescending(c => c.GeopendOp).ThenByDescending(c => c.Kenmerk).Take(PageSize + 1)
            .Select(c => new CaseRow(c.Id, c.Kenmerk, c.ModuleId, c.SubAanpak, c.Status, c.GeopendOp, c.AfgeslotenOp, c.ProcesregisseurNaam))
            .ToListAsync(cancellationToken);
        if (rows.Count <= PageSize)
        {
            return new CaseListPage(rows, null);
        }

        rows.RemoveAt(PageSize);
        var last = rows[^1];
        return new CaseListPage(rows, $"{last.GeopendOp.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}_{last.Kenmerk}");
    }

    private static (DateOnly, string)? Cursor(string? na) =>
        na is { Length: > 0 } && na.Split('_', 2) is [var d, var k] && k.Length is > 0 and <= 20
        && DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? (date, k)
            : null;
}
