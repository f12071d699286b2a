using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using ZvhPlatform.Core.Data;

namespace ZvhPlatform.Core.Identity;

/// <summary>Session limits (section <c>Sessions</c>).</summary>
public sealed class SessionLimits
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Sessions";

    /// <summary>A session without activity for this long ends.</summary>
    public TimeSpan Idle { get; set; } = TimeSpan.FromMinutes(20);

    /// <summary>A session ends this long after sign-in, active or not.</summary>
    public TimeSpan Absolute { get; set; } = TimeSpan.FromHours(10);
}

/// <summary>A session that is still open: the user's memberships, and their unread notifications per membership region.</summary>
public sealed record ValidSession(IReadOnlyList<(Guid RegionId, string Role)> Memberships, IReadOnlyDictionary<Guid, int> UnreadNotifications);

/// <summary>The server side of a signed-in session: start, validate (idle and absolute limits), end.</summary>
public sealed class UserSessions
{
    private readonly IdentityStoreDbContext db;
    private readonly TimeProvider clock;

    internal UserSessions(IdentityStoreDbContext db, TimeProvider clock)
    {
        this.db = db;
        this.clock = clock;
    }

    // Writing LastSeen on every request would turn every read into a write; a minute is precise enough for a 20-minute limit.
    private static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(1);

    /// <summary>See the type summary.</summary>
    public async Task<Guid> StartAsync(Guid userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var session = new UserSession { UserId = userId, StartedUtc = now, LastSeenUtc = now };
        db.Sessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return session.Id;
    }

    /// <summary>Checks the session is still valid and records activity; ends it when a limit passed.</summary>
    public async Task<bool> ValidateAsync(Guid sessionId, Guid userId, SessionLimits limits, CancellationToken cancellationToken) =>
        await ValidateWithMembershipsAsync(sessionId, userId, limits, cancellationToken) is not null;

    /// <summary>
    /// The check of <see cref="ValidateAsync"/> with the user's current memberships and their unread notifications per
    /// region, read in one statement: null when the session is no longer valid. Runs on every request with a session
    /// cookie, so nothing is cached: a sign-out, an expiry or a revoked role anywhere (any instance) is seen on the very
    /// next request.
    /// </summary>
    public async Task<ValidSession?> ValidateWithMembershipsAsync(Guid sessionId, Guid userId, SessionLimits limits,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var rows = new List<SessionRow>(4);
        await foreach (var row in SessionWithMemberships(db, sessionId, userId).WithCancellation(cancellationToken))
        {
            rows.Add(row);
        }

        if (rows.Count == 0 || rows[0].EndedUtc is not null)
        {
            return null;
        }

        var session = rows[0];
        var now = clock.GetUtcNow().UtcDateTime;
        string? reason = null;
        if (now - session.StartedUtc > limits.Absolute)
        {
            reason = "verlopen (maximale duur)";
        }
        else if (now - session.LastSeenUtc > limits.Idle)
        {
            reason = "verlopen (inactief)";
        }

        if (reason is not null)
        {
            await db.Sessions.Where(s => s.Id == sessionId && s.EndedUtc == null)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.EndedUtc, now).SetProperty(s => s.EndReason, reason), cancellationToken);
            return null;
        }

        if (now - session.LastSeenUtc > TouchInterval)
        {
            await db.Sessions.Where(s => s.Id == sessionId && s.EndedUtc == null)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.LastSeenUtc, now), cancellationToken);
        }

        var memberships = new List<(Guid RegionId, string Role)>(rows.Count);
        var unread = new Dictionary<Guid, int>(rows.Count);
        foreach (var row in rows)
        {
            if (row.RegionId is { } regionId && row.Role is { } role)
            {
                memberships.Add((regionId, role));
                unread[regionId] = row.Unread;
            }
        }

        return new ValidSession(memberships, unread);
    }

    /// <summary>
    /// One row per membership (or one row with no membership) of the session's user, with the user's unread
    /// notifications in that membership's region: the header shows that number on every page, and as a column of this
    /// statement it costs no round trip of its own (ADR 17).
    /// </summary>
    private static IAsyncEnumerable<SessionRow> SessionWithMemberships(IdentityStoreDbContext db, Guid sessionId, Guid userId) =>
        CompiledSessionQueries.GetValue(db.Model, _ => EF.CompileAsyncQuery((IdentityStoreDbContext c, Guid s, Guid u) =>
            from session in c.Sessions.AsNoTracking()
            where session.Id == s && session.UserId == u
            from m in c.Memberships.AsNoTracking().Where(m => m.UserId == session.UserId).DefaultIfEmpty()
            select new SessionRow(session.StartedUtc, session.LastSeenUtc, session.EndedUtc, m == null ? null : m.RegionId, m == null ? null : m.Role,
                m == null ? 0 : c.UnreadNotifications.Count(n => n.RegionId == m.RegionId && n.UserId == u && n.GelezenUtc == null))))(
            db, sessionId, userId);

    // Compiled once per model: a compiled query is bound to the model it was compiled for, and one process may hold
    // hosts on different providers (the tests do).
    private static readonly ConditionalWeakTable<IModel, Func<IdentityStoreDbContext, Guid, Guid, IAsyncEnumerable<SessionRow>>> CompiledSessionQueries = new();

    private sealed record SessionRow(DateTime StartedUtc, DateTime LastSeenUtc, DateTime? EndedUtc, Guid? RegionId, string? Role, int Unread);

    /// <summary>See the type summary.</summary>
    public async Task EndAsync(Guid sessionId, string reason, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Sessions.Where(s => s.Id == sessionId && s.EndedUtc == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.EndedUtc, now).SetProperty(s => s.EndReason, reason), cancellationToken);
    }

    /// <summary>The user's region memberships as (region, role) pairs.</summary>
    public async Task<IReadOnlyList<(Guid RegionId, string Role)>> MembershipsAsync(Guid userId, CancellationToken cancellationToken) =>
        (await db.Memberships.AsNoTracking().Where(m => m.UserId == userId)
            .Select(m => new { m.RegionId, m.Role }).ToListAsync(cancellationToken))
        .Select(m => (m.RegionId, m.Role)).ToList();
}
