using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Contracts;
using ZvhPlatform.Core.Contracts.Regions;
using ZvhPlatform.Modules.Nazorg.Data;
using ZvhPlatform.Modules.Nazorg.Features.Meldingen;

namespace ZvhPlatform.Modules.Nazorg;

/// <summary>The figures of one municipality in a period.</summary>
/// <param name="GemeenteCode">CBS code.</param>
/// <param name="Gemeente">Name.</param>
/// <param name="Instroom">Meldingen received in the period.</param>
/// <param name="Actief">Meldingen open at some moment in the period (received before its end, not closed before its start).</param>
/// <param name="Vrijgelaten">Persons released in the period.</param>
/// <param name="VoldaanBijOntslag">Per basisvoorwaarde: how many of those released had it met (arranged or not needed) on the day of release.</param>
/// <param name="AllesVoldaanBijOntslag">Released with all five met.</param>
/// <param name="OnderdakOnbekend">Released while their housing was still unknown.</param>
internal sealed record NazorgGemeenteCijfers(string GemeenteCode, string Gemeente, int Instroom, int Actief, int Vrijgelaten,
    IReadOnlyDictionary<BasisvoorwaardeSoort, int> VoldaanBijOntslag, int AllesVoldaanBijOntslag, int OnderdakOnbekend);

/// <summary>The report over a period: a row per municipality and the total.</summary>
internal sealed record NazorgRapport(DateOnly Van, DateOnly Tot, IReadOnlyList<NazorgGemeenteCijfers> Gemeenten, NazorgGemeenteCijfers Totaal);

/// <summary>
/// Counts nazorg per municipality: instroom and actieve casuïstiek (as in the zvhd annual report), basisvoorwaarden met at
/// release and releases with unknown housing; also who is released soon with conditions still open. Parked meldingen
/// and those turned down are not nazorg work and are not counted. Aggregates only.
/// </summary>
internal sealed class NazorgCijfers(NazorgDbContext db, IRegionDirectory regions)
{
    /// <summary>How far ahead the dashboard and the daily warning look.</summary>
    public const int DagenVooruit = 14;

    public async Task<IReadOnlyList<OntslagRij>> BinnenkortVrijAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var until = today.AddDays(DagenVooruit);
        var soon = await db.Meldingen.AsNoTracking().Include(m => m.Basisvoorwaarden)
            .Where(m => m.Status == MeldingStatus.Actief && m.OntslagenOp == null && m.VerwachteOntslagdatum >= today && m.VerwachteOntslagdatum <= until)
            .OrderBy(m => m.VerwachteOntslagdatum).ThenBy(m => m.Kenmerk).ToListAsync(cancellationToken);
        return soon.Select(m => new OntslagRij(m.Id, m.Kenmerk, m.GemeenteCode, m.VerwachteOntslagdatum!.Value,
                m.Basisvoorwaarden.Where(v => v.Fase == Fase.VoorOntslag && !NazorgNamen.Voldaan(v.Status)).Select(v => v.Soort).Order().ToList()))
            .ToList();
    }

    public async Task<NazorgRapport> RapportAsync(DateOnly van, DateOnly tot, CancellationToken cancellationToken)
    {
        var meldingen = await db.Meldingen.AsNoTracking()
            .Where(m => m.Status != MeldingStatus.Geparkeerd && m.Status != MeldingStatus.Afgewezen && m.OntvangenOp <= tot
                        && (m.AfgeslotenOp == null || m.AfgeslotenOp >= van))
            .Select(m => new { m.Id, m.GemeenteCode, m.OntvangenOp, m.OntslagenOp })
            .ToListAsync(cancellationToken);
        var bijOntslag = await db.Basisvoorwaarden.AsNoTracking()
            .Where(v => v.Fase == Fase.VoorOntslag && db.Meldingen.Any(m => m.Id == v.MeldingId && m.OntslagenOp >= van && m.OntslagenOp <= tot))
            .Select(v => new { v.MeldingId, v.Soort, v.Status })
            .ToListAsync(cancellationToken);
        var perMelding = bijOntslag.GroupBy(v => v.MeldingId).ToDictionary(g => g.Key, g => g.ToList());

        var alle = await regions.GemeentenAsync(cancellationToken);
        var contract = (await regions.GemeentenWithModuleAsync(NazorgModule.Id, tot, cancellationToken)).Select(g => g.CbsCode).ToHashSet(StringComparer.Ordinal);
        var codes = contract.Concat(meldingen.Select(m => m.GemeenteCode)).Distinct(StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        var rows = new List<NazorgGemeenteCijfers>();
        foreach (var code in codes.OrderBy(c => alle.FirstOrDefault(g => g.CbsCode == c)?.Name ?? c, StringComparer.CurrentCulture))
        {
            var eigen = meldingen.Where(m => m.GemeenteCode == code).ToList();
            var vrij = eigen.Where(m => m.OntslagenOp >= van && m.OntslagenOp <= tot).Select(m => perMelding.GetValueOrDefault(m.Id) ?? []).ToList();
            rows.Add(new NazorgGemeenteCijfers(code, alle.FirstOrDefault(g => g.CbsCode == code)?.Name ?? code,
                eigen.Count(m => m.OntvangenOp >= van),
                eigen.Count,
                vrij.Count,
                NazorgNamen.Soorten.ToDictionary(s => s, s => vrij.Count(v => v.Any(x => x.Soort == s && NazorgNamen.Voldaan(x.Status)))),
                vrij.Count(v => v.Count == NazorgNamen.Soorten.Count && v.All(x => NazorgNamen.Voldaan(x.Status))),
                vrij.Count(v => !v.Any(x => x.Soort == BasisvoorwaardeSoort.Onderdak && x.Status != VoorwaardeStatus.Onbekend))));
        }

        var totaal = new NazorgGemeenteCijfers("", "Totaal", rows.Sum(r => r.Instroom), rows.Sum(r => r.Actief), rows.Sum(r => r.Vrijgelaten),
            NazorgNamen.Soorten.ToDictionary(s => s, s => rows.Sum(r => r.VoldaanBijOntslag[s])), rows.Sum(r => r.AllesVoldaanBijOntslag),
            rows.Sum(r => r.OnderdakOnbekend));
        return new NazorgRapport(van, tot, rows, totaal);
    }
}

/// <summary>Nazorg's work per municipality for the invoicing view: active trajects as cases, received meldingen as meldingen.</summary>
internal sealed class NazorgWorkCounter(NazorgCijfers cijfers) : IModuleWorkCounter
{
    public string ModuleId => NazorgModule.Id;

    public async Task<IReadOnlyList<ModuleWork>> CountAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var rapport = await cijfers.RapportAsync(from, to, cancellationToken);
        return rapport.Gemeenten.Select(g => new ModuleWork(g.GemeenteCode, g.Actief, g.Instroom, 0)).ToList();
    }
}
