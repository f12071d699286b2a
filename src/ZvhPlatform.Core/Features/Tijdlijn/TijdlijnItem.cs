using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Features.Advies;
using ZvhPlatform.Core.Features.Zsm;

namespace ZvhPlatform.Core.Features.Tijdlijn;

/// <summary>One dated event on a timeline.</summary>
internal sealed record TijdlijnItem(DateOnly Datum, string Soort, string Omschrijving, string? Kenmerk, string? Link);

/// <summary>Collects everything dated about a set of cases (and optionally about a person outside those cases) from the casework tables.</summary>
internal static class TijdlijnBron
{
    public static async Task<List<TijdlijnItem>> VanCasussenAsync(CaseworkDbContext db, IReadOnlyCollection<Guid> caseIds, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var items = new List<TijdlijnItem>();
        if (caseIds.Count == 0)
        {
            return items;
        }

        var ids = caseIds.ToList();
        var kenmerken = await db.Casussen.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Kenmerk, cancellationToken);
        string K(Guid id) => kenmerken.GetValueOrDefault(id, "");

        var aanmeldingen = await db.Aanmeldingen.AsNoTracking().Where(a => a.CasusId != null && ids.Contains(a.CasusId.Value))
            .Select(a => new { a.Id, a.CasusId, a.Kenmerk, a.OntvangenOp, a.VerwijzerOrganisatie }).ToListAsync(cancellationToken);
        items.AddRange(aanmeldingen.Select(a => new TijdlijnItem(a.OntvangenOp, "Aanmelding", $"Aanmelding {a.Kenmerk} van {a.VerwijzerOrganisatie}",
            K(a.CasusId!.Value), $"/casussen/{a.CasusId}")));
        var aanmeldingIds = aanmeldingen.Select(a => a.Id).ToList();
        var triages = await db.Triages.AsNoTracking().Where(t => aanmeldingIds.Contains(t.AanmeldingId))
            .Select(t => new { t.AanmeldingId, t.Datum, t.Uitkomst }).ToListAsync(cancellationToken);
        items.AddRange(triages.Select(t =>
        {
            var casus = aanmeldingen.First(a => a.Id == t.AanmeldingId).CasusId!.Value;
            return new TijdlijnItem(t.Datum, "Triage", $"Integrale triage: {TriageNaam(t.Uitkomst)}", K(casus), $"/casussen/{casus}");
        }));

        items.AddRange((await db.StatusWijzigingen.AsNoTracking().Where(s => ids.Contains(s.CasusId)).ToListAsync(cancellationToken))
            .Select(s => new TijdlijnItem(s.Datum, "Status", $"{(s.Van is { } van ? WayOfWorking.Naam(van) + " → " : "")}{WayOfWorking.Naam(s.Naar)}" +
                (string.IsNullOrWhiteSpace(s.Toelichting) ? "" : $" ({s.Toelichting})"), K(s.CasusId), $"/casussen/{s.CasusId}")));

        var agenda = await (from p in db.Agendapunten.AsNoTracking()
                            join o in db.Overleggen.AsNoTracking() on p.OverlegId equals o.Id
                            where ids.Contains(p.CasusId)
                            select new { p.CasusId, o.Titel, o.Aanvang, o.GehoudenUtc }).ToListAsync(cancellationToken);
        items.AddRange(agenda.Select(a => new TijdlijnItem(DateOnly.FromDateTime(a.Aanvang), "Casusoverleg",
            $"Geagendeerd voor {a.Titel}{(a.GehoudenUtc is null ? " (gepland)" : "")}", K(a.CasusId), $"/casussen/{a.CasusId}")));

        items.AddRange((await db.Besluiten.AsNoTracking().Where(b => ids.Contains(b.CasusId)).ToListAsync(cancellationToken))
            .Select(b => new TijdlijnItem(b.Datum, "Besluit", b.Tekst, K(b.CasusId), $"/casussen/{b.CasusId}")));

        var versies = await (from v in db.PlanVersies.AsNoTracking()
                             join p in db.Plannen.AsNoTracking() on v.PlanId equals p.Id
                             where ids.Contains(p.CasusId)
                             select new { p.CasusId, v.Versie, v.VastgelegdUtc, v.Door }).ToListAsync(cancellationToken);
        items.AddRange(versies.Select(v => new TijdlijnItem(DateOnly.FromDateTime(v.VastgelegdUtc), "Plan van aanpak",
            $"Versie {v.Versie} vastgelegd{(string.IsNullOrEmpty(v.Door) ? "" : " door " + v.Door)}", K(v.CasusId), $"/casussen/{v.CasusId}")));

        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        foreach (var a in await db.Acties.AsNoTracking().Where(a => ids.Contains(a.CasusId)).ToListAsync(cancellationToken))
        {
            var status = a.Status switch
            {
                ActieStatus.Gereed => "gereed" + (a.AfgerondOp is { } af ? " op " + af.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture) : ""),
                ActieStatus.Vervallen => "vervallen",
                _ => a.Deadline < today ? "open, termijn verstreken" : "open",
            };
            items.Add(new TijdlijnItem(a.Deadline, "Actie", $"{a.Omschrijving} ({a.EigenaarOrganisatie}; {status})", K(a.CasusId), $"/casussen/{a.CasusId}"));
        }

        items.AddRange((await db.PgaMetingen.AsNoTracking().Where(m => ids.Contains(m.CasusId)).ToListAsync(cancellationToken))
            .Select(m => new TijdlijnItem(m.Datum, "PGA-meting", $"PGA monitor: {m.Moment}", K(m.CasusId), $"/casussen/{m.CasusId}")));

        items.AddRange((await db.Schalingen.AsNoTracking().Where(s => ids.Contains(s.CasusId)).ToListAsync(cancellationToken))
            .Select(s => new TijdlijnItem(s.Datum, "Op-/afschaling", $"{WayOfWorking.Naam(s.Van)} → {WayOfWorking.Naam(s.Naar)}" +
                (s.Ontvanger is null ? "" : $" ({s.Ontvanger})"), K(s.CasusId), $"/casussen/{s.CasusId}")));

        items.AddRange((await db.Adviezen.AsNoTracking().Where(a => a.CasusId != null && ids.Contains(a.CasusId.Value)).ToListAsync(cancellationToken))
            .Select(a => Advies(a, K(a.CasusId!.Value))));

        items.AddRange((await db.Signalen.AsNoTracking().Where(s => s.CasusId != null && ids.Contains(s.CasusId.Value)).ToListAsync(cancellationToken))
            .Select(s => new TijdlijnItem(s.Datum, "Signaal", $"{s.Categorie}: {s.Omschrijving} ({s.Status})", K(s.CasusId!.Value), "/signalen")));

        items.AddRange((await db.ZsmScenarios.AsNoTracking().Where(z => z.CasusId != null && ids.Contains(z.CasusId.Value)).ToListAsync(cancellationToken))
            .Select(z => Zsm(z, today, K(z.CasusId!.Value))));
        return items;
    }

    public static TijdlijnItem Advies(ZvhPlatform.Core.Casework.Advies a, string? kenmerk) =>
        new(a.Datum, AdviesNamen.Naam(a.Soort), $"{a.VragerOrganisatie} via {a.Kanaal}: {a.Vraag}", kenmerk, "/adviezen");

    public static TijdlijnItem Zsm(ZsmScenario z, DateOnly today, string? kenmerk) =>
        new(z.OpgesteldOp, "ZSM-scenario", $"Scenario geldig tot en met {z.GeldigTot:dd-MM-yyyy}{(ZsmNamen.Verlopen(z.GeldigTot, today) ? " (verlopen)" : "")}",
            kenmerk, $"/zsm/{z.Id}");

    private static string TriageNaam(TriageUitkomst uitkomst) => uitkomst switch
    {
        TriageUitkomst.Procesregie => "procesregie",
        TriageUitkomst.UitgebreidAdvies => "uitgebreid advies",
        TriageUitkomst.NietZvhWaardig => "niet ZVH-waardig",
        _ => uitkomst.ToString(),
    };

    /// <summary>Date order, and within a day the order the way of working runs in.</summary>
    public static IReadOnlyList<TijdlijnItem> Sorteer(IEnumerable<TijdlijnItem> items)
    {
        string[] order = ["Aanmelding", "Triage", "Status", "Casusoverleg", "Besluit", "Plan van aanpak", "Actie", "PGA-meting", "Op-/afschaling"];
        return items.OrderBy(i => i.Datum).ThenBy(i => Array.IndexOf(order, i.Soort) is var x && x < 0 ? order.Length : x).ThenBy(i => i.Kenmerk).ToList();
    }
}
