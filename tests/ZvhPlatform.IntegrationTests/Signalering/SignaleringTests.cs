using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.IntegrationTests.CoVeCa;
using ZvhPlatform.Testing;
using static ZvhPlatform.IntegrationTests.CoVeCa.CoVeCaKit;

namespace ZvhPlatform.IntegrationTests.Signalering;

/// <summary>Advies &amp; consultatie, signalen, ZSM scenarios and the timelines, through the real pages.</summary>
public sealed partial class SignaleringTests
{
    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql };

    [GeneratedRegex("^/zsm/([0-9a-f-]{36})$")]
    private static partial Regex ZsmLocation();

    private static async Task<string> BodyAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    private static Dictionary<string, string> Advies(string soort, string datum = "2026-03-02", string kenmerk = "", string? persoon = null, bool anoniem = false,
        string moduleId = "", string vraag = "Hoe pakken we de overlast aan?") => new()
    {
        ["Soort"] = soort, ["Datum"] = datum, ["Kenmerk"] = kenmerk, ["Persoon"] = persoon ?? "", ["Anoniem"] = anoniem ? "true" : "false", ["ModuleId"] = moduleId,
        ["VragerOrganisatie"] = "Wijkteam Zeist", ["Kanaal"] = "telefoon", ["Vraag"] = vraag, ["Antwoord"] = "Bespreek het in het lokale PGA-overleg.",
    };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Anonymous_short_advice_stores_no_person_and_named_advice_is_logged_and_counted_per_kind(DatabaseProvider provider)
    {
        using var host = new CoVeCaTestHost(provider, Start);
        using var staff = await SignedInAsync(host, Regisseur);
        var (caseId, personId) = await OpenCaseAsync(host, staff);
        var kenmerk = "";
        await InRegionAsync(host, "utrecht", async sp => kenmerk = (await sp.GetRequiredService<CaseworkDbContext>().Casussen.SingleAsync()).Kenmerk);

        var anonymous = await SignIn.PostFormAsync(staff, "/adviezen", Advies("Kort", persoon: personId.ToString(), anoniem: true, moduleId: "coveca"), "/adviezen");
        var named = await SignIn.PostFormAsync(staff, "/adviezen", Advies("Kort", persoon: personId.ToString(), moduleId: "coveca", vraag: "Benoemd"), "/adviezen");
        var uitgebreid = await SignIn.PostFormAsync(staff, "/adviezen", Advies("Uitgebreid", kenmerk: kenmerk), "/adviezen");
        var knooppunt = await SignIn.PostFormAsync(staff, "/adviezen", Advies("Informatieknooppunt", datum: "2026-01-15", moduleId: "coveca"), "/adviezen");
        var oud = await SignIn.PostFormAsync(staff, "/adviezen", Advies("Informatieknooppunt", datum: "2025-12-15", moduleId: "coveca"), "/adviezen");

        Assert.All(new[] { anonymous, named, uitgebreid, knooppunt, oud }, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        await InRegionAsync(host, "utrecht", async sp =>
        {
            var rows = await sp.GetRequiredService<CaseworkDbContext>().Adviezen.ToListAsync();
            var anon = rows.Single(a => a.Soort == AdviesSoort.Kort && a.Anoniem);
            Assert.Null(anon.PersonId);
            Assert.Null(anon.CasusId);
            Assert.Equal(personId, rows.Single(a => a.Soort == AdviesSoort.Kort && !a.Anoniem).PersonId);
            Assert.Equal(caseId, rows.Single(a => a.Soort == AdviesSoort.Uitgebreid).CasusId);
            var log = await sp.GetRequiredService<AuditDbContext>().Entries.Include(e => e.Persons).Where(e => e.Subject == "advies").ToListAsync();
            Assert.Equal(2, log.Count); // the named short advice and the uitgebreid advies on the case; not the anonymous one
            Assert.All(log, e => Assert.Equal(personId, Assert.Single(e.Persons).PersonId));
        });

        var page = await BodyAsync(await staff.GetAsync(new Uri("/adviezen?van=2026-01-01&tot=2026-03-31", UriKind.Relative)));
        Assert.Contains("data-testid=\"aantal-Kort\">2<", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"aantal-Uitgebreid\">1<", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"aantal-Informatieknooppunt\">1<", page, StringComparison.Ordinal);
        Assert.Contains(">anoniem<", page, StringComparison.Ordinal);
        var year2025 = await BodyAsync(await staff.GetAsync(new Uri("/adviezen?van=2025-01-01&tot=2025-12-31", UriKind.Relative)));
        Assert.Contains("data-testid=\"aantal-Informatieknooppunt\">1<", year2025, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"aantal-Kort\">0<", year2025, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Advice_without_what_it_needs_is_refused_in_Dutch_and_nothing_is_written()
    {
        using var host = new CoVeCaTestHost(DatabaseProvider.Sqlite, Start);
        using var staff = await SignedInAsync(host, Regisseur);

        var noCase = await SignIn.PostFormAsync(staff, "/adviezen", Advies("Uitgebreid"), "/adviezen");
        var unknownCase = await SignIn.PostFormAsync(staff, "/adviezen", Advies("Uitgebreid", kenmerk: "2026-9999"), "/adviezen");
        var noPerson = await SignIn.PostFormAsync(staff, "/adviezen", Advies("Kort", moduleId: "coveca"), "/adviezen");
        var noModule = await SignIn.PostFormAsync(staff, "/adviezen", Advies("Informatieknooppunt"), "/adviezen");
        var future = await SignIn.PostFormAsync(staff, "/adviezen", Advies("Informatieknooppunt", datum: "2026-04-01", moduleId: "coveca"), "/adviezen");
        var badChannel = Advies("Kort", anoniem: true, moduleId: "coveca");
        badChannel["Kanaal"] = "postduif";
        var channel = await SignIn.PostFormAsync(staff, "/adviezen", badChannel, "/adviezen");

        Assert.Equal(HttpStatusCode.BadRequest, noCase.StatusCode);
        Assert.Contains("Vul het kenmerk in van de casus of aanmelding", await BodyAsync(noCase), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unknownCase.StatusCode);
        Assert.Contains("Er is geen casus of aanmelding met kenmerk 2026-9999", await BodyAsync(unknownCase), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noPerson.StatusCode);
        Assert.Contains("Kies de persoon uit het register, of geef aan dat het korte advies anoniem is", await BodyAsync(noPerson), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noModule.StatusCode);
        Assert.Contains("Kies de aanpak waarover het advies ging", await BodyAsync(noModule), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, channel.StatusCode);
        Assert.Contains("Kies het kanaal: telefoon, e-mail of overleg", await BodyAsync(channel), StringComparison.Ordinal);
        await InRegionAsync(host, "utrecht", async sp => Assert.Empty(await sp.GetRequiredService<CaseworkDbContext>().Adviezen.ToListAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_signal_is_registered_put_on_a_meetings_agenda_and_closed_and_a_stale_change_is_refused(DatabaseProvider provider)
    {
        using var host = new CoVeCaTestHost(provider, Start);
        using var staff = await SignedInAsync(host, Regisseur);
        using var manager = await SignedInAsync(host, "manager.utrecht@demo.zvh.nl");
        var (caseId, _) = await OpenCaseAsync(host, staff);
        var overlegId = Guid.Empty;
        var kenmerk = "";
        await InRegionAsync(host, "utrecht", async sp =>
        {
            var db = sp.GetRequiredService<CaseworkDbContext>();
            kenmerk = (await db.Casussen.SingleAsync()).Kenmerk;
            var overleg = new Overleg { ModuleId = "coveca", Titel = "Regionale stuurgroep maart", Aanvang = new DateTime(2026, 3, 20, 14, 0, 0, DateTimeKind.Utc) };
            db.Overleggen.Add(overleg);
            await db.SaveChangesAsync();
            overlegId = overleg.Id;
        });

        var unknown = await SignIn.PostFormAsync(staff, "/signalen", new Dictionary<string, string>
        {
            ["categorie"] = "Plaatsingsproblematiek", ["omschrijving"] = "Geen plek", ["tafel"] = "Regionale stuurgroep", ["kenmerk"] = "2026-9999",
        }, "/signalen");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("Er is geen casus met kenmerk 2026-9999", await BodyAsync(unknown), StringComparison.Ordinal);
        var registered = await SignIn.PostFormAsync(staff, "/signalen", new Dictionary<string, string>
        {
            ["categorie"] = "Plaatsingsproblematiek", ["omschrijving"] = "Geen passende klinische plek voor verward gedrag met gevaar",
            ["tafel"] = "Regionale stuurgroep", ["kenmerk"] = kenmerk,
        }, "/signalen");
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Signaal signaal = null!;
        await InRegionAsync(host, "utrecht", async sp => signaal = await sp.GetRequiredService<CaseworkDbContext>().Signalen.SingleAsync());
        Assert.Equal(caseId, signaal.CasusId);
        Assert.Equal("Nieuw", signaal.Status);
        var v = signaal.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var agendered = await SignIn.PostFormAsync(manager, $"/signalen/{signaal.Id}/agenderen",
            new Dictionary<string, string> { ["overlegId"] = overlegId.ToString(), ["version"] = v }, "/signalen");
        Assert.Equal(HttpStatusCode.Redirect, agendered.StatusCode);
        var stale = await SignIn.PostFormAsync(staff, $"/signalen/{signaal.Id}/afhandelen",
            new Dictionary<string, string> { ["afhandeling"] = "Opgelost", ["version"] = v }, "/signalen");
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("geagendeerd voor Regionale stuurgroep maart", await BodyAsync(stale), StringComparison.Ordinal);
        await InRegionAsync(host, "utrecht", async sp =>
        {
            var now = await sp.GetRequiredService<CaseworkDbContext>().Signalen.SingleAsync();
            Assert.Equal("Geagendeerd", now.Status);
            Assert.Equal(overlegId, now.OverlegId);
            Assert.Null(now.Afhandeling);
            signaal = now;
        });

        v = signaal.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var empty = await SignIn.PostFormAsync(staff, $"/signalen/{signaal.Id}/afhandelen", new Dictionary<string, string> { ["afhandeling"] = "", ["version"] = v },
            "/signalen");
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Beschrijf hoe het signaal is afgehandeld", await BodyAsync(empty), StringComparison.Ordinal);
        var closed = await SignIn.PostFormAsync(staff, $"/signalen/{signaal.Id}/afhandelen",
            new Dictionary<string, string> { ["afhandeling"] = "Stuurgroep heeft twee crisisbedden extra ingekocht", ["version"] = v }, "/signalen");
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        var all = await BodyAsync(await staff.GetAsync(new Uri("/signalen?afgehandeld=true", UriKind.Relative)));
        Assert.Contains("Plaatsingsproblematiek, 02-03-2026 (Afgehandeld)", all, StringComparison.Ordinal);
        Assert.Contains("Afhandeling: Stuurgroep heeft twee crisisbedden extra ingekocht", all, StringComparison.Ordinal);
        Assert.DoesNotContain("(Afgehandeld)", await BodyAsync(await staff.GetAsync(new Uri("/signalen", UriKind.Relative))), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_zsm_scenario_is_valid_for_three_months_then_shows_verlopen_and_cannot_be_handed_out(DatabaseProvider provider)
    {
        using var host = new CoVeCaTestHost(provider, Start);
        using var staff = await SignedInAsync(host, Regisseur);
        var (_, personId) = await OpenCaseAsync(host, staff);

        var empty = await SignIn.PostFormAsync(staff, "/zsm", new Dictionary<string, string>
        {
            ["persoon"] = personId.ToString(), ["kenmerk"] = "", ["context"] = "", ["advies"] = "Geen",
        }, $"/zsm?persoon={personId}");
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Beschrijf de context van de persoon", await BodyAsync(empty), StringComparison.Ordinal);
        var made = await SignIn.PostFormAsync(staff, "/zsm", new Dictionary<string, string>
        {
            ["persoon"] = personId.ToString(), ["kenmerk"] = "", ["context"] = "Bekend bij politie en GGZ; woont sinds kort in Utrecht.",
            ["advies"] = "Voorgeleiden; reclassering adviseert bijzondere voorwaarden met ambulante behandeling.",
        }, $"/zsm?persoon={personId}");
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        var id = Guid.Parse(ZsmLocation().Match(made.Headers.Location?.OriginalString ?? "").Groups[1].Value);
        await InRegionAsync(host, "utrecht", async sp =>
        {
            var s = await sp.GetRequiredService<CaseworkDbContext>().ZsmScenarios.SingleAsync();
            Assert.Equal(new DateOnly(2026, 3, 2), s.OpgesteldOp);
            Assert.Equal(new DateOnly(2026, 6, 2), s.GeldigTot);
        });
        Assert.Contains(">geldig<", await BodyAsync(await staff.GetAsync(new Uri("/zsm", UriKind.Relative))), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync(new Uri($"/zsm/{id}/uitreiken", UriKind.Relative))).StatusCode);

        host.Clock.Advance(TimeSpan.FromDays(92)); // 2 June: the last valid day (sessions end meanwhile, so sign in again)
        using (var sameDay = await SignedInAsync(host, Regisseur))
        {
            Assert.Equal(HttpStatusCode.OK, (await sameDay.GetAsync(new Uri($"/zsm/{id}/uitreiken", UriKind.Relative))).StatusCode);
        }

        host.Clock.Advance(TimeSpan.FromDays(1)); // 3 June
        using var later = await SignedInAsync(host, Regisseur);

        Assert.Contains(">verlopen<", await BodyAsync(await later.GetAsync(new Uri($"/zsm?persoon={personId}", UriKind.Relative))), StringComparison.Ordinal);
        Assert.Contains("Dit scenario is verlopen", await BodyAsync(await later.GetAsync(new Uri($"/zsm/{id}", UriKind.Relative))), StringComparison.Ordinal);
        var handOut = await later.GetAsync(new Uri($"/zsm/{id}/uitreiken", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, handOut.StatusCode);
        var refusal = await BodyAsync(handOut);
        Assert.Contains("was geldig tot en met 02-06-2026", refusal, StringComparison.Ordinal);
        Assert.Contains("mag niet meer als actueel worden uitgereikt", refusal, StringComparison.Ordinal);
        Assert.DoesNotContain("Voorgeleiden; reclassering", refusal, StringComparison.Ordinal);
        Assert.Contains("(verlopen)", await BodyAsync(await later.GetAsync(new Uri($"/personen/{personId}/tijdlijn", UriKind.Relative))), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_timeline_lists_everything_dated_in_order_and_shows_a_partner_only_the_cases_they_take_part_in(DatabaseProvider provider)
    {
        using var host = new CoVeCaTestHost(provider, Start);
        using var staff = await SignedInAsync(host, Regisseur);
        var (caseA, personId) = await OpenCaseAsync(host, staff);
        var caseB = Guid.Empty;
        var secret = Guid.Empty;
        await InRegionAsync(host, "utrecht", async sp =>
        {
            var db = sp.GetRequiredService<CaseworkDbContext>();
            var a = await db.Casussen.SingleAsync(c => c.Id == caseA);
            var b = new Casus { Kenmerk = "2026-0900", ModuleId = "coveca", HoofdpersoonId = personId, Doel = a.Doel, Grondslag = a.Grondslag,
                GeopendOp = new DateOnly(2025, 6, 1) };
            b.Personen.Add(new CasusPersoon { CasusId = b.Id, PersonId = personId, Rol = CaseRole.Hoofdpersoon });
            var c = new Casus { Kenmerk = "2026-0901", ModuleId = "proefcompartiment", HoofdpersoonId = personId, Doel = a.Doel, Grondslag = a.Grondslag,
                GeopendOp = new DateOnly(2025, 7, 1) };
            c.Personen.Add(new CasusPersoon { CasusId = c.Id, PersonId = personId, Rol = CaseRole.Hoofdpersoon });
            db.Casussen.AddRange(b, c);
            var overleg = new Overleg { ModuleId = "coveca", Titel = "Casusoverleg Top X", Aanvang = new DateTime(2026, 2, 10, 9, 0, 0, DateTimeKind.Utc) };
            db.Overleggen.Add(overleg);
            db.Agendapunten.Add(new Agendapunt { OverlegId = overleg.Id, CasusId = caseA, Volgorde = 1 });
            db.Besluiten.Add(new Besluit { CasusId = caseA, OverlegId = overleg.Id, Datum = new DateOnly(2026, 2, 10), Tekst = "Opname FACT-team", Door = "test" });
            db.Acties.Add(new Actie { CasusId = caseA, Omschrijving = "Huisbezoek plannen", EigenaarOrganisatie = "Altrecht GGZ", Deadline = new DateOnly(2026, 2, 20) });
            var meting = new PgaMeting { CasusId = caseA, PersonId = personId, Datum = new DateOnly(2026, 1, 5), Moment = "Intake", Door = "test" };
            db.PgaMetingen.Add(meting);
            db.Schalingen.Add(new Schaling { CasusId = caseA, Datum = new DateOnly(2026, 1, 2), Van = SchaalNiveau.Wijkteam, Naar = SchaalNiveau.Zvh, Door = "t" });
            var plan = new PlanVanAanpak { CasusId = caseA, Versie = 1, GewijzigdUtc = new DateTime(2026, 2, 11, 0, 0, 0, DateTimeKind.Utc) };
            db.Plannen.Add(plan);
            db.PlanVersies.Add(new PlanVersie { PlanId = plan.Id, Versie = 1, Inhoud = "{}", Door = "Pieter Regie", VastgelegdUtc = plan.GewijzigdUtc });
            db.Signalen.Add(new Signaal { CasusId = caseA, Datum = new DateOnly(2026, 2, 12), Categorie = "Plaatsingsproblematiek", Omschrijving = "Geen bed",
                Tafel = "Driehoek", Door = "t" });
            db.Besluiten.Add(new Besluit { CasusId = b.Id, Datum = new DateOnly(2025, 6, 10), Tekst = "GEHEIM-B besluit", Door = "test" });
            db.Besluiten.Add(new Besluit { CasusId = c.Id, Datum = new DateOnly(2025, 7, 10), Tekst = "GEHEIM-COMPARTIMENT besluit", Door = "test" });
            await db.SaveChangesAsync();
            caseB = b.Id;
            secret = c.Id;
        });

        var timeline = await BodyAsync(await staff.GetAsync(new Uri($"/casussen/{caseA}/tijdlijn", UriKind.Relative)));
        string[] inOrder = ["Wijkteam → Zorg- en Veiligheidshuis", "PGA monitor: Intake", "Geagendeerd voor Casusoverleg Top X", "Opname FACT-team",
            "Versie 1 vastgelegd door Pieter Regie", "Plaatsingsproblematiek: Geen bed", "Huisbezoek plannen (Altrecht GGZ; open, termijn verstreken)", "In regie (Casus geopend)"];
        var positions = inOrder.Select(t => timeline.IndexOf(t, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p > 0, "missing: " + inOrder[positions.IndexOf(p)]));
        Assert.Equal(positions.Order(), positions);
        Assert.DoesNotContain("GEHEIM-B", timeline, StringComparison.Ordinal);

        // The procesregisseur holds the fixture compartment's permission; the procesondersteuner does not.
        var personAsStaff = await BodyAsync(await staff.GetAsync(new Uri($"/personen/{personId}/tijdlijn", UriKind.Relative)));
        Assert.Contains("GEHEIM-B besluit", personAsStaff, StringComparison.Ordinal);
        Assert.Contains("GEHEIM-COMPARTIMENT besluit", personAsStaff, StringComparison.Ordinal);
        using var support = await SignedInAsync(host, "ondersteuning.utrecht@demo.zvh.nl");
        var personAsSupport = await BodyAsync(await support.GetAsync(new Uri($"/personen/{personId}/tijdlijn", UriKind.Relative)));
        Assert.Contains("GEHEIM-B besluit", personAsSupport, StringComparison.Ordinal);
        Assert.DoesNotContain("GEHEIM-COMPARTIMENT", personAsSupport, StringComparison.Ordinal);
        Assert.DoesNotContain("2026-0901", personAsSupport, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await support.GetAsync(new Uri($"/casussen/{secret}/tijdlijn", UriKind.Relative))).StatusCode);

        using var partner = await SignedInAsync(host, Partner, "http://localhost/r/utrecht/");
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync(new Uri($"/r/utrecht/casussen/{caseA}/tijdlijn", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync(new Uri($"/r/utrecht/personen/{personId}/tijdlijn", UriKind.Relative))).StatusCode);
        await SignIn.PostFormAsync(staff, $"/casussen/{caseA}/deelnemers", new Dictionary<string, string> { ["email"] = Partner }, $"/casussen/{caseA}");

        Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync(new Uri($"/r/utrecht/casussen/{caseA}/tijdlijn", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync(new Uri($"/r/utrecht/casussen/{caseB}/tijdlijn", UriKind.Relative))).StatusCode);
        var personAsPartner = await BodyAsync(await partner.GetAsync(new Uri($"/r/utrecht/personen/{personId}/tijdlijn", UriKind.Relative)));
        Assert.Contains("Opname FACT-team", personAsPartner, StringComparison.Ordinal);
        Assert.DoesNotContain("GEHEIM-B", personAsPartner, StringComparison.Ordinal);
        Assert.DoesNotContain("2026-0900", personAsPartner, StringComparison.Ordinal);

        await InRegionAsync(host, "utrecht", async sp =>
        {
            var log = await sp.GetRequiredService<AuditDbContext>().Entries.Include(e => e.Persons).Where(e => e.Subject == "tijdlijn").ToListAsync();
            Assert.True(log.Count >= 4);
            Assert.All(log, e => Assert.Contains(e.Persons, p => p.PersonId == personId));
        });
    }
}
