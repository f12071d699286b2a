using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Modules;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Casework;

/// <summary>
/// Which compartmented modules (CTER) are closed to the current user, and which persons are known only
/// through them: those persons do not exist for this user in search, person pages and the bekendheidscheck.
/// </summary>
internal sealed class Compartments(ModuleCatalog catalog, ICurrentUser user, CaseworkDbContext db)
{
    public IReadOnlyList<string> ClosedModules { get; } = catalog.Modules
        .Where(m => m.Manifest.Compartment && !user.HasPermission(m.Manifest.CompartmentPermission))
        .Select(m => m.Manifest.Id).ToList();

    public bool IsClosed(string moduleId) => ClosedModules.Contains(moduleId);

    /// <summary>Persons whose every case is in a compartment closed to the user (in this region, or in all regions).</summary>
    public async Task<IReadOnlySet<Guid>> HiddenPersonsAsync(bool allRegions, CancellationToken cancellationToken)
    {
        if (ClosedModules.Count == 0)
        {
            return new HashSet<Guid>();
        }

        var closed = ClosedModules.ToList();
        var links = from p in allRegions ? db.CasusPersonen.IgnoreQueryFilters([ModuleDbContext.RegionFilter]) : db.CasusPersonen
                    join c in allRegions ? db.Casussen.IgnoreQueryFilters([ModuleDbContext.RegionFilter]) : db.Casussen on p.CasusId equals c.Id
                    select new { p.PersonId, c.ModuleId };
        var inClosed = await links.Where(l => closed.Contains(l.ModuleId)).Select(l => l.PersonId).Distinct().ToListAsync(cancellationToken);
        if (inClosed.Count == 0)
        {
            return new HashSet<Guid>();
        }

        var alsoElsewhere = await links.Where(l => inClosed.Contains(l.PersonId) && !closed.Contains(l.ModuleId))
            .Select(l => l.PersonId).Distinct().ToListAsync(cancellationToken);
        return inClosed.Except(alsoElsewhere).ToHashSet();
    }
}
