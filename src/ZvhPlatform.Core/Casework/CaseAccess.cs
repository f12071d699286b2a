using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using ZvhPlatform.Core.Access;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Data;

namespace ZvhPlatform.Core.Casework;

/// <summary>Need-to-know per case, evaluated on every request (so leaving a case ends access at once).</summary>
internal sealed class CaseAccess(CaseworkDbContext db, CurrentUser user, Compartments compartments, TimeProvider clock) : ICaseAccess
{
    public async Task<CaseAccessDecision> CheckAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        var q = Queries.GetValue(db.Model, _ => new AccessQueries());
        var moduleId = await q.ModuleOf(db, caseId, cancellationToken);
        if (moduleId is null || compartments.IsClosed(moduleId))
        {
            // A compartment's case does not exist for someone outside it; not even emergency access opens it.
            return new CaseAccessDecision(false, false);
        }

        if (user.HasPermission(CorePermissions.CasussenWerken))
        {
            return new CaseAccessDecision(true, false);
        }

        if (user.UserId is not { } userId)
        {
            return new CaseAccessDecision(false, false);
        }

        if (user.HasPermission(CorePermissions.CasussenDeelnemen)
            && await q.Participates(db, caseId, userId, cancellationToken))
        {
            return new CaseAccessDecision(true, false);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var emergency = await q.HasEmergencyAccess(db, caseId, userId, now, cancellationToken);
        return new CaseAccessDecision(emergency, emergency);
    }

    // Asked before every case-scoped page and command, so compiled once per model (one process may hold hosts on
    // several providers); the region query filter is part of each and reads the context's current region when it runs.
    private static readonly ConditionalWeakTable<IModel, AccessQueries> Queries = new();

    private sealed class AccessQueries
    {
        public Func<CaseworkDbContext, Guid, CancellationToken, Task<string?>> ModuleOf { get; } = EF.CompileAsyncQuery(
            (CaseworkDbContext db, Guid caseId, CancellationToken ct) => db.Casussen.Where(c => c.Id == caseId).Select(c => (string?)c.ModuleId).FirstOrDefault());

        public Func<CaseworkDbContext, Guid, Guid, CancellationToken, Task<bool>> Participates { get; } = EF.CompileAsyncQuery(
            (CaseworkDbContext db, Guid caseId, Guid userId, CancellationToken ct) =>
                db.Deelnemers.Any(d => d.CasusId == caseId && d.UserId == userId && d.VerwijderdUtc == null));

        public Func<CaseworkDbContext, Guid, Guid, DateTime, CancellationToken, Task<bool>> HasEmergencyAccess { get; } = EF.CompileAsyncQuery(
            (CaseworkDbContext db, Guid caseId, Guid userId, DateTime now, CancellationToken ct) =>
                db.Noodtoegangen.Any(n => n.CasusId == caseId && n.UserId == userId && n.VerlooptUtc > now));
    }
}
