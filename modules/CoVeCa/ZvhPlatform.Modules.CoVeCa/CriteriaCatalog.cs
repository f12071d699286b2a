using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Modules.CoVeCa.Data;

namespace ZvhPlatform.Modules.CoVeCa;

/// <summary>
/// The region's selection and closing criteria. A region that never set them starts with the defaults below
/// (the ones the seeds name), which its functioneel beheerder then rewords, extends or deactivates.
/// </summary>
internal sealed class CriteriaCatalog(CoVeCaDbContext db)
{
    public static IReadOnlyList<string> StandaardSelectie { get; } =
    [
        "Meerdere high impact delicten (overval, straatroof, woninginbraak, geweld) in de afgelopen jaren",
        "Problematiek op meerdere leefgebieden",
        "Eerdere (justitiële) interventies hadden onvoldoende effect",
        "Gemeente, politie en OM zien plaatsing op de lijst als noodzakelijk",
    ];

    public static IReadOnlyList<string> StandaardAfsluiting { get; } =
    [
        "Een jaar geen delicten",
        "Lange detentie",
        "Langlopend zonder resultaat",
        "Doelen van het plan van aanpak bereikt",
    ];

    /// <summary>The region's criteria of a kind (active first, in order), after giving a new region the defaults.</summary>
    public async Task<IReadOnlyList<Criterium>> ListAsync(CriteriumSoort soort, bool alleenActief, CancellationToken cancellationToken)
    {
        await EnsureDefaultsAsync(cancellationToken);
        return await db.Criteria.AsNoTracking()
            .Where(c => c.Soort == soort && (!alleenActief || c.Actief))
            .OrderByDescending(c => c.Actief).ThenBy(c => c.Volgorde).ThenBy(c => c.Tekst)
            .ToListAsync(cancellationToken);
    }

    public async Task EnsureDefaultsAsync(CancellationToken cancellationToken)
    {
        if (await db.Criteria.AnyAsync(cancellationToken))
        {
            return;
        }

        var order = 0;
        foreach (var tekst in StandaardSelectie)
        {
            db.Criteria.Add(new Criterium { Soort = CriteriumSoort.Selectie, Tekst = tekst, Volgorde = ++order });
        }

        order = 0;
        foreach (var tekst in StandaardAfsluiting)
        {
            db.Criteria.Add(new Criterium { Soort = CriteriumSoort.Afsluiting, Tekst = tekst, Volgorde = ++order });
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request gave the region its defaults at the same moment; theirs stand.
            foreach (var entry in db.ChangeTracker.Entries<Criterium>().Where(e => e.State == EntityState.Added).ToList())
            {
                entry.State = EntityState.Detached;
            }
        }
    }
}
