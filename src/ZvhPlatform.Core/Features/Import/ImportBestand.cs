using System.Globalization;
using System.Text.Json;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Persons;

namespace ZvhPlatform.Core.Features.Import;

internal sealed record ImportPersoon(int Regel, string Id, string? Bsn, string Voornamen, string? Tussenvoegsel, string Achternaam, DateOnly? Geboortedatum, string? Gemeente);

internal sealed record ImportTriage(DateOnly Datum, TriageUitkomst Uitkomst, string? AdviesTerug, string AanwezigePartners);

internal sealed record ImportAanmelding(int Regel, string Id, string Persoon, string Module, string? SubAanpak, DateOnly OntvangenOp, AanmeldRoute Route,
    string VerwijzerOrganisatie, string? VerwijzerNaam, string? VerwijzerContact, string? Gemeente, string Reden, string? DoelCasusoverleg, bool PersoonGeinformeerd,
    string? NietGeinformeerdReden, string? Hoofdonderwerp, bool Ggz, bool Lvb, bool Verslaving, bool Minderjarigen, Gemeentegrens Gemeentegrens, ImportTriage? Triage);

internal sealed record ImportStatus(DateOnly Datum, CasusStatus Naar, string? Toelichting);

internal sealed record ImportPga(DateOnly Datum, string Moment, IReadOnlyList<(Leefgebied Leefgebied, PgaNiveau Niveau)> Scores);

internal sealed record ImportCasus(int Regel, string Id, string Persoon, string? Aanmelding, string Module, string? SubAanpak, string? Gemeente, string Doel,
    DateOnly GeopendOp, IReadOnlyList<ImportStatus> Statussen, DateOnly? AfgeslotenOp, string? AfsluitReden, IReadOnlyList<ImportPga> Pga);

/// <summary>An import file that passed the format checks; what the region must still confirm (municipalities, modules, purposes) is checked by <see cref="CaseImporter"/>.</summary>
internal sealed record ImportBestand(string Bron, IReadOnlyList<ImportPersoon> Personen, IReadOnlyList<ImportAanmelding> Aanmeldingen, IReadOnlyList<ImportCasus> Casussen)
{
    public const string Versie = "1";

    public int Totaal => Personen.Count + Aanmeldingen.Count + Casussen.Count;

    /// <summary>Reads and checks the file's structure; every problem is added to <paramref name="fouten"/> with its line. Returns null when the root is unusable.</summary>
    public static ImportBestand? Lees(byte[] inhoud, List<ImportFout> fouten)
    {
        var root = JsonRegels.Lees(inhoud, fouten);
        if (root is null)
        {
            return null;
        }

        if (root.Soort != JsonValueKind.Object)
        {
            fouten.Add(new ImportFout(root.Regel, "Het bestand moet één JSON-object zijn met 'versie', 'personen', 'aanmeldingen' en 'casussen'."));
            return null;
        }

        var r = new Lezer(fouten);
        r.Onbekend(root, "versie", "bron", "personen", "aanmeldingen", "casussen");
        var versie = r.Tekst(root, "versie", verplicht: true);
        if (versie is not null && versie != Versie)
        {
            fouten.Add(new ImportFout(root.Veld("versie")!.Regel, $"Formaatversie '{versie}' wordt niet ondersteund; dit platform leest versie {Versie}."));
        }

        var bron = r.Tekst(root, "bron") ?? "onbekend systeem";
        var personen = r.Lijst(root, "personen").Select(p => Persoon(r, p)).OfType<ImportPersoon>().ToList();
        var aanmeldingen = r.Lijst(root, "aanmeldingen").Select(a => Aanmelding(r, a)).OfType<ImportAanmelding>().ToList();
        var casussen = r.Lijst(root, "casussen").Select(c => Casus(r, c)).OfType<ImportCasus>().ToList();

        Uniek(personen.Select(p => (p.Id, p.Regel)), "persoon", fouten);
        Uniek(aanmeldingen.Select(a => (a.Id, a.Regel)), "aanmelding", fouten);
        Uniek(casussen.Select(c => (c.Id, c.Regel)), "casus", fouten);
        var persoonIds = personen.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var aanmeldingPerId = aanmeldingen.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var a in aanmeldingen.Where(a => a.Persoon.Length > 0 && !persoonIds.Contains(a.Persoon)))
        {
            fouten.Add(new ImportFout(a.Regel, $"Aanmelding '{a.Id}' verwijst naar persoon '{a.Persoon}', die niet in het bestand staat."));
        }

        foreach (var c in casussen)
        {
            if (c.Persoon.Length > 0 && !persoonIds.Contains(c.Persoon))
            {
                fouten.Add(new ImportFout(c.Regel, $"Casus '{c.Id}' verwijst naar persoon '{c.Persoon}', die niet in het bestand staat."));
            }

            if (c.Aanmelding is null)
            {
                continue;
            }

            if (!aanmeldingPerId.TryGetValue(c.Aanmelding, out var a))
            {
                fouten.Add(new ImportFout(c.Regel, $"Casus '{c.Id}' verwijst naar aanmelding '{c.Aanmelding}', die niet in het bestand staat."));
                continue;
            }

            if (a.Persoon != c.Persoon)
            {
                fouten.Add(new ImportFout(c.Regel, $"Casus '{c.Id}' gaat over een andere persoon dan aanmelding '{a.Id}'."));
            }

            if (a.Module != c.Module && c.Module.Length > 0 && a.Module.Length > 0)
            {
                fouten.Add(new ImportFout(c.Regel, $"Casus '{c.Id}' hoort bij een andere aanpak dan aanmelding '{a.Id}'."));
            }

            if (c.GeopendOp != DateOnly.MinValue && c.GeopendOp < a.OntvangenOp)
            {
                fouten.Add(new ImportFout(c.Regel, $"Casus '{c.Id}' is geopend vóór aanmelding '{a.Id}' ontvangen was."));
            }

            if (a.Triage is { } t && t.Uitkomst != TriageUitkomst.Procesregie)
            {
                fouten.Add(new ImportFout(c.Regel, $"Aanmelding '{a.Id}' is bij de triage niet naar procesregie gegaan; er kan geen casus bij horen."));
            }
        }

        foreach (var dubbel in casussen.Where(c => c.Aanmelding is not null).GroupBy(c => c.Aanmelding!, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            fouten.Add(new ImportFout(dubbel.Skip(1).First().Regel, $"Aanmelding '{dubbel.Key}' heeft meer dan één casus."));
        }

        return new ImportBestand(bron, personen, aanmeldingen, casussen);
    }

    private static void Uniek(IEnumerable<(string Id, int Regel)> ids, string soort, List<ImportFout> fouten)
    {
        foreach (var groep in ids.GroupBy(i => i.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var eerste = groep.First().Regel;
            foreach (var dubbel in groep.Skip(1))
            {
                fouten.Add(new ImportFout(dubbel.Regel, $"Id '{groep.Key}' van een {soort} komt vaker voor (ook op regel {eerste})."));
            }
        }
    }

    private static ImportPersoon? Persoon(Lezer r, JsonKnoop p)
    {
        if (!r.IsObject(p, "persoon"))
        {
            return null;
        }

        r.Onbekend(p, "id", "bsn", "voornamen", "tussenvoegsel", "achternaam", "geboortedatum", "gemeente");
        var id = r.Tekst(p, "id", verplicht: true);
        var bsn = r.Tekst(p, "bsn");
        if (bsn is not null && !Bsn.IsValid(bsn))
        {
            r.Fout(p.Veld("bsn")!, $"BSN '{bsn}' is ongeldig (elfproef).");
        }

        var voornamen = r.Tekst(p, "voornamen", verplicht: true);
        var achternaam = r.Tekst(p, "achternaam", verplicht: true);
        var geboren = r.Datum(p, "geboortedatum");
        // Kept with what is missing (the problem is already reported) so that the other checks still see the record.
        return id is null
            ? null
            : new ImportPersoon(p.Regel, id, bsn is null ? null : Bsn.Normalize(bsn), voornamen ?? "", r.Tekst(p, "tussenvoegsel"), achternaam ?? "", geboren, r.Tekst(p, "gemeente"));
    }

    private static ImportAanmelding? Aanmelding(Lezer r, JsonKnoop a)
    {
        if (!r.IsObject(a, "aanmelding"))
        {
            return null;
        }

        r.Onbekend(a, "id", "persoon", "module", "subAanpak", "ontvangenOp", "route", "verwijzer", "gemeente", "reden", "doelCasusoverleg", "persoonGeinformeerd",
            "nietGeinformeerdReden", "hoofdonderwerp", "problematiek", "minderjarigenInSysteem", "gemeentegrens", "triage");
        var id = r.Tekst(a, "id", verplicht: true);
        var persoon = r.Tekst(a, "persoon", verplicht: true);
        var module = r.Tekst(a, "module", verplicht: true);
        var ontvangen = r.Datum(a, "ontvangenOp", verplicht: true);
        var route = r.Keuze<AanmeldRoute>(a, "route", AanmeldRoute.Convenantpartner);
        var verwijzer = a.Veld("verwijzer");
        string? organisatie = null, naam = null, contact = null;
        if (verwijzer is null || verwijzer.IsLeeg)
        {
            r.Fout(a, "Het veld 'verwijzer' ontbreekt.");
        }
        else if (r.IsObject(verwijzer, "verwijzer"))
        {
            r.Onbekend(verwijzer, "organisatie", "naam", "contact");
            organisatie = r.Tekst(verwijzer, "organisatie", verplicht: true);
            naam = r.Tekst(verwijzer, "naam");
            contact = r.Tekst(verwijzer, "contact");
        }

        var reden = r.Tekst(a, "reden", verplicht: true);
        var geinformeerd = r.JaNee(a, "persoonGeinformeerd", verplicht: true);
        var nietReden = r.Tekst(a, "nietGeinformeerdReden");
        if (geinformeerd == false && nietReden is null)
        {
            r.Fout(a, "Geef bij 'nietGeinformeerdReden' aan waarom de persoon niet is geïnformeerd.");
        }

        var onderwerp = r.Tekst(a, "hoofdonderwerp");
        if (onderwerp is not null && !WayOfWorking.Hoofdonderwerpen.Contains(onderwerp))
        {
            r.Fout(a.Veld("hoofdonderwerp")!, $"Onbekend hoofdonderwerp '{onderwerp}'. Kies uit: {string.Join("; ", WayOfWorking.Hoofdonderwerpen)}.");
        }

        var problematiek = new HashSet<string>(StringComparer.Ordinal);
        if (a.Veld("problematiek") is { IsLeeg: false } lijst)
        {
            if (lijst.Soort != JsonValueKind.Array)
            {
                r.Fout(lijst, "'problematiek' is een lijst met 'ggz', 'lvb' en/of 'verslaving'.");
            }
            else
            {
                foreach (var item in lijst.Items)
                {
                    if (item.Tekst is "ggz" or "lvb" or "verslaving")
                    {
                        problematiek.Add(item.Tekst);
                    }
                    else
                    {
                        r.Fout(item, $"Onbekende problematiek '{item.Tekst}'; kies uit ggz, lvb, verslaving.");
                    }
                }
            }
        }

        ImportTriage? triage = null;
        if (a.Veld("triage") is { IsLeeg: false } t && r.IsObject(t, "triage"))
        {
            r.Onbekend(t, "datum", "uitkomst", "adviesTerug", "aanwezigePartners");
            var datum = r.Datum(t, "datum", verplicht: true);
            var uitkomst = r.Keuze<TriageUitkomst>(t, "uitkomst", null);
            var advies = r.Tekst(t, "adviesTerug");
            if (uitkomst is TriageUitkomst.UitgebreidAdvies or TriageUitkomst.NietZvhWaardig && advies is null)
            {
                r.Fout(t, "Bij uitgebreid advies of niet ZVH-waardig hoort het advies dat is teruggegeven ('adviesTerug').");
            }

            if (datum is not null && ontvangen is not null && datum < ontvangen)
            {
                r.Fout(t.Veld("datum")!, $"De triage ({datum:yyyy-MM-dd}) ligt vóór de ontvangst van de aanmelding ({ontvangen:yyyy-MM-dd}).");
            }

            var aanwezig = t.Veld("aanwezigePartners") is { Soort: JsonValueKind.Array } ap ? string.Join("\n", ap.Items.Select(i => i.Tekst).Where(s => !string.IsNullOrWhiteSpace(s))) : "";
            if (datum is not null && uitkomst is not null)
            {
                triage = new ImportTriage(datum.Value, uitkomst.Value, advies, aanwezig);
            }
            else if (uitkomst is null && t.Veld("uitkomst") is null)
            {
                r.Fout(t, "Het veld 'uitkomst' ontbreekt.");
            }
        }

        if (id is null)
        {
            return null;
        }

        return new ImportAanmelding(a.Regel, id, persoon ?? "", module ?? "", r.Tekst(a, "subAanpak"), ontvangen ?? DateOnly.MinValue,
            route ?? AanmeldRoute.Convenantpartner, organisatie ?? "", naam, contact, r.Tekst(a, "gemeente"), reden ?? "", r.Tekst(a, "doelCasusoverleg"),
            geinformeerd ?? false, nietReden, onderwerp, problematiek.Contains("ggz"),
            problematiek.Contains("lvb"), problematiek.Contains("verslaving"), r.JaNee(a, "minderjarigenInSysteem") ?? false,
            r.Keuze<Gemeentegrens>(a, "gemeentegrens", Gemeentegrens.Geen) ?? Gemeentegrens.Geen, triage);
    }

    private static ImportCasus? Casus(Lezer r, JsonKnoop c)
    {
        if (!r.IsObject(c, "casus"))
        {
            return null;
        }

        r.Onbekend(c, "id", "persoon", "aanmelding", "module", "subAanpak", "gemeente", "doel", "geopendOp", "statuswijzigingen", "afsluiting", "pgaMetingen");
        var id = r.Tekst(c, "id", verplicht: true);
        var persoon = r.Tekst(c, "persoon", verplicht: true);
        var module = r.Tekst(c, "module", verplicht: true);
        var geopend = r.Datum(c, "geopendOp", verplicht: true);
        var statussen = new List<ImportStatus>();
        var lijst = c.Veld("statuswijzigingen");
        if (lijst is null || lijst.Soort != JsonValueKind.Array || lijst.Items.Count == 0)
        {
            r.Fout(lijst ?? c, "Een casus heeft ten minste één statuswijziging ('statuswijzigingen').");
        }
        else
        {
            DateOnly? vorige = geopend;
            foreach (var s in lijst.Items.Where(s => r.IsObject(s, "statuswijziging")))
            {
                r.Onbekend(s, "datum", "naar", "toelichting");
                var datum = r.Datum(s, "datum", verplicht: true);
                var naar = r.Keuze<CasusStatus>(s, "naar", null);
                if (s.Veld("naar") is null)
                {
                    r.Fout(s, "Het veld 'naar' ontbreekt.");
                }

                if (datum is not null && vorige is not null && datum < vorige)
                {
                    r.Fout(s.Veld("datum")!, $"De datums staan niet op volgorde: {datum:yyyy-MM-dd} ligt vóór {vorige:yyyy-MM-dd}.");
                }

                vorige = datum ?? vorige;
                if (datum is not null && naar is not null)
                {
                    statussen.Add(new ImportStatus(datum.Value, naar.Value, r.Tekst(s, "toelichting")));
                }
            }
        }

        DateOnly? afgesloten = null;
        string? reden = null;
        if (c.Veld("afsluiting") is { IsLeeg: false } af && r.IsObject(af, "afsluiting"))
        {
            r.Onbekend(af, "datum", "reden");
            afgesloten = r.Datum(af, "datum", verplicht: true);
            reden = r.Tekst(af, "reden", verplicht: true);
            if (reden is not null && !WayOfWorking.AfsluitRedenen.Contains(reden))
            {
                r.Fout(af.Veld("reden")!, $"Onbekende reden van afsluiten '{reden}'. Kies uit: {string.Join("; ", WayOfWorking.AfsluitRedenen)}.");
            }

            var laatste = statussen.LastOrDefault();
            if (laatste is not null && afgesloten is not null && (laatste.Naar is not (CasusStatus.Afgesloten or CasusStatus.Afgeschaald) || laatste.Datum != afgesloten))
            {
                r.Fout(af, "Bij een afsluiting hoort als laatste statuswijziging 'Afgesloten' of 'Afgeschaald' op dezelfde datum.");
            }
        }
        else if (statussen.LastOrDefault() is { Naar: CasusStatus.Afgesloten })
        {
            r.Fout(c, "Een afgesloten casus heeft een 'afsluiting' met datum en reden.");
        }

        var pga = new List<ImportPga>();
        if (c.Veld("pgaMetingen") is { Soort: JsonValueKind.Array } metingen)
        {
            foreach (var m in metingen.Items.Where(m => r.IsObject(m, "PGA-meting")))
            {
                r.Onbekend(m, "datum", "moment", "scores");
                var datum = r.Datum(m, "datum", verplicht: true);
                var scores = new List<(Leefgebied, PgaNiveau)>();
                if (m.Veld("scores") is { Soort: JsonValueKind.Object } sc)
                {
                    foreach (var (naam, regel, waarde) in sc.Velden)
                    {
                        if (!Enum.TryParse<Leefgebied>(naam, false, out var leefgebied) || !Enum.IsDefined(leefgebied) || int.TryParse(naam, CultureInfo.InvariantCulture, out _))
                        {
                            r.Fout(new JsonKnoop { Regel = regel }, $"Onbekend leefgebied '{naam}'. Kies uit: {string.Join(", ", Enum.GetNames<Leefgebied>())}.");
                        }
                        else if (!int.TryParse(waarde.Tekst, NumberStyles.None, CultureInfo.InvariantCulture, out var niveau) || niveau is < 1 or > 5)
                        {
                            r.Fout(waarde, $"Het niveau van '{naam}' is een getal van 1 (acuut) tot 5 (volledig bekwaam).");
                        }
                        else
                        {
                            scores.Add((leefgebied, (PgaNiveau)niveau));
                        }
                    }
                }
                else
                {
                    r.Fout(m, "Een PGA-meting heeft 'scores' per leefgebied.");
                }

                if (datum is not null)
                {
                    pga.Add(new ImportPga(datum.Value, r.Tekst(m, "moment") ?? "periodiek", scores));
                }
            }
        }

        if (id is null)
        {
            return null;
        }

        return new ImportCasus(c.Regel, id, persoon ?? "", r.Tekst(c, "aanmelding"), module ?? "", r.Tekst(c, "subAanpak"), r.Tekst(c, "gemeente"), r.Tekst(c, "doel") ?? "Procesregie",
            geopend ?? DateOnly.MinValue, statussen, afgesloten, reden, pga);
    }

    /// <summary>Reads fields and records every problem with its line.</summary>
    private sealed class Lezer(List<ImportFout> fouten)
    {
        public void Fout(JsonKnoop waar, string melding) => fouten.Add(new ImportFout(waar.Regel, melding));

        public bool IsObject(JsonKnoop knoop, string wat)
        {
            if (knoop.Soort == JsonValueKind.Object)
            {
                return true;
            }

            Fout(knoop, $"Een {wat} moet een JSON-object zijn.");
            return false;
        }

        public void Onbekend(JsonKnoop knoop, params string[] bekend)
        {
            foreach (var (naam, regel, _) in knoop.Velden.Where(v => !bekend.Contains(v.Naam)))
            {
                fouten.Add(new ImportFout(regel, $"Onbekend veld '{naam}'."));
            }
        }

        public List<JsonKnoop> Lijst(JsonKnoop root, string naam)
        {
            var lijst = root.Veld(naam);
            if (lijst is null || lijst.Soort == JsonValueKind.Null)
            {
                return [];
            }

            if (lijst.Soort != JsonValueKind.Array)
            {
                Fout(lijst, $"'{naam}' moet een lijst zijn.");
                return [];
            }

            return lijst.Items;
        }

        public string? Tekst(JsonKnoop knoop, string naam, bool verplicht = false)
        {
            var waarde = knoop.Veld(naam);
            if (waarde is null || waarde.IsLeeg)
            {
                if (verplicht)
                {
                    Fout(waarde ?? knoop, $"Het veld '{naam}' ontbreekt.");
                }

                return null;
            }

            if (waarde.Soort is JsonValueKind.Object or JsonValueKind.Array)
            {
                Fout(waarde, $"Het veld '{naam}' moet tekst zijn.");
                return null;
            }

            return waarde.Tekst!.Trim();
        }

        public DateOnly? Datum(JsonKnoop knoop, string naam, bool verplicht = false)
        {
            var tekst = Tekst(knoop, naam, verplicht);
            if (tekst is null)
            {
                return null;
            }

            if (DateOnly.TryParseExact(tekst, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum))
            {
                return datum;
            }

            Fout(knoop.Veld(naam)!, $"'{tekst}' in '{naam}' is geen datum; schrijf JJJJ-MM-DD.");
            return null;
        }

        public bool? JaNee(JsonKnoop knoop, string naam, bool verplicht = false)
        {
            var waarde = knoop.Veld(naam);
            if (waarde is null || waarde.Soort == JsonValueKind.Null)
            {
                if (verplicht)
                {
                    Fout(waarde ?? knoop, $"Het veld '{naam}' ontbreekt.");
                }

                return null;
            }

            if (waarde.Soort is JsonValueKind.True or JsonValueKind.False)
            {
                return waarde.Soort == JsonValueKind.True;
            }

            Fout(waarde, $"Het veld '{naam}' is true of false.");
            return null;
        }

        public T? Keuze<T>(JsonKnoop knoop, string naam, T? standaard) where T : struct, Enum
        {
            var tekst = Tekst(knoop, naam);
            if (tekst is null)
            {
                return standaard;
            }

            if (Enum.TryParse<T>(tekst, false, out var waarde) && Enum.IsDefined(waarde) && !int.TryParse(tekst, CultureInfo.InvariantCulture, out _))
            {
                return waarde;
            }

            Fout(knoop.Veld(naam)!, $"Onbekende waarde '{tekst}' voor '{naam}'. Kies uit: {string.Join(", ", Enum.GetNames<T>())}.");
            return null;
        }
    }
}
