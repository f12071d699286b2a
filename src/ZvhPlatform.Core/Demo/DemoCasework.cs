using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Partners;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Features.Plan;
using ZvhPlatform.Core.Persons;
using ZvhPlatform.Kernel.Modules;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Core.Demo;

/// <summary>
/// A living CoVeCa / Top X caseload for the demo region Utrecht, so a coordinator who signs in sees the common way of
/// working in every stage: aanmeldingen just received, triaged to advies, niet ZVH-waardig and procesregie; cases waiting
/// in the werkvoorraad, in regie (plan, actions of which one overdue, PGA measurements, a partner professional taking
/// part), afgeschaald and afgesloten; a held and a planned casusoverleg, advice, a signaal and a ZSM scenario. All
/// persons are synthetic (elfproef BSNs that belong to no one known). Dates are relative to today. Status histories are
/// complete (the caseload reports count from them) and every person and case created is in the access log. Written
/// once, only while the region has no casework at all; <c>Zvh:DemoCasework</c> = false leaves it out.
/// </summary>
internal sealed class DemoCasework(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock)
{
    public const string RegionKey = "utrecht";

    private const string ModuleId = "coveca";

    private const string Door = "demo-gegevens";

    private static readonly (string Code, string Tekst)[] Criteria = [.. WayOfWorking.TriageCriteria];

    /// <summary>Seeds the region's casework when it has none yet; answers whether anything was written.</summary>
    public async Task<bool> SeedAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Zvh:DemoCasework", true))
        {
            return false;
        }

        await using var scope = scopes.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        if (sp.GetRequiredService<ModuleCatalog>().Find(ModuleId) is null
            || await sp.GetRequiredService<IRegionStore>().FindByKeyAsync(RegionKey, cancellationToken) is not { } region)
        {
            return false;
        }

        sp.GetRequiredService<IRegionContextSetter>().SetRegion(region, "seed-demo");
        var db = sp.GetRequiredService<CaseworkDbContext>();
        if (await db.Casussen.AnyAsync(cancellationToken) || await db.Aanmeldingen.AnyAsync(cancellationToken))
        {
            return false;
        }

        var writer = new Writer(sp, clock, cancellationToken);
        await writer.WriteAsync();
        return true;
    }

    /// <summary>One run of the demo: the region's data is written in a few saves, then the access log and the modules' parts.</summary>
    private sealed class Writer(IServiceProvider sp, TimeProvider clock, CancellationToken ct)
    {
        private readonly CaseworkDbContext _db = sp.GetRequiredService<CaseworkDbContext>();
        private readonly CoreDbContext _core = sp.GetRequiredService<CoreDbContext>();
        private readonly DateOnly _today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        private readonly List<AccessRecord> _log = [];
        private readonly List<(Casus Casus, Guid? VerwijzerId)> _cases = [];
        private readonly List<Aanmelding> _aanmeldingen = [];
        private Dictionary<string, PartnerInfo> _partners = [];
        private Guid? _regisseur;
        private Guid? _ondersteuner;
        private Guid? _partnerUser;

        private sealed record Persoon(string Bsn, string Voornamen, string? Tussenvoegsel, string Achternaam, DateOnly Geboortedatum, string Gemeente,
            string Woonplaats, string Adres, string Postcode);

        private DateOnly D(int daysFromToday) => _today.AddDays(daysFromToday);

        public async Task WriteAsync()
        {
            var partnerRows = await sp.GetRequiredService<PartnersDbContext>().Partners.AsNoTracking().ToListAsync(ct);
            _partners = partnerRows.ToDictionary(p => p.Naam, p => new PartnerInfo(p.Id, p.Naam, p.Domein, p.Type, p.GemeenteCode, p.Actief));
            var identity = sp.GetRequiredService<IdentityStoreDbContext>();
            var users = await identity.Users.AsNoTracking()
                .Where(u => u.Email == "regisseur.utrecht@demo.zvh.nl" || u.Email == "ondersteuning.utrecht@demo.zvh.nl" || u.Email == "partner@demo.zvh.nl")
                .Select(u => new { u.Id, u.Email }).ToListAsync(ct);
            _regisseur = users.FirstOrDefault(u => u.Email == "regisseur.utrecht@demo.zvh.nl")?.Id;
            _ondersteuner = users.FirstOrDefault(u => u.Email == "ondersteuning.utrecht@demo.zvh.nl")?.Id;
            _partnerUser = users.FirstOrDefault(u => u.Email == "partner@demo.zvh.nl")?.Id;

            const string Politie = "Politie eenheid Midden-Nederland";
            const string Om = "Openbaar Ministerie, arrondissement Midden-Nederland";
            const string Reclassering = "Reclassering Nederland, unit Utrecht";
            const string GemeenteUtrecht = "Gemeente Utrecht";

            // Aanmeldingen that are still to be triaged: one entered by the bureau, one through the partners' secure form.
            AanmeldingZonderPersoon(new Persoon("", "Tim", null, "Jacobs", new DateOnly(2000, 6, 14), "GM1904", "Maarssen", "Bisonspoor 3", "3605 JR"),
                "topx", Politie, D(-2), AanmeldRoute.Convenantpartner, "Reeks inbraken in Maarssen en Breukelen; wijkagent ziet een patroon.");
            AanmeldingZonderPersoon(new Persoon("", "Noa", null, "Peters", new DateOnly(2010, 3, 2), "GM0632", "Woerden", "Molenvliet 40", "3448 AC"),
                "doorgroeiers", null, D(-1), AanmeldRoute.Formulier, "Jongere raakt betrokken bij drugsrunners rond het station; ouders staan machteloos.");

            // Triaged without procesregie: uitgebreid advies and niet ZVH-waardig.
            var ravi = Register(new Persoon("938637940", "Ravi", null, "Hoekstra", new DateOnly(1991, 11, 3), "GM0344", "Utrecht", "Amsterdamsestraatweg 210",
                "3551 CZ"), Purposes.Aanmelding);
            var aAdvies = Aanmelding(ravi, "topx", GemeenteUtrecht, D(-25), "Verwarde man, dreigende taal tegen buren; zorg loopt vast.",
                "Verward/onbegrepen gedrag en hoog veiligheidsrisico", ggz: true);
            Triage(aAdvies, D(-20), TriageUitkomst.UitgebreidAdvies,
                "Geen Top X: geen high impact delicten. Advies: bemoeizorg via het wijkteam, GGZ-consult aanvragen; bij escalatie opnieuw aanmelden.");
            var lotte = Register(new Persoon("852553419", "Lotte", "van", "Beek", new DateOnly(1987, 8, 21), "GM0355", "Zeist", "Slotlaan 12", "3701 GK"),
                Purposes.Aanmelding);
            var aNiet = Aanmelding(lotte, "topx", "Gemeente Utrecht", D(-40), "Burenruzie over geluidsoverlast, één keer politie ter plaatse.", "Burenruzie");
            Triage(aNiet, D(-33), TriageUitkomst.NietZvhWaardig, "Buurtbemiddeling Zeist inzetten; de wijkagent houdt contact.");

            // Waiting in the werkvoorraad.
            var mehmet = Register(new Persoon("387101226", "Mehmet", null, "Kaya", new DateOnly(2002, 1, 30), "GM0344", "Utrecht", "Kanaleneiland Zuid 88",
                "3526 KS"), Purposes.Procesregie);
            var cWacht1 = Procesregie(mehmet, "topx", GemeenteUtrecht, D(-12), D(-9), "Straatroven en bedreiging van een wijkboa; meerdere leefgebieden.",
                "(Ernstige) overlast", [], verslaving: true);
            var jeroen = Register(new Persoon("284514627", "Jeroen", "de", "Wit", new DateOnly(1979, 5, 9), "GM0307", "Amersfoort", "Soesterweg 301",
                "3812 BK"), Purposes.Procesregie);
            var cWacht2 = Procesregie(jeroen, "ogg", Politie, D(-6), D(-4), "Onbegrepen gedrag met wapenbezit; dreigt met geweld tegen hulpverleners.",
                "Verward/onbegrepen gedrag en hoog veiligheidsrisico", [], ggz: true);
            Wachtrij(cWacht1, D(-9), 1, "Escalerende overlast; de gemeente vraagt voorrang.", D(-7));
            Wachtrij(cWacht2, D(-4), 2, null, null);

            // In regie.
            var dylan = Register(new Persoon("757871331", "Dylan", null, "Verhoef", new DateOnly(1999, 7, 12), "GM0344", "Utrecht", "Marco Pololaan 140",
                "3526 GH"), Purposes.Procesregie);
            var ilse = Register(new Persoon("888208121", "Ilse", null, "Verhoef", new DateOnly(1972, 2, 25), "GM0344", "Utrecht", "Marco Pololaan 140",
                "3526 GH"), Purposes.Procesregie);
            var cDylan = Procesregie(dylan, "topx", Politie, D(-220), D(-214),
                "Veelpleger woninginbraken, verslaafd, dakloos dreigend; eerdere straffen zonder effect.", "(Ernstige) overlast",
                [(D(-200), CasusStatus.Werkvoorraad, CasusStatus.InRegie, "Opgepakt door Pieter Regie")], verslaving: true, ggz: true);
            CasusPersoon(cDylan, ilse, CaseRole.Ouder);
            var samira = Register(new Persoon("446247510", "Samira", null, "Bouzid", new DateOnly(1995, 10, 4), "GM0356", "Nieuwegein", "Zuilenstein 9",
                "3434 BP"), Purposes.Procesregie);
            var cSamira = Procesregie(samira, "ogg", Om, D(-100), D(-95), "Brandstichting in de eigen woning na psychose; gevaar voor omwonenden.",
                "Verward/onbegrepen gedrag en hoog veiligheidsrisico", [(D(-90), CasusStatus.Werkvoorraad, CasusStatus.InRegie, "Opgepakt door Pieter Regie")],
                ggz: true, lvb: true, grens: Gemeentegrens.AndereGemeenteInRegio);
            var kevin = Register(new Persoon("816572628", "Kevin", null, "Mulder", new DateOnly(2007, 12, 18), "GM0345", "Veenendaal", "Dragonderweg 51",
                "3902 KC"), Purposes.Procesregie);
            var cKevin = Procesregie(kevin, "doorgroeiers", Reclassering, D(-40), D(-35), "Jongvolwassene groeit door naar georganiseerde drugscriminaliteit.",
                "Overige veiligheid omgeving in het geding", [(D(-30), CasusStatus.Werkvoorraad, CasusStatus.InRegie, "Opgepakt door Pieter Regie")],
                minderjarigen: true);
            var priscilla = Register(new Persoon("649480831", "Priscilla", null, "Pinas", new DateOnly(1993, 4, 27), "GM0307", "Amersfoort",
                "Kruiskamp 77", "3817 GD"), Purposes.Procesregie);
            var cPriscilla = Procesregie(priscilla, "topx", "Gemeente Amersfoort", D(-160), D(-155), "Geweld en overvallen; schulden en uitzetting dreigen.",
                "(Ernstige) overlast", [(D(-150), CasusStatus.Werkvoorraad, CasusStatus.InRegie, "Opgepakt door Pieter Regie")], verslaving: true,
                minderjarigen: true);

            // Out of regie: afgeschaald to the local field, and afgesloten.
            var henk = Register(new Persoon("503447134", "Henk", null, "Smit", new DateOnly(1968, 9, 6), "GM0321", "Houten", "Het Rond 6", "3995 DN"),
                Purposes.Procesregie);
            var cHenk = Procesregie(henk, "topx", Om, D(-410), D(-400), "Herhaalde bedreiging en vernieling; alcoholproblematiek.", "(Ernstige) overlast",
                [
                    (D(-390), CasusStatus.Werkvoorraad, CasusStatus.InRegie, "Opgepakt door Pieter Regie"),
                    (D(-40), CasusStatus.InRegie, CasusStatus.Afgeschaald, "Afgeschaald naar Wijkteam (Sociaal team Houten)"),
                ], verslaving: true);
            cHenk.AfgeslotenOp = D(-40);
            cHenk.AfsluitReden = "Afgeschaald naar " + WayOfWorking.Naam(SchaalNiveau.Wijkteam);
            _db.Schalingen.Add(new Schaling
            {
                CasusId = cHenk.Id, Datum = D(-40), Van = SchaalNiveau.Zvh, Naar = SchaalNiveau.Wijkteam, Ontvanger = "Sociaal team Houten",
                Toelichting = "Stabiel: woonbegeleiding loopt, geen nieuwe incidenten. Het sociaal team houdt de regie.", Door = "Pieter Regie",
            });
            var youssef = Register(new Persoon("149027874", "Youssef", null, "Amrani", new DateOnly(1996, 6, 1), "GM0344", "Utrecht", "Columbuslaan 20",
                "3526 EP"), Purposes.Procesregie);
            var cYoussef = Procesregie(youssef, "topx", Politie, D(-520), D(-510), "Straatroven en zware mishandeling; geen dagbesteding.", "(Ernstige) overlast",
                [
                    (D(-500), CasusStatus.Werkvoorraad, CasusStatus.InRegie, "Opgepakt door Pieter Regie"),
                    (D(-60), CasusStatus.InRegie, CasusStatus.Afgesloten, "Een jaar geen delicten"),
                ]);
            cYoussef.AfgeslotenOp = D(-60);
            cYoussef.AfsluitReden = "Een jaar geen delicten";
            cYoussef.Evaluatie = "Ruim een jaar geen delicten. Werkt via de jobcoach vier dagen per week; het netwerk (broer, voetbalclub) hield hem op koers. " +
                                 "Lastig was de lange wachttijd voor schuldhulp.";

            foreach (var (c, _) in _cases.Where(x => x.Casus.Status != CasusStatus.Werkvoorraad))
            {
                c.ProcesregisseurId = _regisseur;
                c.ProcesregisseurNaam = "Pieter Regie";
            }

            cDylan.CasushouderPartnerId = _partners.GetValueOrDefault(Reclassering)?.Id;
            cDylan.CasushouderOrganisatie = _partners.GetValueOrDefault(Reclassering)?.Naam;
            if (_partnerUser is { } karel)
            {
                _db.Deelnemers.Add(new CasusDeelnemer
                {
                    CasusId = cDylan.Id, UserId = karel, Naam = "Karel Keten", Organisatie = "Reclassering Nederland", ToegevoegdUtc = Utc(D(-198)),
                    NamensPartnerId = _partners.GetValueOrDefault(Reclassering)?.Id, VasteVertegenwoordiger = true,
                });
            }

            Plan(cDylan, D(-195),
            [
                new(Leefgebied.JustitieEnPolitie, "Geen nieuwe woninginbraken", "Reclasseringstoezicht", Reclassering, D(-195), D(60), false),
                new(Leefgebied.Huisvesting, "Stabiele woonplek", "Begeleid of beschermd wonen", GemeenteUtrecht, D(-195), D(-20), true),
                new(Leefgebied.MiddelengebruikEnVerslaving, "Start verslavingsbehandeling", "Bemoeizorg (FACT)", "Altrecht GGZ", D(-150), null, false),
            ]);
            Plan(cSamira, D(-85),
            [
                new(Leefgebied.GeestelijkeGezondheid, "Behandeling en medicatie onder toezicht", "Zorgmachtiging", "Altrecht GGZ", D(-85), D(95), false),
                new(Leefgebied.Huisvesting, "Veilige woonsituatie na de brand", "Begeleid of beschermd wonen", "Gemeente Nieuwegein", D(-85), null, false),
            ]);
            Plan(cPriscilla, D(-140),
            [
                new(Leefgebied.Financien, "Schulden onder bewind, uitzetting voorkomen", "Schuldhulpverlening / bewindvoering", "Gemeente Amersfoort", D(-140),
                    D(40), false),
                new(Leefgebied.JustitieEnPolitie, "Geen geweldsincidenten", "Reclasseringstoezicht", Reclassering, D(-140), D(220), false),
            ]);
            Plan(cYoussef, D(-490),
            [
                new(Leefgebied.WerkEnOpleiding, "Vast werk of opleiding", "Arbeidstoeleiding / jobcoach", GemeenteUtrecht, D(-490), D(-100), true),
                new(Leefgebied.JustitieEnPolitie, "Een jaar geen delicten", "Reclasseringstoezicht", Reclassering, D(-490), D(-60), true),
            ]);

            Actie(cDylan, "Indicatie beschermd wonen verlengen", "Reclassering Nederland", _partnerUser, D(-5), ActieStatus.Open, null);
            Actie(cDylan, "Intake verslavingszorg plannen", "Altrecht GGZ", null, D(10), ActieStatus.Open, null);
            Actie(cDylan, "Woonplek regelen via de gemeente", GemeenteUtrecht, null, D(-150), ActieStatus.Gereed, D(-152));
            Actie(cSamira, "Zorgmachtiging aanvragen bij het OM", "Openbaar Ministerie", null, D(20), ActieStatus.Open, null);
            Actie(cKevin, "Gesprek met ouders en school organiseren", "Raad voor de Kinderbescherming", null, D(5), ActieStatus.Open, null);
            Actie(cPriscilla, "Aanmelding bewindvoering", "Gemeente Amersfoort", null, D(-120), ActieStatus.Gereed, D(-125));

            Pga(cDylan, dylan, D(-198), "Intake", [1, 3, 1, 3, 2, 3, 1, 2, 2, 2, 3, 2]);
            Pga(cDylan, dylan, D(-100), "Periodiek", [2, 3, 2, 3, 2, 3, 3, 2, 2, 3, 3, 2]);
            Pga(cDylan, dylan, D(-10), "Periodiek", [3, 3, 2, 4, 3, 3, 4, 3, 3, 3, 4, 3]);
            Pga(cSamira, samira, D(-88), "Intake", [3, 2, 3, 3, 1, 2, 1, 2, 3, 2, 3, 3]);
            Pga(cKevin, kevin, D(-28), "Intake", [2, 2, 3, 4, 3, 2, 4, 2, 2, 2, 3, 3]);
            Pga(cPriscilla, priscilla, D(-148), "Intake", [2, 3, 2, 4, 3, 2, 2, 3, 2, 2, 4, 1]);
            Pga(cHenk, henk, D(-388), "Intake", [2, 2, 1, 3, 3, 2, 2, 2, 3, 2, 4, 3]);
            Pga(cHenk, henk, D(-42), "Afsluiting", [4, 3, 3, 3, 4, 3, 4, 3, 3, 4, 4, 4]);
            Pga(cYoussef, youssef, D(-498), "Intake", [1, 2, 3, 4, 3, 3, 3, 1, 1, 2, 3, 2]);
            Pga(cYoussef, youssef, D(-62), "Afsluiting", [4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 3]);

            // A meeting five weeks ago (held, with decisions) and the next one, planned with the cases that are due.
            var gehouden = Overleg("Top X-overleg Utrecht", D(-35), [cDylan, cSamira, cPriscilla], held: true);
            Besluit(cDylan, gehouden, D(-35), "Toezicht blijft; gemeente regelt verlenging beschermd wonen, reclassering bewaakt de voorwaarden.");
            Besluit(cSamira, gehouden, D(-35), "OM vraagt een zorgmachtiging aan; GGZ blijft betrokken tot de uitspraak.");
            var gepland = Overleg("Top X-overleg Stad en Oost", D(3), [cDylan, cSamira, cKevin, cPriscilla], held: false);

            _db.Adviezen.AddRange(
                new Advies
                {
                    ModuleId = ModuleId, Soort = AdviesSoort.Kort, Datum = D(-8), Anoniem = true, VragerOrganisatie = "Wijkteam Zuilen", Kanaal = "telefoon",
                    Vraag = "Jongere met escalerend gedrag: wanneer melden we aan voor Top X?",
                    Antwoord = "Laat politie of gemeente aanmelden; tot dan lokaal opschalen via het wijkteam.", Door = "Pieter Regie",
                },
                new Advies
                {
                    ModuleId = ModuleId, Soort = AdviesSoort.Informatieknooppunt, Datum = D(-3), CasusId = cDylan.Id, PersonId = dylan,
                    VragerOrganisatie = "Politie eenheid Midden-Nederland", Kanaal = "e-mail", Vraag = "Is betrokkene bekend bij het Zorg- en Veiligheidshuis?",
                    Antwoord = "Ja, in procesregie; contactpunt is de procesregisseur.", Door = "Olga Steun",
                });
            _db.Signalen.Add(new Signaal
            {
                Datum = D(-20), Categorie = "Plaatsingsproblematiek", Tafel = "Regionale stuurgroep", CasusId = cDylan.Id, OverlegId = gepland.Id,
                Omschrijving = "Voor Top X-kandidaten die uit detentie komen is geen passende woonplek; de wachtlijst beschermd wonen is een half jaar.",
                Status = "Geagendeerd", Door = "Pieter Regie",
            });
            _db.ZsmScenarios.Add(new ZsmScenario
            {
                PersonId = dylan, CasusId = cDylan.Id, OpgesteldOp = D(-100), GeldigTot = D(-100).AddMonths(3), Door = "Pieter Regie",
                Context = "In procesregie Top X; toezicht door de reclassering, woonplek via beschermd wonen.",
                Advies = "Bij een nieuw feit: snelrecht met bijzondere voorwaarden; reclassering adviseert over het toezicht.",
            });

            Kenmerken();
            await _core.SaveChangesAsync(ct);
            await _db.SaveChangesAsync(ct);
            var log = sp.GetRequiredService<IAccessLog>();
            foreach (var record in _log)
            {
                await log.RecordAsync(record, ct);
            }

            var demo = _cases.Select(x => new DemoCasus(x.Casus.Id, x.Casus.SubAanpak, x.Casus.Status,
                x.VerwijzerId is { } id ? _partners.Values.FirstOrDefault(p => p.Id == id) : null, x.Casus.GeopendOp, x.Casus.AfgeslotenOp)).ToList();
            foreach (var module in sp.GetServices<ICaseworkDemoData>().Where(m => m.ModuleId == ModuleId))
            {
                await module.SeedAsync(demo, ct);
            }
        }

        private DateTime Utc(DateOnly date, int hour = 9) => RegieSupport.ToUtc(date.ToDateTime(new TimeOnly(hour, 0)), clock);

        private Guid Register(Persoon p, string purpose)
        {
            var person = new Person
            {
                Bsn = p.Bsn, Voornamen = p.Voornamen, Tussenvoegsel = p.Tussenvoegsel, Achternaam = p.Achternaam, Geboortedatum = p.Geboortedatum,
                GemeenteCode = p.Gemeente, Woonplaats = p.Woonplaats, Adres = p.Adres, Postcode = p.Postcode, RegisteredUtc = clock.GetUtcNow().UtcDateTime,
            };
            person.RefreshSearchFields();
            _core.Persons.Add(person);
            _core.PersonChanges.Add(new PersonChange
            {
                PersonId = person.Id, ChangedUtc = person.RegisteredUtc, ChangedBy = Door, Action = "geregistreerd",
                Details = PersonRules.Diff(PersonRules.Describe(new Person()), PersonRules.Describe(person)),
            });
            _log.Add(new AccessRecord(AccessAction.Aanmaken, purpose, [person.Id], null, "core", "toegestaan", false, "persoonsgegevens (demo)"));
            return person.Id;
        }

        private Aanmelding Aanmelding(Guid personId, string sub, string? verwijzer, DateOnly ontvangen, string reden, string hoofdonderwerp,
            bool ggz = false, bool lvb = false, bool verslaving = false, bool minderjarigen = false, Gemeentegrens grens = Gemeentegrens.Geen)
        {
            var person = _core.Persons.Local.Single(p => p.Id == personId);
            var partner = verwijzer is null ? null : _partners.GetValueOrDefault(verwijzer);
            var a = new Aanmelding
            {
                ModuleId = ModuleId, SubAanpak = sub, OntvangenOp = ontvangen, Route = AanmeldRoute.Convenantpartner, Status = AanmeldingStatus.Ontvangen,
                VerwijzerPartnerId = partner?.Id, VerwijzerOrganisatie = partner?.Naam ?? verwijzer ?? "", VerwijzerNaam = "Contactpersoon " + (partner?.Naam ?? ""),
                PersonId = person.Id, Bsn = person.Bsn, Voornamen = person.Voornamen,
                Achternaam = string.Join(' ', new[] { person.Tussenvoegsel, person.Achternaam }.Where(s => !string.IsNullOrWhiteSpace(s))),
                Geboortedatum = person.Geboortedatum, Adres = $"{person.Adres}, {person.Postcode} {person.Woonplaats}", GemeenteCode = person.GemeenteCode,
                Reden = reden, DoelCasusoverleg = "Afstemmen wie wat doet op veiligheid, zorg en wonen.", PersoonGeinformeerd = sub != "ogg",
                NietGeinformeerdReden = sub == "ogg" ? "Veiligheid van betrokkene of anderen" : null, Hoofdonderwerp = hoofdonderwerp,
                ProblematiekGgz = ggz, ProblematiekLvb = lvb, ProblematiekVerslaving = verslaving, MinderjarigenInSysteem = minderjarigen, Gemeentegrens = grens,
                TerugkoppelingAanVerwijzer = "Ontvangen; de aanmelding wordt besproken in de integrale triage.",
            };
            _db.Aanmeldingen.Add(a);
            _aanmeldingen.Add(a);
            return a;
        }

        private void AanmeldingZonderPersoon(Persoon p, string sub, string? verwijzer, DateOnly ontvangen, AanmeldRoute route, string reden)
        {
            var partner = verwijzer is null ? null : _partners.GetValueOrDefault(verwijzer);
            var formulier = route == AanmeldRoute.Formulier;
            var a = new Aanmelding
            {
                ModuleId = ModuleId, SubAanpak = sub, OntvangenOp = ontvangen, Route = route, Status = AanmeldingStatus.Ontvangen,
                VerwijzerPartnerId = partner?.Id, VerwijzerOrganisatie = formulier ? "Reclassering Nederland" : partner?.Naam ?? "",
                VerwijzerNaam = formulier ? "Karel Keten" : "Wijkagent Van Dam", VerwijzerContact = formulier ? "partner@demo.zvh.nl" : "06-12345678",
                IngediendDoorUserId = formulier ? _partnerUser : null, Voornamen = p.Voornamen, Achternaam = p.Achternaam, Geboortedatum = p.Geboortedatum,
                Adres = $"{p.Adres}, {p.Postcode} {p.Woonplaats}", GemeenteCode = p.Gemeente, Reden = reden, PersoonGeinformeerd = true,
                Hoofdonderwerp = "(Ernstige) overlast", MinderjarigenInSysteem = formulier, Gemeentegrens = Gemeentegrens.Geen,
                TerugkoppelingAanVerwijzer = "Ontvangen; de aanmelding wordt besproken in de integrale triage.",
            };
            _db.Aanmeldingen.Add(a);
            _aanmeldingen.Add(a);
            _log.Add(new AccessRecord(AccessAction.Aanmaken, Purposes.Aanmelding, [], null, ModuleId, "toegestaan", false, "aanmelding (demo)"));
        }

        private void Triage(Aanmelding a, DateOnly datum, TriageUitkomst uitkomst, string? advies)
        {
            var procesregie = uitkomst == TriageUitkomst.Procesregie;
            var triage = new Triage
            {
                AanmeldingId = a.Id, Datum = datum, Uitkomst = uitkomst, AdviesTerug = advies, Door = "Pieter Regie",
                AanwezigePartners = "Politie eenheid Midden-Nederland\nGemeente Utrecht\nOpenbaar Ministerie\nReclassering Nederland\nAltrecht GGZ",
            };
            foreach (var (code, _) in Criteria)
            {
                var voldaan = code == "lokaal-veiligheidsprobleem" ? false : procesregie || code != "systeem";
                triage.Antwoorden.Add(new TriageCriteriumAntwoord
                {
                    TriageId = triage.Id, Code = code, Voldaan = voldaan,
                    Motivatie = voldaan ? "Zo besproken en onderbouwd in de triage." : "Daar is in de triage geen aanwijzing voor gevonden.",
                });
            }

            _db.Triages.Add(triage);
            switch (uitkomst)
            {
                case TriageUitkomst.UitgebreidAdvies:
                    a.Status = AanmeldingStatus.UitgebreidAdvies;
                    a.TerugkoppelingAanVerwijzer = $"Triage {datum:dd-MM-yyyy}: uitgebreid advies. Advies: {advies}";
                    _db.Adviezen.Add(new Advies
                    {
                        ModuleId = ModuleId, Soort = AdviesSoort.Uitgebreid, Datum = datum, AanmeldingId = a.Id, PersonId = a.PersonId,
                        VragerOrganisatie = a.VerwijzerOrganisatie, Kanaal = "Triage", Vraag = a.Reden, Antwoord = advies!, Door = "Pieter Regie",
                    });
                    break;
                case TriageUitkomst.NietZvhWaardig:
                    a.Status = AanmeldingStatus.NietZvhWaardig;
                    a.TerugkoppelingAanVerwijzer = $"Triage {datum:dd-MM-yyyy}: niet ZVH-waardig. Advies aan het lokale veld: {advies}";
                    break;
                default:
                    a.Status = AanmeldingStatus.Procesregie;
                    break;
            }
        }

        /// <summary>An aanmelding triaged to procesregie, its case opened in the werkvoorraad on the triage date, and its later status changes.</summary>
        private Casus Procesregie(Guid personId, string sub, string verwijzer, DateOnly ontvangen, DateOnly triage, string reden, string hoofdonderwerp,
            IReadOnlyList<(DateOnly Datum, CasusStatus Van, CasusStatus Naar, string Toelichting)> verder, bool ggz = false, bool lvb = false,
            bool verslaving = false, bool minderjarigen = false, Gemeentegrens grens = Gemeentegrens.Geen)
        {
            var a = Aanmelding(personId, sub, verwijzer, ontvangen, reden, hoofdonderwerp, ggz, lvb, verslaving, minderjarigen, grens);
            Triage(a, triage, TriageUitkomst.Procesregie, null);
            var casus = new Casus
            {
                ModuleId = ModuleId, SubAanpak = sub, HoofdpersoonId = personId, GemeenteCode = a.GemeenteCode, Doel = Purposes.Procesregie,
                Grondslag = "art. 6 lid 1 sub e AVG; art. 2.1 WGS", GeopendOp = triage, AanmeldingId = a.Id,
            };
            casus.Personen.Add(new CasusPersoon { CasusId = casus.Id, PersonId = personId, Rol = CaseRole.Hoofdpersoon });
            _db.Casussen.Add(casus);
            a.CasusId = casus.Id;
            Status(casus, triage, null, CasusStatus.Werkvoorraad, $"Triage {triage:dd-MM-yyyy}: procesregie; in de werkvoorraad");
            a.TerugkoppelingAanVerwijzer = $"Triage {triage:dd-MM-yyyy}: procesregie door het Zorg- en Veiligheidshuis. " +
                                           "De casus staat in de werkvoorraad en wacht op een procesregisseur.";
            foreach (var stap in verder)
            {
                Status(casus, stap.Datum, stap.Van, stap.Naar, stap.Toelichting);
                if (stap.Naar == CasusStatus.InRegie)
                {
                    _db.Werkvoorraad.Add(new WerkvoorraadPlaats { CasusId = casus.Id, Sinds = triage, Prioriteit = 1, Tot = stap.Datum });
                    a.TerugkoppelingAanVerwijzer = $"In procesregie sinds {stap.Datum:dd-MM-yyyy}; procesregisseur Pieter Regie.";
                }
                else
                {
                    a.TerugkoppelingAanVerwijzer = $"{WayOfWorking.Naam(stap.Naar)} op {stap.Datum:dd-MM-yyyy}.";
                }
            }

            _cases.Add((casus, a.VerwijzerPartnerId));
            _log.Add(new AccessRecord(AccessAction.Aanmaken, Purposes.Procesregie, [personId], casus.Id, ModuleId, "toegestaan", false, "casus (demo)"));
            return casus;
        }

        private void Status(Casus casus, DateOnly datum, CasusStatus? van, CasusStatus naar, string toelichting)
        {
            // The history, not news: written as the status changes were recorded at the time, without outbox events.
            casus.Status = naar;
            _db.StatusWijzigingen.Add(new CasusStatusWijziging
            {
                CasusId = casus.Id, Datum = datum, Van = van, Naar = naar, Toelichting = toelichting, Door = "Pieter Regie",
                VastgelegdUtc = Utc(datum, van is null ? 9 : 10),
            });
        }

        private void Wachtrij(Casus casus, DateOnly sinds, int prioriteit, string? reden, DateOnly? geprioriteerd) =>
            _db.Werkvoorraad.Add(new WerkvoorraadPlaats
            {
                CasusId = casus.Id, Sinds = sinds, Prioriteit = prioriteit, PrioriteitReden = reden, GeprioriteerdOp = geprioriteerd,
            });

        private void CasusPersoon(Casus casus, Guid personId, CaseRole rol) =>
            casus.Personen.Add(new CasusPersoon { CasusId = casus.Id, PersonId = personId, Rol = rol });

        private void Plan(Casus casus, DateOnly op, IReadOnlyList<PlanDoelRow> doelen)
        {
            var plan = new PlanVanAanpak { CasusId = casus.Id, Versie = 1, GewijzigdDoor = "Pieter Regie", GewijzigdUtc = Utc(op), Version = 1 };
            foreach (var d in doelen)
            {
                plan.Doelen.Add(new PlanDoel
                {
                    PlanId = plan.Id, Leefgebied = d.Leefgebied, Doel = d.Doel, Interventie = d.Interventie, VerantwoordelijkePartner = d.VerantwoordelijkePartner,
                    Startdatum = d.Startdatum, Einddatum = d.Einddatum, Behaald = d.Behaald,
                });
            }

            _db.Plannen.Add(plan);
            _db.PlanVersies.Add(new PlanVersie
            {
                PlanId = plan.Id, Versie = 1, Inhoud = JsonSerializer.Serialize(doelen, PlanSnapshot.Options), Door = "Pieter Regie", VastgelegdUtc = Utc(op),
            });
        }

        private void Actie(Casus casus, string omschrijving, string organisatie, Guid? eigenaar, DateOnly deadline, ActieStatus status, DateOnly? afgerond)
        {
            var overdue = status == ActieStatus.Open && deadline < _today;
            _db.Acties.Add(new Actie
            {
                CasusId = casus.Id, Omschrijving = omschrijving, EigenaarOrganisatie = organisatie, EigenaarUserId = eigenaar, Deadline = deadline, Status = status,
                AfgerondOp = afgerond, LaatstHerinnerdOp = overdue ? _today : null,
            });
            if (!overdue)
            {
                return;
            }

            // What the daily reminder job would have said this morning, to the owner and the procesregisseur.
            var tekst = $"Actie bij casus {{0}} is over tijd (deadline {deadline.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)}).";
            foreach (var userId in new[] { eigenaar, _regisseur }.OfType<Guid>().Distinct())
            {
                _db.Notificaties.Add(new Notificatie
                {
                    UserId = userId, Tekst = tekst, Link = $"/casussen/{casus.Id}/acties", AangemaaktUtc = Utc(_today, 6),
                });
            }
        }

        private void Pga(Casus casus, Guid personId, DateOnly datum, string moment, int[] niveaus)
        {
            var meting = new PgaMeting { CasusId = casus.Id, PersonId = personId, Datum = datum, Moment = moment, Door = "Pieter Regie" };
            foreach (var leefgebied in Enum.GetValues<Leefgebied>())
            {
                meting.Scores.Add(new PgaScore { MetingId = meting.Id, Leefgebied = leefgebied, Niveau = (PgaNiveau)niveaus[(int)leefgebied - 1] });
            }

            _db.PgaMetingen.Add(meting);
        }

        private Overleg Overleg(string titel, DateOnly datum, IReadOnlyList<Casus> agenda, bool held)
        {
            var overleg = new Overleg
            {
                ModuleId = ModuleId, Titel = titel, Aanvang = Utc(datum, 10), Locatie = "Zorg- en Veiligheidshuis, Utrecht",
                GehoudenUtc = held ? Utc(datum, 12) : null, Notulen = held ? "Alle casussen besproken; besluiten en acties zijn per casus vastgelegd." : null,
            };
            var volgorde = 0;
            foreach (var c in agenda)
            {
                overleg.Agenda.Add(new Agendapunt
                {
                    OverlegId = overleg.Id, CasusId = c.Id, Volgorde = ++volgorde, PersoonUitgenodigd = false,
                    NietUitgenodigdReden = c.SubAanpak == "ogg" ? "Veiligheid van betrokkene of anderen" : "Bespreking tussen partners; betrokkene is apart gesproken",
                    Notities = held ? "Voortgang besproken aan de hand van het plan van aanpak." : null,
                });
            }

            foreach (var (userId, naam) in new[] { (_regisseur, "Pieter Regie"), (_ondersteuner, "Olga Steun") })
            {
                if (userId is { } id)
                {
                    overleg.Deelnemers.Add(new OverlegDeelnemer
                    {
                        OverlegId = overleg.Id, UserId = id, Naam = naam, Organisatie = "ZVH Regio Utrecht", Aanwezig = held,
                    });
                }
            }

            _db.Overleggen.Add(overleg);
            return overleg;
        }

        private void Besluit(Casus casus, Overleg overleg, DateOnly datum, string tekst) =>
            _db.Besluiten.Add(new Besluit { CasusId = casus.Id, OverlegId = overleg.Id, Datum = datum, Tekst = tekst, Door = "Pieter Regie" });

        /// <summary>References numbered per year in date order, as the screens would have given them ("2026-0003", "A2026-0007").</summary>
        private void Kenmerken()
        {
            foreach (var jaar in _aanmeldingen.OrderBy(a => a.OntvangenOp).GroupBy(a => a.OntvangenOp.Year))
            {
                var n = 0;
                foreach (var a in jaar)
                {
                    a.Kenmerk = $"A{jaar.Key.ToString(CultureInfo.InvariantCulture)}-{++n:0000}";
                }
            }

            foreach (var jaar in _cases.Select(c => c.Casus).OrderBy(c => c.GeopendOp).GroupBy(c => c.GeopendOp.Year))
            {
                var n = 0;
                foreach (var c in jaar)
                {
                    c.Kenmerk = $"{jaar.Key.ToString(CultureInfo.InvariantCulture)}-{++n:0000}";
                }
            }

            foreach (var melding in _db.Notificaties.Local)
            {
                var casusId = Guid.Parse(melding.Link!.Split('/')[2]);
                melding.Tekst = string.Format(CultureInfo.InvariantCulture, melding.Tekst, _cases.Single(c => c.Casus.Id == casusId).Casus.Kenmerk);
            }
        }
    }
}
