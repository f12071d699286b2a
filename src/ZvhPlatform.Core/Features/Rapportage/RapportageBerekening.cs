using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Partners;
using ZvhPlatform.Core.Contracts.Regions;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Modules;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Core.Features.Rapportage;

/// <summary>
/// Computes the management information of one aanpak in the current region. Caseload figures are counted
/// from the status changes, so reopened and imported cases count correctly: "in regie op de eerste dag" is the
/// state at the start of that day (the last change before it is InRegie), instroom a change into InRegie from
/// another state within the period, uitstroom a change from InRegie into Afgeschaald or Afgesloten within the
/// period, "in regie op de laatste dag" the state at the end of that day. The screens, the exports and the
/// operator's <c>report</c> command all use this class.
/// </summary>
/// <remarks>
/// The database does the counting (issue 6): every query groups or returns one row per counted event, never the whole
/// history. That works because each change records the status it came from (<see cref="CasusStatusWijziging.Van"/>,
/// always the previous change's <see cref="CasusStatusWijziging.Naar"/>): a change enters regie when it goes to InRegie
/// from anything else and leaves it when it goes from InRegie to anything else, so "in regie on a day" is the number
/// of entries minus the number of exits before it, a plain SUM per municipality.
/// </remarks>
internal sealed class RapportageBerekening(CaseworkDbContext db, CoreDbContext core, PartnersDbContext partners, IRegionDirectory regio, IRegionContext regionContext,
    ModuleCatalog catalog)
{
    public const string Onbekend = "Onbekend";

    public static readonly IReadOnlyList<(string Label, int Van, int? Tot)> Leeftijdsgroepen =
        [("t/m 17", 0, 17), ("18–23", 18, 23), ("24–40", 24, 40), ("41–65", 41, 65), ("65+", 66, null)];

    /// <summary>The label of the age group of someone born on <paramref name="geboren"/>, on the day <paramref name="op"/>.</summary>
    public static string Leeftijdsgroep(DateOnly geboren, DateOnly op)
    {
        var leeftijd = op.Year - geboren.Year - (op < geboren.AddYears(op.Year - geboren.Year) ? 1 : 0);
        return Leeftijdsgroepen.First(g => leeftijd >= g.Van && (g.Tot is null || leeftijd <= g.Tot)).Label;
    }

    /// <summary>
    /// A case's figures for the period: in regie on the first day (0/1), instroom and uitstroom (counts), in regie on
    /// the last day (0/1), and the day of its first instroom in the period (for the age at instroom).
    /// </summary>
    private sealed record CasusCijfers(Guid PersoonId, string? Gemeente, int Begin, int Instroom, int Uitstroom, int Eind, DateOnly? EersteInstroom)
    {
        public CaseloadCijfers Caseload => new(Begin, Instroom, Uitstroom, Eind);
    }

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
        // Grouped by the stored code and narrowed here, so codes match case-insensitively exactly as the municipality list does.
        bool InBereik(string? code) => !beperkt || (code is not null && bereikCodes.Contains(code));

        // The region filter of every context is "cross-region or this region"; SQLite cannot use a (RegionId, ...) index
        // for that OR with a bound parameter, so the report also says "this region" plainly (the same rows, see bench/README.md).
        var regionId = regionContext.RequiredRegion.Id;
        var casussen = db.Casussen.AsNoTracking()
            .Where(c => c.RegionId == regionId && c.ModuleId == filter.ModuleId && (filter.SubAanpak == null || c.SubAanpak == filter.SubAanpak));
        var perCasus = (await CasusCijfersAsync(casussen, regionId, filter, gemeenten, ct)).Where(c => InBereik(c.Gemeente)).ToList();
        var tabellen = new List<RapportTabel>();
        var caseload = CaseloadRegels(perCasus, inBereik, beperkt);
        tabellen.Add(CaseloadTabel(caseload, filter, drempel, onderdrukken));
        tabellen.Add(await DoorlooptijdTabelAsync(casussen, regionId, filter, InBereik, instellingen.DoorlooptijdGrenzen, drempel, onderdrukken, ct));
        tabellen.AddRange(await AanmeldingTabellenAsync(filter, regionId, InBereik, drempel, onderdrukken, ct));
        tabellen.Add(await LeeftijdTabelAsync(perCasus, filter, drempel, onderdrukken, ct));
        tabellen.Add(await PgaTabelAsync(casussen, regionId, filter, InBereik, drempel, onderdrukken, ct));
        tabellen.Add(await WerkvoorraadTabelAsync(casussen, regionId, filter, InBereik, drempel, onderdrukken, ct));
        tabellen.Add(await AdviesTabelAsync(filter, drempel, onderdrukken, ct));
        var naam = catalog.Find(filter.ModuleId)?.Manifest.DisplayName ?? filter.ModuleId;
        return new Rapport(filter, naam, caseload, tabellen, drempel, onderdrukken, instellingen.DoorlooptijdGrenzen);
    }

    /// <summary>
    /// One GROUP BY per case over its changes up to the end of the period, returning only the cases the report counts
    /// (in regie at some point of the period, or with any flow in it) and the cases whose municipality is not one of the
    /// region's, which decide whether the "Gemeente onbekend" line shows.
    /// </summary>
    private async Task<List<CasusCijfers>> CasusCijfersAsync(IQueryable<Casus> casussen, Guid regionId, RapportageFilter filter, IReadOnlyList<GemeenteInfo> gemeenten,
        CancellationToken ct)
    {
        var van = filter.Van;
        var tot = filter.Tot;
        var codes = gemeenten.Select(g => g.CbsCode).ToList();
        // Summed per case over the region's changes first (an index range on (RegionId, Datum) that covers every column
        // used), then joined to the aanpak's cases once per case instead of once per change.
        var sommen = from w in db.StatusWijzigingen.AsNoTracking()
                     where w.RegionId == regionId && w.Datum <= tot
                     group w by w.CasusId
                     into g
                     select new
                     {
                         CasusId = g.Key,
                         Begin = g.Sum(w => w.Datum >= van ? 0
                             : w.Naar == CasusStatus.InRegie && (w.Van == null || w.Van != CasusStatus.InRegie) ? 1
                             : w.Van == CasusStatus.InRegie && w.Naar != CasusStatus.InRegie ? -1 : 0),
                         Instroom = g.Sum(w => w.Datum >= van && w.Naar == CasusStatus.InRegie && (w.Van == null || w.Van != CasusStatus.InRegie) ? 1 : 0),
                         Uitstroom = g.Sum(w => w.Datum >= van && w.Van == CasusStatus.InRegie
                                                && (w.Naar == CasusStatus.Afgeschaald || w.Naar == CasusStatus.Afgesloten) ? 1 : 0),
                         Eind = g.Sum(w => w.Naar == CasusStatus.InRegie && (w.Van == null || w.Van != CasusStatus.InRegie) ? 1
                             : w.Van == CasusStatus.InRegie && w.Naar != CasusStatus.InRegie ? -1 : 0),
                         EersteInstroom = g.Min(w => w.Datum >= van && w.Naar == CasusStatus.InRegie && (w.Van == null || w.Van != CasusStatus.InRegie)
                             ? (DateOnly?)w.Datum
                             : null),
                     };
        var rijen = await (from x in sommen
                           join c in casussen on x.CasusId equals c.Id
                           where x.Begin != 0 || x.Instroom != 0 || x.Uitstroom != 0 || x.Eind != 0 || c.GemeenteCode == null || !codes.Contains(c.GemeenteCode)
                           select new { c.HoofdpersoonId, c.GemeenteCode, x.Begin, x.Instroom, x.Uitstroom, x.Eind, x.EersteInstroom }).ToListAsync(ct);
        return rijen.Select(r => new CasusCijfers(r.HoofdpersoonId, r.GemeenteCode, r.Begin, r.Instroom, r.Uitstroom, r.Eind, r.EersteInstroom)).ToList();
    }

    private static List<CaseloadRegel> CaseloadRegels(List<CasusCijfers> perCasus, IReadOnlyList<GemeenteInfo> gemeenten, bool beperkt)
    {
        CaseloadCijfers Som(IEnumerable<CasusCijfers> casussen) => casussen.Aggregate(CaseloadCijfers.Nul, (a, c) => a + c.Caseload);

        var perGemeente = perCasus.ToLookup(c => c.Gemeente ?? "", StringComparer.OrdinalIgnoreCase);
        var regels = new List<CaseloadRegel>();
        var totaal = CaseloadCijfers.Nul;
        foreach (var district in gemeenten.GroupBy(g => g.District ?? "").OrderBy(g => g.Key == "" ? 1 : 0).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            var som = CaseloadCijfers.Nul;
            foreach (var g in district.OrderBy(g => g.Name, StringComparer.Ordinal))
            {
                var cijfers = Som(perGemeente[g.CbsCode]);
                som += cijfers;
                regels.Add(new CaseloadRegel("gemeente", district.Key == "" ? null : district.Key, g.CbsCode, g.Name, cijfers));
            }

            if (district.Key != "")
            {
                regels.Add(new CaseloadRegel("district", district.Key, null, "District " + district.Key, som));
            }

            totaal += som;
        }

        // Every case of an unknown municipality with a change up to the end of the period is returned, so the line shows even when its figures are 0.
        var bekend = gemeenten.Select(g => g.CbsCode).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var overig = perCasus.Where(c => c.Gemeente is null || !bekend.Contains(c.Gemeente)).ToList();
        if (!beperkt && overig.Count > 0)
        {
            var cijfers = Som(overig);
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

    private async Task<RapportTabel> DoorlooptijdTabelAsync(IQueryable<Casus> casussen, Guid regionId, RapportageFilter filter, Func<string?, bool> inBereik,
        IReadOnlyList<int> grenzen, int drempel, bool onderdrukken, CancellationToken ct)
    {
        var van = filter.Van;
        var tot = filter.Tot;
        // One row per uitstroom in the period with the day its regie began: the last entry into InRegie at or before it.
        var uitstroom = await (from w in db.StatusWijzigingen.AsNoTracking()
                               join c in casussen on w.CasusId equals c.Id
                               where w.RegionId == regionId && w.Datum >= van && w.Datum <= tot && w.Van == CasusStatus.InRegie
                                     && (w.Naar == CasusStatus.Afgeschaald || w.Naar == CasusStatus.Afgesloten)
                               select new
                               {
                                   c.GemeenteCode,
                                   w.Datum,
                                   Start = db.StatusWijzigingen
                                       .Where(e => e.CasusId == w.CasusId && e.Naar == CasusStatus.InRegie && (e.Van == null || e.Van != CasusStatus.InRegie)
                                                   && (e.Datum < w.Datum || (e.Datum == w.Datum && e.VastgelegdUtc <= w.VastgelegdUtc)))
                                       .Max(e => (DateOnly?)e.Datum),
                               }).ToListAsync(ct);

        var labels = new List<string> { $"< {grenzen[0]} maanden" };
        for (var i = 1; i < grenzen.Count; i++)
        {
            labels.Add($"{grenzen[i - 1]}–{grenzen[i]} maanden");
        }

        labels.Add($"> {grenzen[^1]} maanden");
        var tellingen = new long[labels.Count];
        // Month arithmetic stays in .NET: SQLite's date modifiers and .NET's AddMonths disagree at the end of a month.
        foreach (var u in uitstroom.Where(u => inBereik(u.GemeenteCode)))
        {
            var start = u.Start ?? default;
            var index = grenzen.Count;
            for (var i = 0; i < grenzen.Count; i++)
            {
                if (u.Datum < start.AddMonths(grenzen[i]))
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

    private async Task<List<RapportTabel>> AanmeldingTabellenAsync(RapportageFilter filter, Guid regionId, Func<string?, bool> inBereik, int drempel, bool onderdrukken, CancellationToken ct)
    {
        var van = filter.Van;
        var tot = filter.Tot;
        var aanmeldingen = db.Aanmeldingen.AsNoTracking()
            .Where(a => a.RegionId == regionId && a.ModuleId == filter.ModuleId && (filter.SubAanpak == null || a.SubAanpak == filter.SubAanpak)
                        && a.OntvangenOp >= van && a.OntvangenOp <= tot);
        // The latest triage per aanmelding is picked here, not in a subquery per aanmelding: with the region filter as a plain
        // RegionId comparison and no planner statistics, SQLite looks such a subquery up through the RegionId index and
        // reads every triage of the region per aanmelding (minutes on 30,000 cases). The IN list is built once.
        var triages = (await db.Triages.AsNoTracking()
                .Where(t => t.RegionId == regionId && aanmeldingen.Select(a => a.Id).Contains(t.AanmeldingId))
                .Select(t => new { t.AanmeldingId, t.Datum, t.Uitkomst })
                .ToListAsync(ct))
            .GroupBy(t => t.AanmeldingId)
            .ToDictionary(g => g.Key, g => g.MaxBy(t => t.Datum)!.Uitkomst);
        var perVerwijzer = (await aanmeldingen
                .Select(a => new { a.Id, a.GemeenteCode, a.VerwijzerPartnerId, a.VerwijzerOrganisatie, a.Status })
                .ToListAsync(ct))
            .Where(a => inBereik(a.GemeenteCode))
            .GroupBy(a => new
            {
                a.VerwijzerPartnerId, a.VerwijzerOrganisatie, a.Status,
                Uitkomst = triages.TryGetValue(a.Id, out var uitkomst) ? uitkomst : (TriageUitkomst?)null,
            })
            .Select(g => new { g.Key.VerwijzerPartnerId, g.Key.VerwijzerOrganisatie, g.Key.Status, g.Key.Uitkomst, Aantal = g.Count() })
            .ToList();
        var perOnderwerp = (await aanmeldingen.GroupBy(a => new { a.GemeenteCode, a.Hoofdonderwerp })
                .Select(g => new { g.Key.GemeenteCode, g.Key.Hoofdonderwerp, Aantal = g.Count() }).ToListAsync(ct))
            .Where(a => inBereik(a.GemeenteCode)).ToList();
        var perKenmerk = (await aanmeldingen
                .GroupBy(a => new { a.GemeenteCode, a.ProblematiekGgz, a.ProblematiekLvb, a.ProblematiekVerslaving, a.MinderjarigenInSysteem, a.Gemeentegrens })
                .Select(g => new
                {
                    g.Key.GemeenteCode, g.Key.ProblematiekGgz, g.Key.ProblematiekLvb, g.Key.ProblematiekVerslaving, g.Key.MinderjarigenInSysteem, g.Key.Gemeentegrens,
                    Aantal = g.Count(),
                })
                .ToListAsync(ct))
            .Where(a => inBereik(a.GemeenteCode)).ToList();

        var partnerIds = perVerwijzer.Where(a => a.VerwijzerPartnerId is not null).Select(a => a.VerwijzerPartnerId!.Value).Distinct().ToList();
        var partnerInfo = partnerIds.Count == 0
            ? []
            : await partners.Partners.AsNoTracking().Where(p => partnerIds.Contains(p.Id)).Select(p => new { p.Id, p.Naam, p.Domein })
                .ToDictionaryAsync(p => p.Id, p => (p.Naam, p.Domein), ct);

        string Verwijzer(Guid? id, string organisatie) =>
            id is { } p && partnerInfo.TryGetValue(p, out var info) ? info.Naam : string.IsNullOrWhiteSpace(organisatie) ? Onbekend : organisatie;

        static string Afhandeling(TriageUitkomst? uitkomst, AanmeldingStatus status) => uitkomst switch
        {
            TriageUitkomst.Procesregie => "Procesregie",
            TriageUitkomst.UitgebreidAdvies => "Uitgebreid advies",
            not null => "Niet ZVH-waardig",
            null => status == AanmeldingStatus.Ingetrokken ? "Ingetrokken" : "Nog niet getrieerd",
        };

        string[] afhandelingen = ["Procesregie", "Uitgebreid advies", "Niet ZVH-waardig", "Nog niet getrieerd", "Ingetrokken"];
        long Tel<T>(IEnumerable<T> groepen, Func<T, bool> past, Func<T, int> aantal) => groepen.Where(past).Sum(aantal);
        var totaal = perVerwijzer.Sum(a => a.Aantal);
        var perPartner = perVerwijzer.GroupBy(a => Verwijzer(a.VerwijzerPartnerId, a.VerwijzerOrganisatie)).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var cellen = afhandelingen.Select(h => RapportCel.Getal(Tel(g, a => Afhandeling(a.Uitkomst, a.Status) == h, a => a.Aantal))).ToList();
                cellen.Add(RapportCel.Getal(g.Sum(a => a.Aantal)));
                return new RapportRij(g.Key, cellen);
            }).ToList();
        var totaalCellen = afhandelingen.Select(h => RapportCel.Getal(Tel(perVerwijzer, a => Afhandeling(a.Uitkomst, a.Status) == h, a => a.Aantal))).ToList();
        totaalCellen.Add(RapportCel.Getal(totaal));
        perPartner.Add(new RapportRij("Totaal", totaalCellen, Totaal: true));
        var partnerTabel = new RapportTabel("aanmeldingen", "Aanmeldingen per convenantpartner en hoe ze zijn afgehandeld",
            "Aanmeldingen ontvangen in de periode, naar verwijzer en uitkomst van de triage.", [.. afhandelingen, "Totaal"], perPartner, GrafiekKolom: 5);
        if (onderdrukken)
        {
            Onderdrukking.Pas(partnerTabel, drempel, rijTotaal: true);
        }

        var tabellen = new List<RapportTabel> { partnerTabel };
        string Domein(Guid? id) => id is { } p && partnerInfo.TryGetValue(p, out var info) ? PartnerNames.Of(info.Domein) : Onbekend;
        tabellen.Add(Verdeling("domein", "Aandeel per domein van de verwijzer", "Zorg, veiligheid of gemeente, naar het domein van de verwijzende convenantpartner.",
            new[] { PartnerNames.Of(PartnerDomein.Zorg), PartnerNames.Of(PartnerDomein.Veiligheid), PartnerNames.Of(PartnerDomein.Gemeente), Onbekend }
                .Select(d => (d, Tel(perVerwijzer, a => Domein(a.VerwijzerPartnerId) == d, a => a.Aantal))), drempel, onderdrukken));
        tabellen.Add(Verdeling("hoofdonderwerp", "Hoofdonderwerp", "Het hoofdonderwerp van de aanmelding.",
            WayOfWorking.Hoofdonderwerpen.Append(Onbekend)
                .Select(h => (h, Tel(perOnderwerp, a => (string.IsNullOrWhiteSpace(a.Hoofdonderwerp) ? Onbekend : a.Hoofdonderwerp) == h, a => a.Aantal))),
            drempel, onderdrukken));
        int Aantal(bool a, bool b, bool c) => (a ? 1 : 0) + (b ? 1 : 0) + (c ? 1 : 0);
        tabellen.Add(Verdeling("problematiek", "Dubbel- en tripleproblematiek", "Aantal problematieken (GGZ, LVB, verslaving) bij de aanmelding.",
            new[] { ("Geen van de drie", 0), ("Enkelvoudig", 1), ("Dubbelproblematiek", 2), ("Tripleproblematiek", 3) }
                .Select(p => (p.Item1, Tel(perKenmerk, a => Aantal(a.ProblematiekGgz, a.ProblematiekLvb, a.ProblematiekVerslaving) == p.Item2, a => a.Aantal))),
            drempel, onderdrukken));
        tabellen.Add(Verdeling("gemeentegrens", "Gemeentegrensoverstijgend", "Andere gemeenten of provincies betrokken bij de aanmelding.",
            new[] { (Gemeentegrens.Geen, "Alleen de eigen gemeente"), (Gemeentegrens.AndereGemeenteInRegio, "Andere gemeente in de regio"),
                    (Gemeentegrens.AndereProvincie, "Andere provincie"), (Gemeentegrens.Landelijk, "Landelijk"), (Gemeentegrens.Buitenland, "Buitenland") }
                .Select(g => (g.Item2, Tel(perKenmerk, a => a.Gemeentegrens == g.Item1, a => a.Aantal))), drempel, onderdrukken));
        tabellen.Add(Verdeling("minderjarigen", "Minderjarigen in het systeem", "Aanmeldingen waarbij minderjarigen deel uitmaken van het systeem.",
            [("Met minderjarigen", Tel(perKenmerk, a => a.MinderjarigenInSysteem, a => a.Aantal)), ("Zonder minderjarigen", Tel(perKenmerk, a => !a.MinderjarigenInSysteem, a => a.Aantal))],
            drempel, onderdrukken));
        return tabellen;
    }

    private async Task<RapportTabel> LeeftijdTabelAsync(List<CasusCijfers> perCasus, RapportageFilter filter, int drempel, bool onderdrukken, CancellationToken ct)
    {
        var actief = perCasus.Where(c => c.Begin > 0 || c.Instroom > 0).ToList();
        var nieuw = actief.Where(v => v.EersteInstroom is not null).ToList();
        var personen = actief.Select(v => v.PersoonId).Distinct().ToList();
        // Only the date of birth, never a name: the report shows aggregates.
        // One statement with the ids as one parameter (a JSON array on SQLite, an array on PostgreSQL): the persons are found
        // through the primary key. A pass over the region's persons visited every person's row (93,750 for 14,000 wanted on
        // the largest national region: 330 of a 1,000 ms report); chunks of separate parameters were a statement to build
        // and plan per chunk.
        var geboortedata = await core.Persons.AsNoTracking().Where(p => EF.Parameter(personen).Contains(p.Id)).Select(p => new { p.Id, p.Geboortedatum })
            .ToDictionaryAsync(p => p.Id, p => p.Geboortedatum, ct);

        string Groep(Guid persoon, DateOnly op)
            => geboortedata.GetValueOrDefault(persoon) is { } geboren ? Leeftijdsgroep(geboren, op) : Onbekend;

        var labels = Leeftijdsgroepen.Select(g => g.Label).Append(Onbekend).ToList();
        var nieuwPerGroep = nieuw.CountBy(v => Groep(v.PersoonId, v.EersteInstroom!.Value)).ToDictionary();
        var actiefPerGroep = actief.CountBy(v => Groep(v.PersoonId, filter.Tot)).ToDictionary();
        var rijen = labels.Select(l => new RapportRij(l,
        [
            RapportCel.Getal(nieuwPerGroep.GetValueOrDefault(l)),
            RapportCel.Getal(actiefPerGroep.GetValueOrDefault(l)),
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

    private async Task<RapportTabel> PgaTabelAsync(IQueryable<Casus> casussen, Guid regionId, RapportageFilter filter, Func<string?, bool> inBereik, int drempel, bool onderdrukken,
        CancellationToken ct)
    {
        var van = filter.Van;
        var tot = filter.Tot;
        // The last measurement in the period per case (of two on the same day, the one with the highest id, as the database
        // orders ids), picked here: a NOT EXISTS per measurement lets SQLite without planner statistics use the
        // (RegionId, Datum) index and read the region's measurements per measurement (minutes on 30,000 cases).
        var metingen = await (from m in db.PgaMetingen.AsNoTracking()
                              join c in casussen on m.CasusId equals c.Id
                              where m.RegionId == regionId && m.Datum >= van && m.Datum <= tot
                              select new { m.Id, m.CasusId, m.Datum, c.GemeenteCode }).ToListAsync(ct);
        var laatste = metingen.Where(m => inBereik(m.GemeenteCode))
            .GroupBy(m => m.CasusId)
            .Select(g => g.OrderByDescending(m => m.Datum).ThenByDescending(m => m.Id.ToString(), StringComparer.OrdinalIgnoreCase).First().Id)
            .ToList();
        // One statement with the ids as one parameter (a JSON array on SQLite, an array on PostgreSQL): in chunks of 500
        // separate parameters each chunk was a new statement to build and plan (~0.3 s of the report on 30,000 cases).
        var perNiveau = (await db.Set<PgaScore>().AsNoTracking().Where(s => EF.Parameter(laatste).Contains(s.MetingId))
                .GroupBy(s => new { s.Leefgebied, s.Niveau })
                .Select(g => new { g.Key.Leefgebied, g.Key.Niveau, Aantal = g.Count() })
                .ToListAsync(ct))
            .Select(s => (s.Leefgebied, s.Niveau, s.Aantal)).ToList();

        var niveaus = Enum.GetValues<PgaNiveau>();
        var rijen = Enum.GetValues<Leefgebied>().Select(l =>
        {
            var cellen = niveaus.Select(n => RapportCel.Getal(perNiveau.Where(s => s.Leefgebied == l && s.Niveau == n).Sum(s => s.Aantal))).ToList();
            cellen.Add(RapportCel.Getal(perNiveau.Where(s => s.Leefgebied == l).Sum(s => s.Aantal)));
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

    private async Task<RapportTabel> WerkvoorraadTabelAsync(IQueryable<Casus> casussen, Guid regionId, RapportageFilter filter, Func<string?, bool> inBereik, int drempel,
        bool onderdrukken, CancellationToken ct)
    {
        var van = filter.Van;
        var tot = filter.Tot;
        // Only the places that overlap the period, counted per distinct (municipality, from, until).
        var plaatsen = (await (from w in db.Werkvoorraad.AsNoTracking()
                               join c in casussen on w.CasusId equals c.Id
                               where w.RegionId == regionId && w.Sinds <= tot && (w.Tot == null || w.Tot >= van)
                               group w by new { c.GemeenteCode, w.Sinds, w.Tot }
                               into g
                               select new { g.Key.GemeenteCode, g.Key.Sinds, g.Key.Tot, Aantal = g.Count() }).ToListAsync(ct))
            .Where(w => inBereik(w.GemeenteCode)).ToList();
        var wachttijden = plaatsen.SelectMany(p => Enumerable.Repeat(((p.Tot is { } t && t <= tot ? t : tot).DayNumber - p.Sinds.DayNumber, p.Tot is null || p.Tot > tot), p.Aantal))
            .ToList();
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

/// <summary>The region's report settings: duration buckets (months) and the minimum cell size for analysts.</summary>
internal sealed record RapportInstellingen(IReadOnlyList<int> DoorlooptijdGrenzen, int MinimumCelgrootte, long Version)
{
    public static RapportInstellingen Standaard { get; } = new([3, 6, 12, 24], 5, 0);

    /// <summary>"3,6,12,24" → [3, 6, 12, 24]; null when not a strictly increasing list of 1 to 8 whole months between 1 and 240.</summary>
    public static IReadOnlyList<int>? ParseGrenzen(string? text)
    {
        var parts = (text ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var values = new List<int>();
        foreach (var part in parts)
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var v) || v < 1 || v > 240 || (values.Count > 0 && v <= values[^1]))
            {
                return null;
            }

            values.Add(v);
        }

        return values.Count is >= 1 and <= 8 ? values : null;
    }
}
