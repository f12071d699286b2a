using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Access;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Core.Privacy;

/// <summary>Appends hash-chained entries to the region's access log.</summary>
internal sealed class AccessLog(AuditDbContext db, IRegionContext region, IRegionContextSetter regionSetter, CurrentUser user, TimeProvider clock)
    : IAccessLog
{
    // One writer per region at a time inside this process; the unique (region, sequence) index
    // catches a second instance appending concurrently, and the append is retried.
    private static readonly ConcurrentDictionary<Guid, SemaphoreSlim> Locks = new();

    public async Task RecordAsync(AccessRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var regionId = region.RequiredRegion.Id;
        await AppendAsync(regionId, record, cancellationToken);
    }

    /// <summary>Appends in a given region (the national check logs in the region it looked into too).</summary>
    public async Task AppendAsync(Guid regionId, AccessRecord record, CancellationToken cancellationToken)
    {
        var gate = Locks.GetOrAdd(regionId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var last = await db.Entries.IgnoreQueryFilters().AsNoTracking()
                    .Where(e => e.RegionId == regionId)
                    .OrderByDescending(e => e.Sequence)
                    .Select(e => new { e.Sequence, e.Hash })
                    .FirstOrDefaultAsync(cancellationToken);
                var now = clock.GetUtcNow().UtcDateTime;
                var entry = new AccessLogEntry
                {
                    RegionId = regionId,
                    Sequence = (last?.Sequence ?? 0) + 1,
                    // Whole milliseconds: every provider stores them exactly, so the hash survives a round trip.
                    OccurredUtc = new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc),
                    UserId = user.UserId,
                    UserName = user.UserId is null ? "systeem" : user.DisplayName,
                    Role = string.Join(", ", user.Roles.Select(ZvhRoles.DisplayName)),
                    Organisation = user.Organisation,
                    Action = record.Action,
                    Purpose = record.Purpose,
                    Subject = record.Subject,
                    CaseId = record.CaseId,
                    ModuleId = record.ModuleId,
                    Emergency = record.Emergency,
                    Outcome = record.Outcome,
                    PreviousHash = last?.Hash ?? "",
                };
                entry.Persons.AddRange(record.PersonIds.Distinct().Select(p => new AccessLogPerson
                {
                    PersonId = p, RegionId = regionId, OccurredUtc = entry.OccurredUtc,
                }));
                entry.Hash = ComputeHash(entry);
                db.Entries.Add(entry);
                try
                {
                    using (CrossIfNeeded(regionId))
                    {
                        await db.SaveChangesAsync(cancellationToken);
                    }

                    db.ChangeTracker.Clear();
                    return;
                }
                catch (DbUpdateException) when (attempt < 5)
                {
                    db.ChangeTracker.Clear();
                }
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private IDisposable? CrossIfNeeded(Guid regionId) =>
        region.Region?.Id == regionId ? null : regionSetter.BeginCrossRegionScope("access-log");

    internal static string ComputeHash(AccessLogEntry e)
    {
        var persons = string.Join(",", e.Persons.Select(p => p.PersonId.ToString("N")).Order(StringComparer.Ordinal));
        var canonical = string.Join("|",
            e.Sequence.ToString(CultureInfo.InvariantCulture), e.RegionId.ToString("N"),
            e.OccurredUtc.ToString("yyyy-MM-ddTHH:mm:ss.fff", CultureInfo.InvariantCulture),
            e.UserId?.ToString("N") ?? "", e.UserName, e.Role, e.Organisation, e.OnBehalfOf ?? "", e.Action.ToString(),
            e.Purpose, e.Subject, e.CaseId?.ToString("N") ?? "", e.ModuleId, e.Emergency ? "1" : "0", e.Outcome, persons, e.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
