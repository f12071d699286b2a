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

/// <summary>
/// Appends hash-chained entries to the region's access log. Appends of one region are serialized in this process,
/// and those that queue up while one is being written are written together, chained in queue order, in one
/// SaveChanges (one commit, one flush to disk) by whichever caller gets the turn: every caller still returns only
/// after its own line is committed, but a busy region no longer pays one disk flush per page view
/// (docs/adr/0009). The unique (region, sequence) index catches a second instance appending concurrently, and the
/// whole group is chained again on top of the other's lines and retried.
/// </summary>
internal sealed class AccessLog(AuditDbContext db, IRegionContext region, IRegionContextSetter regionSetter, CurrentUser user, TimeProvider clock)
    : IAccessLog
{
    // Per database and region: the writer writes the group with its own context, so a group must never hold lines
    // meant for another database (several hosts share a process in the tests).
    private static readonly ConcurrentDictionary<(string? Database, Guid RegionId), RegionQueue> Queues = new();

    public async Task RecordAsync(AccessRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var regionId = region.RequiredRegion.Id;
        await AppendAsync(regionId, record, cancellationToken);
    }

    /// <summary>Appends in a given region (the national check logs in the region it looked into too).</summary>
    public async Task AppendAsync(Guid regionId, AccessRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        // Who and what are taken from this request now; sequence, time and hashes when the line is written.
        var mine = new Pending(new LineData(user.UserId, user.UserId is null ? "systeem" : user.DisplayName,
            string.Join(", ", user.Roles.Select(ZvhRoles.DisplayName)), user.Organisation, record));
        var queue = Queues.GetOrAdd((db.Database.GetConnectionString(), regionId), _ => new RegionQueue());
        if (db.Database.CurrentTransaction is not null)
        {
            // Inside a caller's transaction the line is written on that transaction and never put in the shared queue:
            // another writer taking it would wait for the database lock this caller's transaction holds, while this
            // caller waits for that writer (on SQLite a hang until the command timeout).
            await queue.Gate.WaitAsync(cancellationToken);
            try
            {
                await WriteAsync(regionId, [mine]);
            }
            finally
            {
                queue.Gate.Release();
            }

            return;
        }

        lock (queue.Waiting)
        {
            queue.Waiting.Add(mine);
        }

        try
        {
            await queue.Gate.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            lock (queue.Waiting)
            {
                if (queue.Waiting.Remove(mine))
                {
                    throw; // not taken by a writer yet: withdrawn, nothing written, as before
                }
            }

            await mine.Done.Task; // a writer already took it: its outcome is this caller's outcome
            return;
        }

        try
        {
            // Only a writer holding the gate takes lines, and it completes them before it releases the gate:
            // a line not yet completed here is still waiting, so this caller writes it (and those queued with it).
            if (!mine.Done.Task.IsCompleted)
            {
                List<Pending> group;
                lock (queue.Waiting)
                {
                    group = [.. queue.Waiting];
                    queue.Waiting.Clear();
                }

                try
                {
                    await WriteAsync(regionId, group);
                    group.ForEach(p => p.Done.TrySetResult());
                }
                catch (Exception ex)
                {
                    group.ForEach(p => p.Done.TrySetException(ex));
                }
            }
        }
        finally
        {
            queue.Gate.Release();
        }

        await mine.Done.Task;
    }

    // Not cancellable: the group holds other callers' lines, and a half-written group would only be retried anyway.
    private async Task WriteAsync(Guid regionId, List<Pending> group)
    {
        for (var attempt = 1; ; attempt++)
        {
            var last = await db.Entries.IgnoreQueryFilters().AsNoTracking()
                .Where(e => e.RegionId == regionId)
                .OrderByDescending(e => e.Sequence)
                .Select(e => new { e.Sequence, e.Hash })
                .FirstOrDefaultAsync(CancellationToken.None);
            var now = clock.GetUtcNow().UtcDateTime;
            // Whole milliseconds: every provider stores them exactly, so the hash survives a round trip.
            var occurred = new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
            var sequence = last?.Sequence ?? 0;
            var previous = last?.Hash ?? "";
            foreach (var line in group.Select(p => p.Line))
            {
                var entry = new AccessLogEntry
                {
                    RegionId = regionId,
                    Sequence = ++sequence,
                    OccurredUtc = occurred,
                    UserId = line.UserId,
                    UserName = line.UserName,
                    Role = line.Role,
                    Organisation = line.Organisation,
                    Action = line.Record.Action,
                    Purpose = line.Record.Purpose,
                    Subject = line.Record.Subject,
                    CaseId = line.Record.CaseId,
                    ModuleId = line.Record.ModuleId,
                    Emergency = line.Record.Emergency,
                    Outcome = line.Record.Outcome,
                    PreviousHash = previous,
                };
                entry.Persons.AddRange(line.Record.PersonIds.Distinct().Select(p => new AccessLogPerson
                {
                    PersonId = p, RegionId = regionId, OccurredUtc = entry.OccurredUtc,
                }));
                entry.Hash = ComputeHash(entry);
                previous = entry.Hash;
                db.Entries.Add(entry);
            }

            try
            {
                using (CrossIfNeeded(regionId))
                {
                    await db.SaveChangesAsync(CancellationToken.None);
                }

                db.ChangeTracker.Clear();
                return;
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                db.ChangeTracker.Clear();
            }
            catch
            {
                db.ChangeTracker.Clear();
                throw;
            }
        }
    }

    /// <summary>A region's queue of lines waiting to be written, and the turn to write them.</summary>
    private sealed class RegionQueue
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public List<Pending> Waiting { get; } = [];
    }

    private sealed record LineData(Guid? UserId, string UserName, string Role, string Organisation, AccessRecord Record);

    private sealed class Pending(LineData line)
    {
        public LineData Line { get; } = line;

        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
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
