using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Privacy;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Privacy;

/// <summary>Recomputes the region's hash chain; any altered, removed or inserted line shows as the first broken position.</summary>
[RequiresPermission(CorePermissions.ToegangslogInzien)]
internal sealed record VerifyAccessLog : IQuery<AccessLogVerification>;

internal sealed record AccessLogVerification(long EntriesChecked, long? FirstBrokenSequence, string? Problem)
{
    public bool Intact => FirstBrokenSequence is null;
}

internal sealed class VerifyAccessLogHandler(AuditDbContext db) : IQueryHandler<VerifyAccessLog, AccessLogVerification>
{
    private const int Batch = 2000;

    public async ValueTask<AccessLogVerification> Handle(VerifyAccessLog query, CancellationToken cancellationToken)
    {
        long expected = 1;
        var previous = "";
        while (true)
        {
            var from = expected;
            var batch = await db.Entries.AsNoTracking().Include(e => e.Persons)
                .Where(e => e.Sequence >= from).OrderBy(e => e.Sequence).Take(Batch).ToListAsync(cancellationToken);
            foreach (var e in batch)
            {
                if (e.Sequence != expected)
                {
                    return new AccessLogVerification(expected - 1, expected, $"Regel {expected} ontbreekt.");
                }

                if (e.PreviousHash != previous || AccessLog.ComputeHash(e) != e.Hash)
                {
                    return new AccessLogVerification(expected - 1, e.Sequence, $"Regel {e.Sequence} is gewijzigd.");
                }

                previous = e.Hash;
                expected++;
            }

            if (batch.Count < Batch)
            {
                return new AccessLogVerification(expected - 1, null, null);
            }
        }
    }
}
