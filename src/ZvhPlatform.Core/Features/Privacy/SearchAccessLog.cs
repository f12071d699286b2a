using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Privacy;

/// <summary>
/// The privacy officer's questions: who saw person X between t1 and t2, and what did user U open
/// between t1 and t2. Looking at the log is itself logged.
/// </summary>
[RequiresPermission(CorePermissions.ToegangslogInzien)]
internal sealed record SearchAccessLog(Guid? PersonId, Guid? UserId, DateTime FromUtc, DateTime ToUtc) : IQuery<IReadOnlyList<AccessLogRow>>;

internal sealed record AccessLogRow(long Sequence, DateTime OccurredUtc, string UserName, string Role, string Organisation, AccessAction Action,
    string Purpose, string Subject, string ModuleId, bool Emergency, string Outcome, IReadOnlyList<Guid> PersonIds);

internal sealed class SearchAccessLogValidator : IRequestValidator<SearchAccessLog>
{
    public IEnumerable<ValidationProblem> Validate(SearchAccessLog request)
    {
        if (request.PersonId is null && request.UserId is null)
        {
            yield return new("PersonId", "Kies een persoon of een gebruiker.");
        }

        if (request.ToUtc < request.FromUtc)
        {
            yield return new("ToUtc", "De einddatum ligt vóór de begindatum.");
        }
    }
}

internal sealed class SearchAccessLogHandler(AuditDbContext db, IAccessLog log) : IQueryHandler<SearchAccessLog, IReadOnlyList<AccessLogRow>>
{
    public async ValueTask<IReadOnlyList<AccessLogRow>> Handle(SearchAccessLog query, CancellationToken cancellationToken)
    {
        var entries = db.Entries.AsNoTracking().Where(e => e.OccurredUtc >= query.FromUtc && e.OccurredUtc <= query.ToUtc);
        if (query.PersonId is { } personId)
        {
            entries = entries.Where(e => e.Persons.Any(p => p.PersonId == personId));
        }

        if (query.UserId is { } userId)
        {
            entries = entries.Where(e => e.UserId == userId);
        }

        var rows = await entries.OrderByDescending(e => e.Sequence).Take(1000).Include(e => e.Persons).ToListAsync(cancellationToken);
        var result = rows.Select(e => new AccessLogRow(e.Sequence, e.OccurredUtc, e.UserName, e.Role, e.Organisation, e.Action, e.Purpose, e.Subject,
            e.ModuleId, e.Emergency, e.Outcome, e.Persons.Select(p => p.PersonId).ToList())).ToList();
        await log.RecordAsync(new AccessRecord(AccessAction.Inzien, Purposes.Toezicht, query.PersonId is { } p ? [p] : [], null, "core",
            "toegestaan", false, "toegangslog"), cancellationToken);
        return result;
    }
}
