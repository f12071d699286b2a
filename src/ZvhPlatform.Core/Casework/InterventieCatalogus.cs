using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Data;

namespace ZvhPlatform.Core.Casework;

/// <summary>Every region starts its catalogue of interventions with the ones named in the seeds (<see cref="WayOfWorking.StandaardInterventies"/>).</summary>
internal static class InterventieCatalogus
{
    /// <summary>Adds the standard interventions to a region that has no catalogue yet; a region's own catalogue is never touched.</summary>
    public static async Task EnsureAsync(CaseworkDbContext db, Guid regionId, CancellationToken cancellationToken)
    {
        if (await db.Interventies.AnyAsync(i => i.RegionId == regionId, cancellationToken))
        {
            return;
        }

        foreach (var naam in WayOfWorking.StandaardInterventies)
        {
            db.Interventies.Add(new Interventie { RegionId = regionId, Naam = naam, Actief = true });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
