using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Contracts;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Features.Rapportage;
using ZvhPlatform.Kernel.Modules;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Core.Features.Contracts;

/// <summary>
/// The contract and invoicing view: for every plustaak of the region, which municipalities bought it for which period,
/// and the work done per municipality in a chosen period, counted from the core's casework tables per module and from the
/// module itself (<see cref="IModuleWorkCounter"/>). Counts only, no persons.
/// </summary>
[RequiresPermission(CorePermissions.FacturatieInzien)]
internal sealed record ViewFacturatie(DateOnly? Van, DateOnly? Tot) : IQuery<Facturatie>;

/// <summary>One municipality's line for a plustaak: its contract periods and the work in the chosen period.</summary>
internal sealed record FacturatieRegel(string GemeenteCode, string Gemeente, string Contractperiode, bool InContract, int CasussenGeopend, int CasussenActief,
    int Aanmeldingen, int Overleggen, ModuleWork? Module);

/// <summary>A contract of a plustaak as the view lists it.</summary>
internal sealed record FacturatieContract(DateOnly Van, DateOnly? Tot, IReadOnlyList<string> Gemeenten, string? Notitie);

/// <summary>A plustaak with its contracts and lines; <see cref="ModuleTelt"/> when the module counts work of its own.</summary>
internal sealed record FacturatiePlustaak(string ModuleId, string Naam, bool Geinstalleerd, bool ModuleTelt, IReadOnlyList<FacturatieContract> Contracten,
    IReadOnlyList<FacturatieRegel> Regels)
{
    public FacturatieRegel Totaal => new("", "Totaal", "", false, Regels.Sum(r => r.CasussenGeopend), Regels.Sum(r => r.CasussenActief),
        Regels.Sum(r => r.Aanmeldingen), Regels.Sum(r => r.Overleggen),
        ModuleTelt ? new ModuleWork("", Regels.Sum(r => r.Module?.Casussen ?? 0), Regels.Sum(r => r.Module?.Meldingen ?? 0), Regels.Sum(r => r.Module?.Overleggen ?? 0)) : null);
}

/// <summary>The invoicing view for a period.</summary>
internal sealed record Facturatie(DateOnly Van, DateOnly Tot, IReadOnlyList<FacturatiePlustaak> Plustaken)
{
    /// <summary>The view as a report, so the core's CSV and Excel writers export exactly the cells the screen shows.</summary>
    public Rapport AlsRapport()
    {
        var tabellen = Plustaken.Select(p =>
        {
            var kolommen = new List<string> { "Contractperiode", "Casussen geopend", "Casussen actief", "Aanmeldingen", "Casusoverleggen" };
            if (p.ModuleTelt)
            {
                kolommen.AddRange(["Module: casussen", "Module: meldingen", "Module: overleggen"]);
            }

            var rijen = p.Regels.Append(p.Totaal).Select(r =>
            {
                var cellen = new List<RapportCel>
                {
                    RapportCel.Afgeleid(r.Contractperiode), RapportCel.Getal(r.CasussenGeopend), RapportCel.Getal(r.CasussenActief),
                    RapportCel.Getal(r.Aanmeldingen), RapportCel.Getal(r.Overleggen),
                };
                if (p.ModuleTelt)
                {
                    cellen.AddRange([RapportCel.Getal(r.Module?.Casussen ?? 0), RapportCel.Getal(r.Module?.Meldingen ?? 0), RapportCel.Getal(r.Module?.Overleggen ?? 0)]);
                }

                return new RapportRij(r.Gemeente, cellen, Totaal: r.GemeenteCode.Length == 0);
            }).ToList();
            return new RapportTabel(p.ModuleId, $"Plustaak {p.Naam}", "Werk per gemeente in de periode", kolommen, rijen);
        }).ToList();
        return new Rapport(new RapportageFilter("plustaken", null, Van, Tot), "Facturatie plustaken", [], tabellen, 0, false, []);
    }
}

internal sealed class ViewFacturatieValidator : IRequestValidator<ViewFacturatie>
{
    public IEnumerable<ValidationProblem> Validate(ViewFacturatie request)
    {
        if (request.Van is null || request.Tot is null)
        {
            yield return new(nameof(request.Van), "Vul de periode in: van en tot en met.");
        }
        else if (request.Tot < request.Van)
        {
            yield return new(nameof(request.Tot), "De einddatum van de periode ligt vóór de begindatum.");
        }
        else if (request.Tot.Value.DayNumber - request.Van.Value.DayNumber > 366 * 5)
        {
            yield return new(nameof(request.Tot), "Kies een periode van hoogstens vijf jaar.");
        }
    }
}

internal sealed class ViewFacturatieHandler(CoreDbContext core, CaseworkDbContext db, ModuleCatalog catalog, IEnumerable<IModuleWorkCounter> counters,
    TimeProvider clock, IRegionContext region) : IQueryHandler<ViewFacturatie, Facturatie>
{
    public async ValueTask<Facturatie> Handle(ViewFacturatie query, CancellationToken cancellationToken)
    {
        // Also said plainly next to the context's "cross-region or this region" filter, so SQLite can use the (RegionId, ...) indexes.
        var regionId = region.RequiredRegion.Id;
        var van = query.Van!.Value;
        var tot = query.Tot!.Value;
        var gemeenten = await core.Gemeenten.AsNoTracking().OrderBy(g => g.Name).Select(g => new { g.CbsCode, g.Name }).ToListAsync(cancellationToken);
        var naam = gemeenten.ToDictionary(g => g.CbsCode, g => g.Name, StringComparer.OrdinalIgnoreCase);
        var contracts = await core.Contracts.AsNoTracking().Include(c => c.Gemeenten).Where(c => c.Kind == ModuleKind.Plustaak)
            .OrderBy(c => c.ModuleId).ThenBy(c => c.ValidFrom).ToListAsync(cancellationToken);
        var plustaken = new List<FacturatiePlustaak>();
        foreach (var group in contracts.GroupBy(c => c.ModuleId))
        {
            var moduleId = group.Key;
            var module = catalog.Find(moduleId);
            // Periods per municipality; a contract without municipalities covers every municipality of the region.
            var perioden = gemeenten.ToDictionary(g => g.CbsCode,
                g => group.Where(c => c.CoversWholeRegion || c.Gemeenten.Any(x => x.CbsCode == g.CbsCode)).Select(c => (c.ValidFrom, c.ValidTo)).ToList(),
                StringComparer.OrdinalIgnoreCase);

            // Counted per stored municipality code in the database; codes are matched case-insensitively below, as the lines are.
            var cases = await db.Casussen.AsNoTracking()
                .Where(c => c.RegionId == regionId && c.ModuleId == moduleId && c.GeopendOp <= tot && (c.AfgeslotenOp == null || c.AfgeslotenOp >= van))
                .GroupBy(c => c.GemeenteCode)
                .Select(g => new { GemeenteCode = g.Key, Actief = g.Count(), Geopend = g.Sum(c => c.GeopendOp >= van ? 1 : 0) })
                .ToListAsync(cancellationToken);
            var aanmeldingen = await db.Aanmeldingen.AsNoTracking()
                .Where(a => a.RegionId == regionId && a.ModuleId == moduleId && a.OntvangenOp >= van && a.OntvangenOp <= tot)
                .GroupBy(a => a.GemeenteCode).Select(g => new { GemeenteCode = g.Key, Aantal = g.Count() }).ToListAsync(cancellationToken);
            var vanUtc = RegieSupport.ToUtc(van.ToDateTime(TimeOnly.MinValue), clock);
            var totUtc = RegieSupport.ToUtc(tot.AddDays(1).ToDateTime(TimeOnly.MinValue), clock);
            // A meeting counts once for every municipality that had a case on its agenda.
            var overleggen = await (from o in db.Overleggen
                                    where o.RegionId == regionId && o.ModuleId == moduleId && o.Aanvang >= vanUtc && o.Aanvang < totUtc
                                    from a in o.Agenda
                                    join c in db.Casussen on a.CasusId equals c.Id
                                    select new { o.Id, c.GemeenteCode }).Distinct()
                .GroupBy(o => o.GemeenteCode).Select(g => new { GemeenteCode = g.Key, Aantal = g.Count() }).ToListAsync(cancellationToken);
            var counter = counters.FirstOrDefault(c => c.ModuleId == moduleId);
            var moduleWerk = counter is null || module is null
                ? []
                : (await counter.CountAsync(van, tot, cancellationToken)).GroupBy(w => w.GemeenteCode, StringComparer.OrdinalIgnoreCase)
                    .ToDictionary(g => g.Key, g => new ModuleWork(g.Key, g.Sum(w => w.Casussen), g.Sum(w => w.Meldingen), g.Sum(w => w.Overleggen)),
                        StringComparer.OrdinalIgnoreCase);

            var codes = perioden.Where(p => p.Value.Count > 0).Select(p => p.Key)
                .Concat(cases.Select(c => c.GemeenteCode).OfType<string>())
                .Concat(aanmeldingen.Select(a => a.GemeenteCode).OfType<string>())
                .Concat(overleggen.Select(o => o.GemeenteCode).OfType<string>())
                .Concat(moduleWerk.Keys)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .OrderBy(c => naam.GetValueOrDefault(c, c), StringComparer.CurrentCulture)
                .ToList();
            var regels = codes.Select(code =>
            {
                var periods = perioden.GetValueOrDefault(code) ?? [];
                return new FacturatieRegel(code, naam.GetValueOrDefault(code, code),
                    periods.Count == 0 ? "geen contract" : string.Join("; ", periods.Select(p => Periode(p.ValidFrom, p.ValidTo))),
                    periods.Any(p => p.ValidFrom <= tot && (p.ValidTo is null || p.ValidTo >= van)),
                    cases.Where(c => Same(c.GemeenteCode, code)).Sum(c => c.Geopend),
                    cases.Where(c => Same(c.GemeenteCode, code)).Sum(c => c.Actief),
                    aanmeldingen.Where(a => Same(a.GemeenteCode, code)).Sum(a => a.Aantal),
                    overleggen.Where(o => Same(o.GemeenteCode, code)).Sum(o => o.Aantal),
                    counter is null ? null : moduleWerk.GetValueOrDefault(code) ?? new ModuleWork(code, 0, 0, 0));
            }).ToList();
            plustaken.Add(new FacturatiePlustaak(moduleId, module?.Manifest.DisplayName ?? moduleId, module is not null, counter is not null && module is not null,
                group.Select(c => new FacturatieContract(c.ValidFrom, c.ValidTo,
                    c.CoversWholeRegion ? ["hele regio"] : c.Gemeenten.Select(g => naam.GetValueOrDefault(g.CbsCode, g.CbsCode)).Order(StringComparer.CurrentCulture).ToList(),
                    c.Note)).ToList(),
                regels));
        }

        return new Facturatie(van, tot, plustaken.OrderBy(p => p.Naam, StringComparer.CurrentCulture).ToList());
    }

    private static bool Same(string? a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static string Periode(DateOnly van, DateOnly? tot) =>
        tot is { } t
            ? $"{van.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)} t/m {t.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)}"
            : $"vanaf {van.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)}";
}
