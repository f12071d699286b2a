using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Persons;
using ZvhPlatform.Core.Privacy;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Core.Features.Persons;

/// <summary>
/// The national bekendheidscheck: is this person known at another ZVH? Only the fact crosses the
/// border ("dat-informatie": which region and its contactpunt), never content. An exact BSN match
/// is "bekend", a surname or full name with date of birth "mogelijk bekend". The check is logged in
/// the asking region and, with the matched persons, in every region that had a match.
/// </summary>
[RequiresPermission(CorePermissions.PersonenZoeken)]
internal sealed record CheckKnownNationally(string? Bsn, string? Naam, DateOnly? Geboortedatum, string Purpose) : IQuery<IReadOnlyList<NationalMatch>>;

/// <summary>A region where the person is (possibly) known, and whom to contact there.</summary>
internal sealed record NationalMatch(string RegionName, string? Contactpunt, bool Certain);

internal sealed class CheckKnownNationallyValidator : IRequestValidator<CheckKnownNationally>
{
    public IEnumerable<ValidationProblem> Validate(CheckKnownNationally request)
    {
        if (!Purposes.IsKnown(request.Purpose))
        {
            yield return new(nameof(request.Purpose), "Kies het doel van de bekendheidscheck.");
        }

        var hasBsn = !string.IsNullOrWhiteSpace(request.Bsn);
        if (hasBsn && !ZvhPlatform.Core.Contracts.Persons.Bsn.IsValid(request.Bsn))
        {
            yield return new(nameof(request.Bsn), "Dit is geen geldig BSN (het voldoet niet aan de elfproef).");
        }

        if (!hasBsn && (Person.Normalize(request.Naam).Length < 2 || request.Geboortedatum is null))
        {
            yield return new(nameof(request.Naam), "Landelijk zoeken kan op BSN, of op achternaam (of volledige naam) met geboortedatum.");
        }
    }
}

internal sealed class CheckKnownNationallyHandler(CoreDbContext db, IRegionContext region, IRegionContextSetter regionSetter, IRegionStore regions,
    AccessLog log, ZvhPlatform.Core.Casework.Compartments compartments) : IQueryHandler<CheckKnownNationally, IReadOnlyList<NationalMatch>>
{
    public async ValueTask<IReadOnlyList<NationalMatch>> Handle(CheckKnownNationally query, CancellationToken cancellationToken)
    {
        var own = region.RequiredRegion;
        var bsn = ZvhPlatform.Core.Contracts.Persons.Bsn.Normalize(query.Bsn);
        var name = Person.Normalize(query.Naam);
        var dob = query.Geboortedatum;

        List<(Guid RegionId, Guid PersonId, bool Certain)> hits;
        // Persons known only in a compartment (CTER) stay silent for users outside it, in every region.
        var hidden = (await compartments.HiddenPersonsAsync(allRegions: true, cancellationToken)).ToList();
        using (regionSetter.BeginCrossRegionScope("landelijke bekendheidscheck"))
        {
            var others = db.Persons.IgnoreQueryFilters([ModuleDbContext.RegionFilter]).AsNoTracking()
                .Where(p => p.RegionId != own.Id && p.MergedIntoId == null && !hidden.Contains(p.Id));
            others = bsn is not null
                ? others.Where(p => p.Bsn == bsn || (dob != null && p.Geboortedatum == dob && (p.ZoekAchternaam == name || p.ZoekNaam == name)))
                : others.Where(p => p.Geboortedatum == dob && (p.ZoekAchternaam == name || p.ZoekNaam == name));
            hits = (await others.Select(p => new { p.RegionId, p.Id, p.Bsn }).Take(200).ToListAsync(cancellationToken))
                .Select(p => (p.RegionId, p.Id, bsn is not null && p.Bsn == bsn)).ToList();
        }

        await log.RecordAsync(new AccessRecord(AccessAction.Zoeken, query.Purpose, [], null, "core", "toegestaan", false,
            "landelijke bekendheidscheck"), cancellationToken);

        var all = await regions.AllAsync(cancellationToken);
        var result = new List<NationalMatch>();
        foreach (var group in hits.GroupBy(h => h.RegionId))
        {
            var other = all.FirstOrDefault(r => r.Id == group.Key);
            if (other is null)
            {
                continue;
            }

            // The region that was looked into learns who looked and for which of its persons.
            await log.AppendAsync(other.Id, new AccessRecord(AccessAction.Zoeken, query.Purpose, group.Select(g => g.PersonId).ToList(), null, "core",
                "toegestaan", false, $"landelijke bekendheidscheck vanuit {own.Name}"), cancellationToken);
            var contactpunt = await db.Regions.AsNoTracking().Where(r => r.Id == other.Id).Select(r => r.Contactpunt).FirstOrDefaultAsync(cancellationToken);
            result.Add(new NationalMatch(other.Name, contactpunt, group.Any(g => g.Certain)));
        }

        return result.OrderBy(r => r.RegionName, StringComparer.Ordinal).ToList();
    }
}
