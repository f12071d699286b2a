using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Partners;
using ZvhPlatform.Core.Contracts.Regions;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Features.Rapportage;
using ZvhPlatform.Kernel.Modules;

namespace ZvhPlatform.Bench.Micro;

/// <summary>
/// The caseload report as it was computed before issue 6 (kept here verbatim as the reference): every status change of the
/// aanpak up to the end of the period loaded and walked per case in memory, aanmeldingen, triages and PGA measurements loaded
/// as rows, and one partner lookup per referring partner. One change from the original: changes recorded at the same moment
/// (the data generator opens a case and takes it into regie in one go) were left in whatever order the database returned
/// them, so the figures depended on the query plan (with the covering index of migration ReportAggregationIndexes SQLite
/// returns "InRegie" before "Werkvoorraad" and the old walk ended in the werkvoorraad); here the opening change goes first,
/// as it was recorded. The micro-benchmark measures it against
/// <see cref="RapportageBerekening"/> (aggregation in the database), and <c>verify</c> checks that both give the same report.
/// </summary>
internal sealed class RapportageInGeheugen(CaseworkDbContext db, CoreDbContext core, IRegionDirectory regio, IPartnerDirectory partners, ModuleCatalog catalog)
{
    public const string Onbekend = "Onbekend";

    public static readonly IReadOnlyList<(string Label, int Van, int? Tot)> Leeftijdsgroepen =
        [("t/m 17", 0, 17), ("18–23", 18, 23), ("24–40", 24, 40), ("41–65", 41, 65), ("65+", 66, null)];

    private sealed record Stap(DateOnly Datum, CasusStatus Naar);

    private sealed record Verloop(Guid CasusId, Guid PersoonId, string? Gemeente, bool Begin, bool Eind, List<DateOnly> In, List<(DateOnly Datum, DateOnly Start)> Uit);

    public async Task<RapportInstellingen> InstellingenAsync(CancellationToken ct)
    {
        var row = await db.RapportageInstellingen.AsNoTracking().FirstOrDefaultAsync(ct);
        return row is null ? RapportInstellingen.Standaard : new RapportInstellingen(RapportInstellingen.ParseGrenzen(row.DoorlooptijdGrenzen) ?? [3, 6, 12, 24], row.MinimumCelgrootte, row.Version);
    }

    public async Task<Rapport> BerekenAsync(RapportageFilter filter, bool onderdrukken, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var instellingen = await InstellingenAsync(ct);
        var drempel = instellingen.MinimumCelgrootte;
        var gemeenten = await regio.GemeentenAsync(ct);
        var inBereik = gemeenten.Where(g => (filter.District is null || g.District == filter.District) && (filter.GemeenteCode is null || g.CbsCode == filter.GemeenteCode))
            .ToList();
        var bereikCodes = inBereik.Select(g => g.CbsCode).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var beperkt = filter.District is not null || filter.GemeenteCode is not null;
        bool InBereik(string? code) => !beperkt || (code is not null && bereikCodes.Contains(code));

        var casussen = db.Casussen.AsNoTracking().Where(c => c.ModuleId == filter.ModuleId && (filter.SubAanpak == null || c.SubAanpak == filter.SubAanpak));
        var basis = (await casussen.Select(c => new { c.Id, c.HoofdpersoonId, c.GemeenteCode }).ToListAsync(ct))
            .Where(c => InBereik(c.GemeenteCode)).ToDictionary(c => c.Id);
        var wijzigingen = (await (from w in db.StatusWijzigingen.AsNoTracking()
                                  join c in casussen on w.CasusId equals c.Id
                                  where w.Datum <= filter.Tot
                                  select new { w.CasusId, w.Datum, w.Van, w.Naar, w.VastgelegdUtc }).ToListAsync(ct))
            .Where(w => basis.ContainsKey(w.CasusId))
            .GroupBy(w => w.CasusId)
            .ToDictionary(g => g.Key, g => g.OrderBy(w => w.Datum).ThenBy(w => w.VastgelegdUtc).ThenBy(w => w.Van == null ? 0 : 1).Select(w => new Stap(w.Datum, w.Naar)).ToList());

        var verlopen = new List<Verloop>();
        foreach (var (id, stappen) in wijzigingen)
        {
            CasusStatus? status = null;
            bool? begin = null;
            DateOnly start = default;
            var instroom = new List<DateOnly>();
            var uitstroom = new List<(DateOnly, DateOnly)>();
            foreach (var stap in stappen)
            {
                if (stap.Datum >= filter.Van && begin is null)
                {
                    begin = status == CasusStatus.InRegie;
                }

                var vorige = status;
                status = stap.Naar;
                if (stap.Naar == CasusStatus.InRegie && vorige != CasusStatus.InRegie)
                {
                    start = stap.Datum;
                    if (stap.Datum >= filter.Van)
                    {
                        instroom.Add(stap.Datum);
                    }
                }
                else if (vorige == CasusStatus.InRegie && stap.Naar is CasusStatus.Afgeschaald or CasusStatus.Afgesloten && stap.Datum >= filter.Van)
                {
                    uitstroom.Add((stap.Datum, start));
                }
            }

            begin ??= status == CasusStatus.InRegie;
            var c = basis[id];
            verlopen.Add(new Verloop(id, c.HoofdpersoonId, c.GemeenteCode, begin.Value, status == CasusStatus.InRegie, instroom, uitstroom));
        }

        var tabellen = new List<RapportTabel>();
        var caseload = CaseloadRegels(verlopen, inBereik, beperkt);
        tabellen.Add(CaseloadTabel(caseload, filter, drempel, onderdrukken));
        tabellen.Add(DoorlooptijdTabel(verlopen, instellingen.DoorlooptijdGrenzen, drempel, onderdrukken));
        tabellen.AddRange(await AanmeldingTabellenAsync(filter, InBereik, drempel, onderdrukken, ct));
        tabellen.Add(await LeeftijdTabelAsync(verlopen, filter, drempel, onderdrukken, ct));
        tabellen.Add(await PgaTabelAsync(filter, basis.Keys.ToHashSet(), drempel, onderdrukken, ct));
        tabellen.Add(await WerkvoorraadTabelAsync(filter, basis.Keys.ToHashSet(), drempel, onderdrukken, ct));
        tabellen.Add(await AdviesTabelAsync(filter, drempel, onderdrukken, ct));
        var naam = catalog.Find(filter.ModuleId)?.Manifest.DisplayName ?? filter.ModuleId;
        return new Rapport(filter, naam, caseload, tabellen, drempel, onderdrukken, instellingen.DoorlooptijdGrenzen);
    }

    private static List<CaseloadRegel> CaseloadRegels(List<Verloop> verlopen, IReadOnlyList<GemeenteInfo> gemeenten, bool beperkt)
    {
        CaseloadCijfers Tel(IEnumerable<Verloop> v)
        {
            var list = v.ToList();
            return new CaseloadCijfers(list.Count(x => x.Begin), list.Sum(x => x.In.Count), list.Sum(x => x.Uit.Count), list.Count(x => x.Eind));
        }

        var perGemeente = verlopen.ToLookup(v => v.Gemeente ?? "", StringComparer.OrdinalIgnoreCase);
        var regels = new List<CaseloadRegel>();
        var totaal = CaseloadCijfers.Nul;
        foreach (var district in gemeenten.GroupBy(g => g.District ?? "").OrderBy(g => g.Key == "" ? 1 : 0).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            var som = CaseloadCijfers.Nul;
            foreach (var g in district.OrderBy(g => g.Name, StringComparer.Ordinal))
            {
                var cijfers = Tel(perGemeente[g.CbsCode]);
                som += cijfers;
                regels.Add(new CaseloadRegel("gemeente", district.Key == "" ? null : district.Key, g.CbsCode, g.Name, cijfers));
            }

            if (district.Key != "")
            {
                regels.Add(new CaseloadRegel("district", district.Key, null, "District " + district.Key, som));
            }

            totaal += som;
        }

        var bekend = gemeenten.Select(g => g.CbsCode).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var overig = verlopen.Where(v => v.Gemeente is null || !bekend.Contains(v.Gemeente)).ToList();
        if (!beperkt && overig.Count > 0)
        {
            var cijfers = Tel(overig);
            regels.Add(new CaseloadRegel("gemeente", null, null, "Gemeente onbekend", cijfers));
            totaal += cijfers;
        }

        regels.Add(new CaseloadRegel("totaal", null, null, "Totaal", totaal));
        return regels;
    }

    private static RapportTabel CaseloadTabel(List<CaseloadRegel> regels, RapportageFilter filter, int drempel, bool onderdrukken)
    {
        var rijen = regels.Select(r => new RapportRij(r.Naam,
            [
                RapportCel.Getal(r.Cijfers.InRegieBegin), RapportCel.Getal(r.Cijfers.Instroom), RapportCel.Getal(r.Cijfers.Uitstroom),
                RapportCel.Getal(r.Cijfers.InRegieEind), RapportCel.Getal(r.Cijfers.TotaleCaseload), RapportCel.Afgeleid(""),
            ], r.Soort == "totaal", r.Soort == "district" ? "districten" : r.Soort == "gemeente" ? r.District ?? "" : null)).ToList();
        var tabel = new RapportTabel("caseload", "Caseload",
            "In regie op de eerste dag (stand bij het begin van die dag), instroom en uitstroom (afgesloten of afgeschaald) in de periode, in regie op de laatste dag (stand aan het eind van die dag); totale caseload = eerste dag + instroom.",
            [$"In regie op {filter.Van:dd-MM-yyyy}", "Instroom", "Afgesloten/afgeschaald", $"In regie op {filter.Tot:dd-MM-yyyy}", "Totale caseload", "+instroom | −uitstroom"],
            rijen, GrafiekKolom: 4);
        if (onderdrukken)
        {
            Onderdrukking.Pas(tabel, drempel, rijenGekoppeld: true);
        }

        foreach (var rij in rijen)
        {
            rij.Cellen[5].VasteTekst = rij.Cellen[1].Verborgen || rij.Cellen[2].Verborgen ? "×" : $"+{rij.Cellen[1].Waarde} | -{rij.Cellen[2].Waarde}";
        }

        return tabel;
    }

    private static RapportTabel Verdeling(string id, string titel, string toelichting, IEnumerable<(string Label, long Aantal)> regels, int drempel, bool onderdrukken,
        bool metTotaal = true)
    {
        var lijst = regels.ToList();
        var totaal = lijst.Sum(r => r.Aantal);
        var rijen = lijst.Select(r => new RapportRij(r.Label, [RapportCel.Getal(r.Aantal), RapportCel.Afgeleid("")])).ToList();
        if (metTotaal)
        {
            rijen.Add(new RapportRij("Totaal", [RapportCel.Getal(totaal), RapportCel.Afgeleid("")], Totaal: true));
        }

        var tabel = new RapportTabel(id, titel, toelichting, ["Aantal", "Aandeel"], rijen, GrafiekKolom: 0);
        if (onderdrukken)
        {
            Onderdrukking.Pas(tabel, drempel);
        }

        foreach (var rij in rijen)
        {
            rij.Cellen[1].VasteTekst = rij.Cellen[0].Verborgen || totaal == 0 ? "—"
                : (100.0 * rij.Cellen[0].Waarde!.Value / totaal).ToString("0.0", CultureInfo.GetCultureInfo("nl-NL")) + "%";
        }

        return tabel;
    }

    private static RapportTabel DoorlooptijdTabel(List<Verloop> verlopen, IReadOnlyList<int> grenzen, int drempel, bool onderdrukken)
    {
        var labels = new List<string> { $"< {grenzen[0]} maanden" };
        for (var i = 1; i < grenzen.Count; i++)
        {
            labels.Add($"{grenzen[i - 1]}–{grenzen[i]} maanden");
        }

        labels.Add($"> {grenzen[^1]} maanden");
        var tellingen = new long[labels.Count];
        foreach (var (datum, start) in verlopen.SelectMany(v => v.Uit))
        {
            var index = grenzen.Count;
            for (var i = 0; i < grenzen.Count; i++)
            {
                if (datum < start.AddMonths(grenzen[i]))
                {
                    index = i;
                    break;
                }
            }

            tellingen[index]++;
        }

        return Verdeling("doorlooptijden", "Doorlooptijden van afgesloten en afgeschaalde casussen",
            "Van het begin van de regie tot afsluiten of afschalen, voor de uitstroom in de periode. De grenzen stelt de functioneel beheerder in.",
            labels.Select((l, i) => (l, tellingen[i])), drempel, onderdrukken);
    }

    private async Task<List<RapportTabel>> AanmeldingTabellenAsync(RapportageFilter filter, Func<string?, bool> inBereik, int drempel, bool onderdrukken, CancellationToken ct)
    {
        var aanmeldingen = (await db.Aanmeldingen.AsNoTracking()
                .Where(a => a.ModuleId == filter.ModuleId && (filter.SubAanpak == null || a.SubAanpak == filter.SubAanpak)
                            && a.OntvangenOp >= filter.Van && a.OntvangenOp <= filter.Tot)
                .Select(a => new
                {
                    a.Id, a.GemeenteCode, a.VerwijzerPartnerId, a.VerwijzerOrganisatie, a.Status, a.Hoofdonderwerp, a.ProblematiekGgz, a.ProblematiekLvb,
                    a.ProblematiekVerslaving, a.MinderjarigenInSysteem, a.Gemeentegrens,
                })
                .ToListAsync(ct))
            .Where(a => inBereik(a.GemeenteCode)).ToList();
        var ids = aanmeldingen.Select(a => a.Id).ToList();
        var triages = (await db.Triages.AsNoTracking().Where(t => ids.Contains(t.AanmeldingId)).Select(t => new { t.AanmeldingId, t.Datum, t.Uitkomst }).ToListAsync(ct))
            .GroupBy(t => t.AanmeldingId).ToDictionary(g => g.Key, g => g.OrderBy(t => t.Datum).Last().Uitkomst);
        var partnerInfo = new Dictionary<Guid, PartnerInfo?>();
        foreach (var id in aanmeldingen.Where(a => a.VerwijzerPartnerId is not null).Select(a => a.VerwijzerPartnerId!.Value).Distinct())
        {
            partnerInfo[id] = await partners.FindAsync(id, ct);
        }

        string Verwijzer(Guid? id, string organisatie) =>
            id is { } p && partnerInfo.GetValueOrDefault(p) is { } info ? info.Naam : string.IsNullOrWhiteSpace(organisatie) ? Onbekend : organisatie;

        string Afhandeling(Guid id, AanmeldingStatus status) => triages.TryGetValue(id, out var uitkomst)
            ? uitkomst switch
            {
                TriageUitkomst.Procesregie => "Procesregie",
                TriageUitkomst.UitgebreidAdvies => "Uitgebreid advies",
                _ => "Niet ZVH-waardig",
            }
            : status == AanmeldingStatus.Ingetrokken ? "Ingetrokken" : "Nog niet getrieerd";

        string[] afhandelingen = ["Procesregie", "Uitgebreid advies", "Niet ZVH-waardig", "Nog niet getrieerd", "Ingetrokken"];
        var perPartner = aanmeldingen.GroupBy(a => Verwijzer(a.VerwijzerPartnerId, a.VerwijzerOrganisatie)).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var cellen = afhandelingen.Select(h => RapportCel.Getal(g.Count(a => Afhandeling(a.Id, a.Status) == h))).ToList();
                cellen.Add(RapportCel.Getal(g.Count()));
                return new RapportRij(g.Key, cellen);
            }).ToList();
        var totaalCellen = afhandelingen.Select(h => RapportCel.Getal(aanmeldingen.Count(a => Afhandeling(a.Id, a.Status) == h))).ToList();
        totaalCellen.Add(RapportCel.Getal(aanmeldingen.Count));
        perPartner.Add(new RapportRij("Totaal", totaalCellen, Totaal: true));
        var partnerTabel = new RapportTabel("aanmeldingen", "Aanmeldingen per convenantpartner en hoe ze zijn afgehandeld",
            "Aanmeldingen ontvangen in de periode, naar verwijzer en uitkomst van de triage.", [.. afhandelingen, "Totaal"], perPartner, GrafiekKolom: 5);
        if (onderdrukken)
        {
            Onderdrukking.Pas(partnerTabel, drempel, rijTotaal: true);
        }

        var tabellen = new List<RapportTabel> { partnerTabel };
        string Domein(Guid? id) => id is { } p && partnerInfo.GetValueOrDefault(p) is { } info ? PartnerNames.Of(info.Domein) : Onbekend;
        tabellen.Add(Verdeling("domein", "Aandeel per domein van de verwijzer", "Zorg, veiligheid of gemeente, naar het domein van de verwijzende convenantpartner.",
            new[] { PartnerNames.Of(PartnerDomein.Zorg), PartnerNames.Of(PartnerDomein.Veiligheid), PartnerNames.Of(PartnerDomein.Gemeente), Onbekend }
                .Select(d => (d, (long)aanmeldingen.Count(a => Domein(a.VerwijzerPartnerId) == d))), drempel, onderdrukken));
        tabellen.Add(Verdeling("hoofdonderwerp", "Hoofdonderwerp", "Het hoofdonderwerp van de aanmelding.",
            WayOfWorking.Hoofdonderwerpen.Append(Onbekend)
                .Select(h => (h, (long)aanmeldingen.Count(a => (string.IsNullOrWhiteSpace(a.Hoofdonderwerp) ? Onbekend : a.Hoofdonderwerp) == h))), drempel, onderdrukken));
        int Aantal(bool a, bool b, bool c) => (a ? 1 : 0) + (b ? 1 : 0) + (c ? 1 : 0);
        tabellen.Add(Verdeling("problematiek", "Dubbel- en tripleproblematiek", "Aantal problematieken (GGZ, LVB, verslaving) bij de aanmelding.",
            new[] { ("Geen van de drie", 0), ("Enkelvoudig", 1), ("Dubbelproblematiek", 2), ("Tripleproblematiek", 3) }
                .Select(p => (p.Item1, (long)aanmeldingen.Count(a => Aantal(a.ProblematiekGgz, a.ProblematiekLvb, a.ProblematiekVerslaving) == p.Item2))), drempel, onderdrukken));
        tabellen.Add(Verdeling("gemeentegrens", "Gemeentegrensoverstijgend", "Andere gemeenten of provincies betrokken bij de aanmelding.",
            new[] { (Gemeentegrens.Geen, "Alleen de eigen gemeente"), (Gemeentegrens.AndereGemeenteInRegio, "Andere gemeente in de regio"),
                    (Gemeentegrens.AndereProvincie, "Andere provincie"), (Gemeentegrens.Landelijk, "Landelijk"), (Gemeentegrens.Buitenland, "Buitenland") }
                .Select(g => (g.Item2, (long)aanmeldingen.Count(a => a.Gemeentegrens == g.Item1))), drempel, onderdrukken));
        tabellen.Add(Verdeling("minderjarigen", "Minderjarigen in het systeem", "Aanmeldingen waarbij minderjarigen deel uitmaken van het systeem.",
            [("Met minderjarigen", aanmeldingen.Count(a => a.MinderjarigenInSysteem)), ("Zonder minderjarigen", aanmeldingen.Count(a => !a.MinderjarigenInSysteem))],
            drempel, onderdrukken));
        return tabellen;
    }

    private async Task<RapportTabel> LeeftijdTabelAsync(List<Verloop> verlopen, RapportageFilter filter, int drempel, bool onderdrukken, CancellationToken ct)
    {
        var nieuw = verlopen.Where(v => v.In.Count > 0).ToList();
        var actief = verlopen.Where(v => v.Begin || v.In.Count > 0).ToList();
        var personen = actief.Select(v => v.PersoonId).Distinct().ToList();
        // Only the date of birth, never a name: the report shows aggregates.
        var geboortedata = new Dictionary<Guid, DateOnly?>();
        foreach (var deel in personen.Chunk(500))
        {
            foreach (var p in await core.Persons.AsNoTracking().Where(p => deel.Contains(p.Id)).Select(p => new { p.Id, p.Geboortedatum }).ToListAsync(ct))
            {
                geboortedata[p.Id] = p.Geboortedatum;
            }
        }

        string Groep(Guid persoon, DateOnly op)
        {
            if (geboortedata.GetValueOrDefault(persoon) is not { } geboren)
            {
                return Onbekend;
            }

            var leeftijd = op.Year - geboren.Year - (op < geboren.AddYears(op.Year - geboren.Year) ? 1 : 0);
            return Leeftijdsgroepen.First(g => leeftijd >= g.Van && (g.Tot is null || leeftijd <= g.Tot)).Label;
        }

        var labels = Leeftijdsgroepen.Select(g => g.Label).Append(Onbekend).ToList();
        var rijen = labels.Select(l => new RapportRij(l,
        [
            RapportCel.Getal(nieuw.Count(v => Groep(v.PersoonId, v.In[0]) == l)),
            RapportCel.Getal(actief.Count(v => Groep(v.PersoonId, filter.Tot) == l)),
        ])).ToList();
        rijen.Add(new RapportRij("Totaal", [RapportCel.Getal(nieuw.Count), RapportCel.Getal(actief.Count)], Totaal: true));
        var tabel = new RapportTabel("leeftijd", "Leeftijd van de hoofdpersoon",
            "Nieuw: instroom in de periode (leeftijd bij instroom). Actief: in regie op de eerste dag of ingestroomd (leeftijd op de laatste dag).",
            ["Nieuwe casussen", "Actieve casussen"], rijen, GrafiekKolom: 1);
        if (onderdrukken)
        {
            Onderdrukking.Pas(tabel, drempel);
        }

        return tabel;
    }

    private async Task<RapportTabel> PgaTabelAsync(RapportageFilter filter, HashSet<Guid> casusIds, int drempel, bool onderdrukken, CancellationToken ct)
    {
        var metingen = (await (from m in db.PgaMetingen.AsNoTracking()
                               join c in db.Casussen.AsNoTracking() on m.CasusId equals c.Id
                               where c.ModuleId == filter.ModuleId && m.Datum >= filter.Van && m.Datum <= filter.Tot
                               select new { m.Id, m.CasusId, m.Datum }).ToListAsync(ct))
            .Where(m => casusIds.Contains(m.CasusId))
            .GroupBy(m => m.CasusId).Select(g => g.OrderBy(m => m.Datum).Last().Id).ToList();
        var scores = new List<(Leefgebied Leefgebied, PgaNiveau Niveau)>();
        foreach (var deel in metingen.Chunk(500))
        {
            scores.AddRange((await db.PgaMetingen.AsNoTracking().Where(m => deel.Contains(m.Id)).SelectMany(m => m.Scores)
                .Select(s => new { s.Leefgebied, s.Niveau }).ToListAsync(ct)).Select(s => (s.Leefgebied, s.Niveau)));
        }

        var niveaus = Enum.GetValues<PgaNiveau>();
        var rijen = Enum.GetValues<Leefgebied>().Select(l =>
        {
            var cellen = niveaus.Select(n => RapportCel.Getal(scores.Count(s => s.Leefgebied == l && s.Niveau == n))).ToList();
            cellen.Add(RapportCel.Getal(scores.Count(s => s.Leefgebied == l)));
            return new RapportRij(WayOfWorking.Naam(l), cellen);
        }).ToList();
        var tabel = new RapportTabel("pga", "PGA-monitor: niveaus per leefgebied",
            "De laatste meting in de periode per casus.", [.. niveaus.Select(WayOfWorking.Naam), "Totaal"], rijen);
        if (onderdrukken)
        {
            Onderdrukking.Pas(tabel, drempel, rijTotaal: true);
        }

        return tabel;
    }

    private async Task<RapportTabel> WerkvoorraadTabelAsync(RapportageFilter filter, HashSet<Guid> casusIds, int drempel, bool onderdrukken, CancellationToken ct)
    {
        var plaatsen = (await (from w in db.Werkvoorraad.AsNoTracking()
                               join c in db.Casussen.AsNoTracking() on w.CasusId equals c.Id
                               where c.ModuleId == filter.ModuleId && w.Sinds <= filter.Tot && (w.Tot == null || w.Tot >= filter.Van)
                               select new { w.CasusId, w.Sinds, w.Tot }).ToListAsync(ct))
            .Where(w => casusIds.Contains(w.CasusId)).ToList();
        var wachttijden = plaatsen.Select(p => ((p.Tot is { } t && t <= filter.Tot ? t : filter.Tot).DayNumber - p.Sinds.DayNumber, p.Tot is null || p.Tot > filter.Tot)).ToList();
        (string Label, Func<int, bool> Past)[] groepen =
        [
            ("Korter dan 2 weken", d => d < 14), ("2 tot 4 weken", d => d is >= 14 and < 28), ("4 weken tot 3 maanden", d => d is >= 28 and < 91),
            ("3 maanden of langer", d => d >= 91),
        ];
        var rijen = groepen.Select(g => new RapportRij(g.Label,
        [
            RapportCel.Getal(wachttijden.Count(w => !w.Item2 && g.Past(w.Item1))), RapportCel.Getal(wachttijden.Count(w => w.Item2 && g.Past(w.Item1))),
        ])).ToList();
        rijen.Add(new RapportRij("Totaal", [RapportCel.Getal(wachttijden.Count(w => !w.Item2)), RapportCel.Getal(wachttijden.Count(w => w.Item2))], Totaal: true));
        var afgerond = wachttijden.Where(w => !w.Item2).Select(w => w.Item1).ToList();
        var tabel = new RapportTabel("werkvoorraad", "Werkvoorraad: hoeveel casussen wachtten en hoe lang",
            afgerond.Count == 0 ? "Geen casus kreeg in de periode een procesregisseur toegewezen."
            : $"Wachttijd tot een procesregisseur de casus oppakte. Gemiddeld {afgerond.Average():0} dagen, langste {afgerond.Max()} dagen (over {afgerond.Count} casussen)"
              + (onderdrukken && afgerond.Count < drempel ? "" : "."),
            ["Opgepakt in de periode", $"Nog wachtend op {filter.Tot:dd-MM-yyyy}"], rijen, GrafiekKolom: 0);
        if (onderdrukken)
        {
            Onderdrukking.Pas(tabel, drempel);
            if (afgerond.Count is > 0 && afgerond.Count < drempel)
            {
                // A mean and maximum over a handful of cases describe those cases.
                tabel = tabel with { Toelichting = "Wachttijd tot een procesregisseur de casus oppakte. Gemiddelde en langste wachttijd zijn weggelaten: te weinig casussen." };
            }
        }

        return tabel;
    }

    private async Task<RapportTabel> AdviesTabelAsync(RapportageFilter filter, int drempel, bool onderdrukken, CancellationToken ct)
    {
        var adviezen = await db.Adviezen.AsNoTracking().Where(a => a.ModuleId == filter.ModuleId && a.Datum >= filter.Van && a.Datum <= filter.Tot)
            .GroupBy(a => a.Soort).Select(g => new { Soort = g.Key, Aantal = g.Count() }).ToListAsync(ct);
        return Verdeling("adviezen", "Advies en consultatie", "Uitgebreid advies, kort advies (ook anoniem) en contactmomenten van het informatieknooppunt in de periode.",
            new[] { (AdviesSoort.Uitgebreid, "Uitgebreid advies"), (AdviesSoort.Kort, "Kort advies"), (AdviesSoort.Informatieknooppunt, "Informatieknooppunt") }
                .Select(s => (s.Item2, (long)(adviezen.FirstOrDefault(a => a.Soort == s.Item1)?.Aantal ?? 0))), drempel, onderdrukken);
    }
}
