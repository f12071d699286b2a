using Microsoft.EntityFrameworkCore;
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
    public async Task<bool> ValidateAsync(Guid sessionId, Guid userId, SessionLimits limits, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.SingleOrDefaultAsync(s => s.Id == sessionId && s.UserId == userId, cancellationToken);
        if (session is null || session.EndedUtc is not null)
        {
            return false;
        }

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
            session.EndedUtc = now;
            session.EndReason = reason;
            await db.SaveChangesAsync(cancellationToken);
            return false;
        }

        if (now - session.LastSeenUtc > TouchInterval)
        {
            session.LastSeenUtc = now;
            await db.SaveChangesAsync(cancellationToken);
        }

        return true;
    }

    /// <summary>See the type summary.</summary>
    public async Task EndAsync(Guid sessionId, string reason, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Sessions.Where(s => s.Id == sessionId && s.EndedUtc == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.EndedUtc, now).SetProperty(s => s.EndReason, reason), cancellationToken);
    }

    /// <summary>The user's region memberships as (region, role) pairs.</summary>
    /// <summary>See the type summary.</summary>
    public async Task<IReadOnlyList<(Guid RegionId, string Role)>> MembershipsAsync(Guid userId, CancellationToken cancellationToken) =>
        (await db.Memberships.AsNoTracking().Where(m => m.UserId == userId)
            .Select(m => new { m.RegionId, m.Role }).ToListAsync(cancellationToken))
        .Select(m => (m.RegionId, m.Role)).ToList();
}
