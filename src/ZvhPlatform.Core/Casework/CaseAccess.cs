using Microsoft.EntityFrameworkCore;
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
        var moduleId = await db.Casussen.Where(c => c.Id == caseId).Select(c => c.ModuleId).FirstOrDefaultAsync(cancellationToken);
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
            && await db.Deelnemers.AnyAsync(d => d.CasusId == caseId && d.UserId == userId && d.VerwijderdUtc == null, cancellationToken))
        {
            return new CaseAccessDecision(true, false);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var emergency = await db.Noodtoegangen.AnyAsync(n => n.CasusId == caseId && n.UserId == userId && n.VerlooptUtc > now, cancellationToken);
        return new CaseAccessDecision(emergency, emergency);
    }
}
