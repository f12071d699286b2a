using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Privacy;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Outbox;
using ZvhPlatform.Kernel.Tenancy;
using ZvhPlatform.Testing;

namespace ZvhPlatform.IntegrationTests.Casework;

/// <summary>
/// The backbone of the common way of working through the real screens: aanmelding, bekendheidscheck, triage,
/// werkvoorraad, procesregie, op-/afschalen, afsluiten and heropenen, and every refusal on the way.
/// </summary>
public sealed partial class IntakeTests
{
    private const string Staff = "regisseur.utrecht@demo.zvh.nl";
    private const string Partner = "partner@demo.zvh.nl";
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql };

    [GeneratedRegex("^/aanmeldingen/([0-9a-f-]{36})$")]
    private static partial Regex AanmeldingLocation();

    [GeneratedRegex("^/casussen/([0-9a-f-]{36})$")]
    private static partial Regex CaseLocation();

    [GeneratedRegex("name=\"version\" value=\"(\\d+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex VersionField();

    private sealed record Setup(ZvhTestHost Host, HttpClient Staff, Guid Politie, Guid Reclassering);

    /// <summary>Utrecht buys the fixture aanpak (for the given municipalities) and its protocol gives procesregie a legal basis.</summary>
    private static async Task<Setup> SetUpAsync(DatabaseProvider provider = DatabaseProvider.Sqlite, string[]? gemeenten = null)
    {
        var host = new ZvhTestHost(provider, Start);
        using (var beheer = host.NewClient())
        {
            await SignIn.SignInAsync(beheer, host, "beheer.utrecht@demo.zvh.nl");
            var fields = new Dictionary<string, string>
            {
                ["ModuleId"] = "proefaanpak", ["Kind"] = "Plustaak", ["ValidFrom"] = "2026-01-01", ["ValidTo"] = "", ["Note"] = "", ["Version"] = "0",
            };
            var list = fields.ToList();
            list.AddRange((gemeenten ?? []).Select(g => new KeyValuePair<string, string>("GemeenteCodes", g)));
            var token = await SignIn.TokenFromAsync(beheer, "/beheer/contracten/nieuw");
            list.Add(new("__RequestVerificationToken", token));
            using var content = new FormUrlEncodedContent(list);
            Assert.Equal(HttpStatusCode.Redirect, (await beheer.PostAsync(new Uri("/beheer/contracten/nieuw", UriKind.Relative), content)).StatusCode);
        }

        Guid politie = Guid.Empty, reclassering = Guid.Empty;
        await InRegionAsync(host, "utrecht", async sp =>
        {
            var db = sp.GetRequiredService<PrivacyDbContext>();
            var version = await db.ProtocolVersies.OrderByDescending(v => v.VersieNummer).FirstAsync();
            db.ProtocolDoelen.Add(new ProtocolDoel { VersieId = version.Id, ModuleId = "proefaanpak", Doel = "Procesregie", Grondslag = "art. 6 lid 1 sub e AVG; WGS" });
            db.ProtocolBewaartermijnen.Add(new ProtocolBewaartermijn { VersieId = version.Id, ModuleId = "proefaanpak", MaandenNaAfsluiting = 24 });
            await db.SaveChangesAsync();
            var partners = await sp.GetRequiredService<PartnersDbContext>().Partners.ToListAsync();
            politie = partners.First(p => p.Naam.StartsWith("Politie", StringComparison.Ordinal)).Id;
            reclassering = partners.First(p => p.Naam.StartsWith("Reclassering Nederland", StringComparison.Ordinal)).Id;
        });

        var staff = host.NewClient();
        await SignIn.SignInAsync(staff, host, Staff);
        return new Setup(host, staff, politie, reclassering);
    }

    private static async Task InRegionAsync(ZvhTestHost host, string key, Func<IServiceProvider, Task> work)
    {
        using var scope = host.Services.CreateScope();
        var region = await scope.ServiceProvider.GetRequiredService<IRegionStore>().FindByKeyAsync(key);
        scope.ServiceProvider.GetRequiredService<IRegionContextSetter>().SetRegion(region!, "test");
        await work(scope.ServiceProvider);
    }

    private static Dictionary<string, string> AanmeldingFields(Setup s, Action<Dictionary<string, string>>? change = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["ModuleId"] = "proefaanpak", ["SubAanpak"] = "streng", ["Route"] = "Convenantpartner", ["OntvangenOp"] = "",
            ["VerwijzerPartnerId"] = s.Politie.ToString(), ["VerwijzerOrganisatie"] = "", ["VerwijzerNaam"] = "Wijkagent De Wit",
            ["VerwijzerContact"] = "06-12345678", ["VerwijzendeRegioId"] = "", ["Bsn"] = "", ["Voornamen"] = "Anna", ["Achternaam"] = "Aanmeld",
            ["Geboortedatum"] = "1985-04-03", ["Adres"] = "Domplein 1", ["GemeenteCode"] = "GM0344", ["Reden"] = "Escalerende overlast en verward gedrag.",
            ["DoelCasusoverleg"] = "Gezamenlijk plan voor wonen en zorg.", ["TeUitnodigenPartners"] = "Altrecht GGZ, 030-1234567",
            ["PersoonGeinformeerd"] = "true", ["NietGeinformeerdReden"] = "", ["Hoofdonderwerp"] = "(Ernstige) overlast", ["ProblematiekGgz"] = "true",
            ["ProblematiekVerslaving"] = "true", ["MinderjarigenInSysteem"] = "true", ["Gemeentegrens"] = "AndereGemeenteInRegio",
        };
        change?.Invoke(fields);
        return fields;
    }

    private static Task<HttpResponseMessage> RegisterAsync(Setup s, Dictionary<string, string> fields) =>
        SignIn.PostFormAsync(s.Staff, "/aanmeldingen/nieuw", fields, "/aanmeldingen/nieuw");

    private static async Task<Guid> RegisterOkAsync(Setup s, Action<Dictionary<string, string>>? change = null)
    {
        var response = await RegisterAsync(s, AanmeldingFields(s, change));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return Guid.Parse(AanmeldingLocation().Match(response.Headers.Location!.OriginalString).Groups[1].Value);
    }

    private static async Task<long> VersionAsync(HttpClient client, string path) =>
        long.Parse(VersionField().Match(await client.GetStringAsync(new Uri(path, UriKind.Relative))).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static Dictionary<string, string> TriageFields(long version, string uitkomst = "Procesregie", string? advies = null, bool motivations = true,
        string datum = "2026-03-02")
    {
        var fields = new Dictionary<string, string>
        {
            ["Datum"] = datum, ["AanwezigePartners"] = "Politie\nGemeente Utrecht\nAltrecht GGZ", ["Uitkomst"] = uitkomst,
            ["AdviesTerug"] = advies ?? "", ["Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (code, _) in WayOfWorking.TriageCriteria)
        {
            fields[$"Voldaan[{code}]"] = code == "lokaal-veiligheidsprobleem" ? "nee" : "ja";
            fields[$"Motivatie[{code}]"] = motivations ? $"Besproken: {code}" : "";
        }

        return fields;
    }

    private static async Task<Guid> LinkNewPersonAsync(Setup s, Guid aanmeldingId)
    {
        var check = await s.Staff.GetStringAsync(new Uri($"/aanmeldingen/{aanmeldingId}/bekendheidscheck", UriKind.Relative));
        Assert.Contains("data-testid=\"local-unknown\"", check, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"national-unknown\"", check, StringComparison.Ordinal);
        var version = await VersionAsync(s.Staff, $"/aanmeldingen/{aanmeldingId}");
        var registered = await SignIn.PostFormAsync(s.Staff, $"/aanmeldingen/{aanmeldingId}/persoon/nieuw",
            new Dictionary<string, string> { ["version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) }, $"/aanmeldingen/{aanmeldingId}");
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Guid personId = Guid.Empty;
        await InRegionAsync(s.Host, "utrecht", async sp =>
            personId = (await sp.GetRequiredService<CaseworkDbContext>().Aanmeldingen.SingleAsync(a => a.Id == aanmeldingId)).PersonId!.Value);
        return personId;
    }

    private static async Task<Guid> TriageToWerkvoorraadAsync(Setup s, Guid aanmeldingId, string datum = "2026-03-02")
    {
        var version = await VersionAsync(s.Staff, $"/aanmeldingen/{aanmeldingId}/triage");
        var triage = await SignIn.PostFormAsync(s.Staff, $"/aanmeldingen/{aanmeldingId}/triage", TriageFields(version, datum: datum),
            $"/aanmeldingen/{aanmeldingId}/triage");
        Assert.True(triage.StatusCode == HttpStatusCode.Redirect, await triage.Content.ReadAsStringAsync());
        Assert.Equal("/werkvoorraad", triage.Headers.Location?.OriginalString);
        Guid caseId = Guid.Empty;
        await InRegionAsync(s.Host, "utrecht", async sp =>
            caseId = (await sp.GetRequiredService<CaseworkDbContext>().Aanmeldingen.SingleAsync(a => a.Id == aanmeldingId)).CasusId!.Value);
        return caseId;
    }

    private static async Task<HttpResponseMessage> CaseActionAsync(Setup s, Guid caseId, string action, Dictionary<string, string> fields)
    {
        // A second between actions, as between a coordinator's clicks: changes recorded at the same moment have no defined order.
        s.Host.Clock.Advance(TimeSpan.FromSeconds(1));
        fields["version"] = (await VersionAsync(s.Staff, $"/casussen/{caseId}")).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await SignIn.PostFormAsync(s.Staff, $"/casussen/{caseId}/{action}", fields, $"/casussen/{caseId}");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_case_goes_from_aanmelding_through_triage_werkvoorraad_and_regie_to_afschalen_afsluiten_and_heropenen(DatabaseProvider provider)
    {
        var s = await SetUpAsync(provider);
        using var host = s.Host;
        using var staff = s.Staff;

        var aanmeldingId = await RegisterOkAsync(s, f => f["OntvangenOp"] = "2026-02-16");
        var page = await staff.GetStringAsync(new Uri($"/aanmeldingen/{aanmeldingId}", UriKind.Relative));
        Assert.Contains("Aanmelding A2026-0001", page, StringComparison.Ordinal);
        Assert.Contains("Proef streng", page, StringComparison.Ordinal);
        Assert.Contains("dubbelproblematiek", page, StringComparison.Ordinal);
        Assert.Contains("A2026-0001", await staff.GetStringAsync(new Uri("/aanmeldingen", UriKind.Relative)), StringComparison.Ordinal);

        var personId = await LinkNewPersonAsync(s, aanmeldingId);
        // The weekly triage was on 20 February; today is 2 March.
        var caseId = await TriageToWerkvoorraadAsync(s, aanmeldingId, "2026-02-20");

        var werkvoorraad = await staff.GetStringAsync(new Uri("/werkvoorraad", UriKind.Relative));
        Assert.Contains("2026-0001", werkvoorraad, StringComparison.Ordinal);
        Assert.Contains("1 week en 3 dagen", werkvoorraad, StringComparison.Ordinal);

        var caseVersion = await VersionAsync(staff, $"/casussen/{caseId}");
        host.Clock.Advance(TimeSpan.FromSeconds(1));
        var regisseurId = Regex.Match(werkvoorraad, "<option value=\"([0-9a-f-]{36})\" selected=\"selected\">Pieter Regie</option>").Groups[1].Value;
        var assigned = await SignIn.PostFormAsync(staff, $"/werkvoorraad/{caseId}/oppakken",
            new Dictionary<string, string> { ["procesregisseur"] = regisseurId, ["version"] = caseVersion.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            "/werkvoorraad");
        Assert.Equal($"/casussen/{caseId}", assigned.Headers.Location?.OriginalString);
        var casePage = WebUtility.HtmlDecode(await staff.GetStringAsync(new Uri($"/casussen/{caseId}", UriKind.Relative)));
        Assert.Contains("data-testid=\"case-status\">In regie", casePage, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"procesregisseur\">Pieter Regie", casePage, StringComparison.Ordinal);
        Assert.Contains("Proefaanpak van deze casus", casePage, StringComparison.Ordinal);
        Assert.DoesNotContain("2026-0001", await staff.GetStringAsync(new Uri("/werkvoorraad", UriKind.Relative)), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await CaseActionAsync(s, caseId, "casushouder", new() { ["partner"] = s.Reclassering.ToString() })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await CaseActionAsync(s, caseId, "schalen",
            new() { ["naar"] = "Driehoek", ["ontvanger"] = "Driehoek Utrecht", ["toelichting"] = "Zwaar besluit nodig over huisverbod." })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await CaseActionAsync(s, caseId, "schalen",
            new() { ["naar"] = "Wijkteam", ["ontvanger"] = "Buurtteam Utrecht Oost", ["toelichting"] = "Situatie stabiel, lokaal hanteerbaar." })).StatusCode);
        casePage = WebUtility.HtmlDecode(await staff.GetStringAsync(new Uri($"/casussen/{caseId}", UriKind.Relative)));
        Assert.Contains("data-testid=\"case-status\">Afgeschaald", casePage, StringComparison.Ordinal);
        Assert.Contains("Reclassering Nederland", casePage, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await CaseActionAsync(s, caseId, "heropenen", new() { ["reden"] = "Nieuwe escalatie gemeld." })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await CaseActionAsync(s, caseId, "afsluiten",
            new() { ["reden"] = "Een jaar geen delicten", ["evaluatie"] = "Wonen en zorg op orde; samenwerking met de GGZ werkte." })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await CaseActionAsync(s, caseId, "heropenen", new() { ["reden"] = "Terugval na verhuizing." })).StatusCode);

        await InRegionAsync(host, "utrecht", async sp =>
        {
            var db = sp.GetRequiredService<CaseworkDbContext>();
            var casus = await db.Casussen.SingleAsync(c => c.Id == caseId);
            Assert.Equal(CasusStatus.InRegie, casus.Status);
            Assert.Null(casus.AfgeslotenOp);
            Assert.Equal(personId, casus.HoofdpersoonId);
            Assert.Equal(aanmeldingId, casus.AanmeldingId);
            Assert.Equal("streng", casus.SubAanpak);
            Assert.Equal(new DateOnly(2026, 2, 20), casus.GeopendOp);
            var changes = (await db.StatusWijzigingen.Where(w => w.CasusId == caseId).ToListAsync()).OrderBy(w => w.VastgelegdUtc).Select(w => w.Naar).ToList();
            Assert.Equal([CasusStatus.Werkvoorraad, CasusStatus.InRegie, CasusStatus.Afgeschaald, CasusStatus.InRegie, CasusStatus.Afgesloten, CasusStatus.InRegie],
                changes);
            var plaats = await db.Werkvoorraad.SingleAsync(w => w.CasusId == caseId);
            Assert.Equal(new DateOnly(2026, 2, 20), plaats.Sinds);
            Assert.Equal(new DateOnly(2026, 3, 2), plaats.Tot);
            Assert.Equal(2, await db.Schalingen.CountAsync(x => x.CasusId == caseId));
            var events = await db.Set<OutboxMessage>().Where(m => m.EventType == typeof(CasusStatusGewijzigd).FullName).ToListAsync();
            Assert.Equal(6, events.Count);
            Assert.All(events, e => Assert.DoesNotContain("Aanmeld", e.Payload, StringComparison.Ordinal));
            var triage = await db.Triages.Include(t => t.Antwoorden).SingleAsync(t => t.AanmeldingId == aanmeldingId);
            Assert.Equal(WayOfWorking.TriageCriteria.Count, triage.Antwoorden.Count);
            var aanmelding = await db.Aanmeldingen.SingleAsync(a => a.Id == aanmeldingId);
            Assert.Equal(AanmeldingStatus.Procesregie, aanmelding.Status);
            Assert.StartsWith("Heropend", aanmelding.TerugkoppelingAanVerwijzer, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Uitgebreid_advies_and_niet_zvh_waardig_need_the_advice_given_back_and_record_it()
    {
        var s = await SetUpAsync();
        using var host = s.Host;
        using var staff = s.Staff;
        var advies = await RegisterOkAsync(s);
        var nietZvh = await RegisterOkAsync(s);

        var version = await VersionAsync(staff, $"/aanmeldingen/{advies}/triage");
        var withoutAdvice = await SignIn.PostFormAsync(staff, $"/aanmeldingen/{advies}/triage", TriageFields(version, "UitgebreidAdvies"),
            $"/aanmeldingen/{advies}/triage");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, withoutAdvice.StatusCode);
        Assert.Contains("Vul het advies in", WebUtility.HtmlDecode(await withoutAdvice.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await SignIn.PostFormAsync(staff, $"/aanmeldingen/{advies}/triage",
            TriageFields(version, "UitgebreidAdvies", "Schakel bemoeizorg (FACT) in."), $"/aanmeldingen/{advies}/triage")).StatusCode);
        var versionNiet = await VersionAsync(staff, $"/aanmeldingen/{nietZvh}/triage");
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn.PostFormAsync(staff, $"/aanmeldingen/{nietZvh}/triage",
            TriageFields(versionNiet, "NietZvhWaardig", "Wijkteam kan dit oppakken."), $"/aanmeldingen/{nietZvh}/triage")).StatusCode);

        await InRegionAsync(host, "utrecht", async sp =>
        {
            var db = sp.GetRequiredService<CaseworkDbContext>();
            var a = await db.Aanmeldingen.SingleAsync(x => x.Id == advies);
            Assert.Equal(AanmeldingStatus.UitgebreidAdvies, a.Status);
            var recorded = await db.Adviezen.SingleAsync();
            Assert.Equal(AdviesSoort.Uitgebreid, recorded.Soort);
            Assert.Equal(advies, recorded.AanmeldingId);
            Assert.Equal(AanmeldingStatus.NietZvhWaardig, (await db.Aanmeldingen.SingleAsync(x => x.Id == nietZvh)).Status);
            Assert.Equal(0, await db.Casussen.CountAsync());
        });
    }

    [Fact]
    public async Task An_aanmelding_without_why_the_person_was_not_informed_is_refused_and_nothing_is_saved()
    {
        var s = await SetUpAsync();
        using var host = s.Host;
        using var staff = s.Staff;

        var refused = await RegisterAsync(s, AanmeldingFields(s, f => f["PersoonGeinformeerd"] = "false"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var body = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("De persoon is niet geïnformeerd over de aanmelding: vul in waarom niet", body, StringComparison.Ordinal);
        Assert.Contains("Escalerende overlast", body, StringComparison.Ordinal);
        await InRegionAsync(host, "utrecht", async sp => Assert.Equal(0, await sp.GetRequiredService<CaseworkDbContext>().Aanmeldingen.CountAsync()));

        await RegisterOkAsync(s, f => { f["PersoonGeinformeerd"] = "false"; f["NietGeinformeerdReden"] = "Lopend politieonderzoek"; });
    }

    [Fact]
    public async Task An_aanmelding_for_a_municipality_outside_the_contract_or_refused_by_the_module_is_refused()
    {
        var s = await SetUpAsync(gemeenten: ["GM0307"]);
        using var host = s.Host;
        using var staff = s.Staff;

        var outside = await RegisterAsync(s, AanmeldingFields(s));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, outside.StatusCode);
        Assert.Contains("De gemeente Utrecht heeft Proefaanpak niet afgenomen", WebUtility.HtmlDecode(await outside.Content.ReadAsStringAsync()),
            StringComparison.Ordinal);

        var module = await RegisterAsync(s, AanmeldingFields(s, f => { f["GemeenteCode"] = "GM0307"; f["VerwijzerPartnerId"] = s.Reclassering.ToString(); }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, module.StatusCode);
        Assert.Contains("Alleen gemeente, politie en OM mogen iemand aanmelden voor Proef streng", WebUtility.HtmlDecode(await module.Content.ReadAsStringAsync()),
            StringComparison.Ordinal);

        var badBsn = await RegisterAsync(s, AanmeldingFields(s, f => { f["GemeenteCode"] = "GM0307"; f["Bsn"] = "123456789"; }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badBsn.StatusCode);

        var warm = await RegisterAsync(s, AanmeldingFields(s, f => { f["GemeenteCode"] = "GM0307"; f["Route"] = "WarmeOverdracht"; }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, warm.StatusCode);
        Assert.Contains("Kies bij een warme overdracht de regio", WebUtility.HtmlDecode(await warm.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await InRegionAsync(host, "utrecht", async sp => Assert.Equal(0, await sp.GetRequiredService<CaseworkDbContext>().Aanmeldingen.CountAsync()));

        var drenthe = (await host.Services.GetRequiredService<IRegionStore>().FindByKeyAsync("drenthe"))!;
        var id = await RegisterOkAsync(s, f =>
        {
            f["GemeenteCode"] = "GM0307"; f["Route"] = "WarmeOverdracht"; f["VerwijzendeRegioId"] = drenthe.Id.ToString(); f["VerwijzerPartnerId"] = "";
            f["SubAanpak"] = "licht";
        });
        await InRegionAsync(host, "utrecht", async sp =>
        {
            var a = await sp.GetRequiredService<CaseworkDbContext>().Aanmeldingen.SingleAsync(x => x.Id == id);
            Assert.Equal(drenthe.Id, a.VerwijzendeRegioId);
            Assert.Equal(drenthe.Name, a.VerwijzendeRegioNaam);
        });
    }

    [Fact]
    public async Task Triage_needs_a_motivation_per_criterium_a_linked_person_for_procesregie_and_the_current_version()
    {
        var s = await SetUpAsync();
        using var host = s.Host;
        using var staff = s.Staff;
        var id = await RegisterOkAsync(s);
        var path = $"/aanmeldingen/{id}/triage";
        var version = await VersionAsync(staff, path);

        var noMotivation = await SignIn.PostFormAsync(staff, path, TriageFields(version, motivations: false), path);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noMotivation.StatusCode);
        Assert.Contains("Motiveer het antwoord op het criterium", WebUtility.HtmlDecode(await noMotivation.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var noPerson = await SignIn.PostFormAsync(staff, path, TriageFields(version), path);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noPerson.StatusCode);
        Assert.Contains("Koppel eerst de persoon", WebUtility.HtmlDecode(await noPerson.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var notMet = TriageFields(version);
        notMet["Voldaan[systeem]"] = "nee";
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await SignIn.PostFormAsync(staff, path, notMet, path)).StatusCode);

        await LinkNewPersonAsync(s, id);
        var stale = await SignIn.PostFormAsync(staff, path, TriageFields(version), path);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Iemand anders heeft deze aanmelding intussen gewijzigd", WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()),
            StringComparison.Ordinal);

        await InRegionAsync(host, "utrecht", async sp =>
        {
            var db = sp.GetRequiredService<CaseworkDbContext>();
            Assert.Equal(0, await db.Triages.CountAsync());
            Assert.Equal(0, await db.Casussen.CountAsync());
            Assert.Equal(AanmeldingStatus.Ontvangen, (await db.Aanmeldingen.SingleAsync()).Status);
        });
    }

    [Fact]
    public async Task The_werkvoorraad_is_reprioritised_with_a_reason_and_a_stale_order_or_assignment_is_refused()
    {
        var s = await SetUpAsync();
        using var host = s.Host;
        using var staff = s.Staff;
        var first = await RegisterOkAsync(s);
        await LinkNewPersonAsync(s, first);
        var firstCase = await TriageToWerkvoorraadAsync(s, first);
        var second = await RegisterOkAsync(s, f => { f["Achternaam"] = "Tweede"; f["Bsn"] = "111222333"; });
        await LinkNewPersonAsync(s, second);
        var secondCase = await TriageToWerkvoorraadAsync(s, second);

        var html = await staff.GetStringAsync(new Uri("/werkvoorraad", UriKind.Relative));
        var places = Regex.Matches(html, "name=\"plaats\" value=\"([0-9a-f-]{36})\" />\\s*<input type=\"hidden\" name=\"version\" value=\"(\\d+)\"")
            .Select(m => (Id: m.Groups[1].Value, Version: m.Groups[2].Value)).ToList();
        Assert.Equal(2, places.Count);
        List<KeyValuePair<string, string>> Order(string reden, params (string Id, string Version, int Prio)[] rows)
        {
            var fields = new List<KeyValuePair<string, string>>();
            foreach (var r in rows)
            {
                fields.Add(new("plaats", r.Id));
                fields.Add(new("version", r.Version));
                fields.Add(new("prioriteit", r.Prio.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            fields.Add(new("reden", reden));
            return fields;
        }

        async Task<HttpResponseMessage> PostAsync(List<KeyValuePair<string, string>> fields)
        {
            fields.Add(new("__RequestVerificationToken", await SignIn.TokenFromAsync(staff, "/werkvoorraad")));
            using var content = new FormUrlEncodedContent(fields);
            return await staff.PostAsync(new Uri("/werkvoorraad/prioriteren", UriKind.Relative), content);
        }

        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await PostAsync(Order("", (places[0].Id, places[0].Version, 2), (places[1].Id, places[1].Version, 1)))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect,
            (await PostAsync(Order("Acute dreiging bij de tweede", (places[0].Id, places[0].Version, 2), (places[1].Id, places[1].Version, 1)))).StatusCode);
        var stale = await PostAsync(Order("Oude volgorde", (places[0].Id, places[0].Version, 1), (places[1].Id, places[1].Version, 2)));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var list = await staff.GetStringAsync(new Uri("/werkvoorraad", UriKind.Relative));
        Assert.True(list.IndexOf("2026-0002", StringComparison.Ordinal) < list.IndexOf("2026-0001", StringComparison.Ordinal));
        Assert.Contains("Acute dreiging bij de tweede", list, StringComparison.Ordinal);

        var staleAssign = await SignIn.PostFormAsync(staff, $"/werkvoorraad/{firstCase}/oppakken", new Dictionary<string, string> { ["version"] = "0" }, "/werkvoorraad");
        Assert.Equal(HttpStatusCode.Redirect, staleAssign.StatusCode); // version 0 is still current: nobody touched the case
        var again = await SignIn.PostFormAsync(staff, $"/werkvoorraad/{firstCase}/oppakken", new Dictionary<string, string> { ["version"] = "0" }, "/werkvoorraad");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        await InRegionAsync(host, "utrecht", async sp =>
        {
            var db = sp.GetRequiredService<CaseworkDbContext>();
            var w = await db.Werkvoorraad.SingleAsync(x => x.CasusId == secondCase);
            Assert.Equal(1, w.Prioriteit);
            Assert.Equal("Acute dreiging bij de tweede", w.PrioriteitReden);
            Assert.Equal(new DateOnly(2026, 3, 2), w.GeprioriteerdOp);
            Assert.Equal(1, await db.StatusWijzigingen.CountAsync(x => x.CasusId == firstCase && x.Naar == CasusStatus.InRegie));
        });
    }

    [Fact]
    public async Task Closing_needs_an_evaluation_and_the_modules_closing_criteria()
    {
        var s = await SetUpAsync();
        using var host = s.Host;
        using var staff = s.Staff;
        var id = await RegisterOkAsync(s);
        await LinkNewPersonAsync(s, id);
        var caseId = await TriageToWerkvoorraadAsync(s, id);

        var noEvaluation = await CaseActionAsync(s, caseId, "afsluiten", new() { ["reden"] = "Overleden", ["evaluatie"] = "" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noEvaluation.StatusCode);
        Assert.Contains("Vul de afsluitende evaluatie in", WebUtility.HtmlDecode(await noEvaluation.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var module = await CaseActionAsync(s, caseId, "afsluiten", new() { ["reden"] = "Overig", ["evaluatie"] = "Geen" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, module.StatusCode);
        Assert.Contains("De proefaanpak sluit niet af met reden Overig", WebUtility.HtmlDecode(await module.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var scaleInWerkvoorraad = await CaseActionAsync(s, caseId, "schalen", new() { ["naar"] = "Wijkteam", ["toelichting"] = "x" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, scaleInWerkvoorraad.StatusCode);
        var reopenOpen = await CaseActionAsync(s, caseId, "heropenen", new() { ["reden"] = "x" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reopenOpen.StatusCode);

        await InRegionAsync(host, "utrecht", async sp =>
        {
            var casus = await sp.GetRequiredService<CaseworkDbContext>().Casussen.SingleAsync(c => c.Id == caseId);
            Assert.Equal(CasusStatus.Werkvoorraad, casus.Status);
            Assert.Null(casus.AfgeslotenOp);
        });
    }

    [Fact]
    public async Task A_partner_submits_through_the_secure_form_sees_only_their_own_aanmeldingen_and_is_told_the_status()
    {
        var s = await SetUpAsync();
        using var host = s.Host;
        using var staff = s.Staff;
        var byStaff = await RegisterOkAsync(s, f => f["Achternaam"] = "Vanhetbureau");
        using var partner = host.NewClient("http://localhost/r/utrecht/");
        await SignIn.SignInAsync(partner, host, Partner);

        var form = await partner.GetStringAsync(new Uri("/r/utrecht/aanmeldingen/formulier", UriKind.Relative));
        Assert.DoesNotContain("VerwijzerPartnerId", form, StringComparison.Ordinal);
        var fields = AanmeldingFields(s, f => { f["SubAanpak"] = "licht"; f["Achternaam"] = "Formulier"; f["VerwijzerPartnerId"] = s.Politie.ToString(); });
        var submitted = await SignIn.PostFormAsync(partner, "/r/utrecht/aanmeldingen/formulier", fields, "/r/utrecht/aanmeldingen/formulier");
        Assert.True(submitted.StatusCode == HttpStatusCode.Redirect, await submitted.Content.ReadAsStringAsync());

        var mine = WebUtility.HtmlDecode(await partner.GetStringAsync(new Uri("/r/utrecht/aanmeldingen/mijn", UriKind.Relative)));
        Assert.Contains("A2026-0002", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("A2026-0001", mine, StringComparison.Ordinal);
        Assert.Contains("Ontvangen; de aanmelding wordt besproken", mine, StringComparison.Ordinal);

        var other = await partner.GetAsync(new Uri($"/r/utrecht/aanmeldingen/{byStaff}", UriKind.Relative));
        Assert.NotEqual(HttpStatusCode.OK, other.StatusCode);
        Assert.DoesNotContain("Vanhetbureau", await other.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, (await partner.GetAsync(new Uri("/r/utrecht/aanmeldingen", UriKind.Relative))).StatusCode);

        Guid submittedId = Guid.Empty;
        await InRegionAsync(host, "utrecht", async sp =>
        {
            var a = await sp.GetRequiredService<CaseworkDbContext>().Aanmeldingen.SingleAsync(x => x.Achternaam == "Formulier");
            Assert.Equal(AanmeldRoute.Formulier, a.Route);
            Assert.NotNull(a.IngediendDoorUserId);
            Assert.Equal("Reclassering Nederland", a.VerwijzerOrganisatie);
            Assert.NotEqual(s.Politie, a.VerwijzerPartnerId);
            submittedId = a.Id;
        });

        await LinkNewPersonAsync(s, submittedId);
        var caseId = await TriageToWerkvoorraadAsync(s, submittedId);
        Assert.Contains("staat in de werkvoorraad", WebUtility.HtmlDecode(await partner.GetStringAsync(new Uri("/r/utrecht/aanmeldingen/mijn", UriKind.Relative))),
            StringComparison.Ordinal);
        var version = await VersionAsync(staff, $"/casussen/{caseId}");
        await SignIn.PostFormAsync(staff, $"/werkvoorraad/{caseId}/oppakken",
            new Dictionary<string, string> { ["version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "/werkvoorraad");
        Assert.Contains("In procesregie sinds 02-03-2026; procesregisseur Pieter Regie",
            WebUtility.HtmlDecode(await partner.GetStringAsync(new Uri("/r/utrecht/aanmeldingen/mijn", UriKind.Relative))), StringComparison.Ordinal);

        using var drenthe = host.NewClient("http://localhost/r/drenthe/");
        await SignIn.SignInAsync(drenthe, host, Partner);
        Assert.DoesNotContain("A2026-0002", await drenthe.GetStringAsync(new Uri("/r/drenthe/aanmeldingen/mijn", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_regions_aanmelding_and_triage_answer_404()
    {
        var s = await SetUpAsync();
        using var host = s.Host;
        using var staff = s.Staff;
        var id = await RegisterOkAsync(s);
        using var drenthe = host.NewClient();
        await SignIn.SignInAsync(drenthe, host, "regisseur.drenthe@demo.zvh.nl");

        Assert.Equal(HttpStatusCode.NotFound, (await drenthe.GetAsync(new Uri($"/aanmeldingen/{id}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await drenthe.GetAsync(new Uri($"/aanmeldingen/{id}/triage", UriKind.Relative))).StatusCode);
        var post = await SignIn.PostFormAsync(drenthe, $"/aanmeldingen/{id}/triage", TriageFields(0, "NietZvhWaardig", "advies"), "/aanmeldingen");
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.DoesNotContain("A2026-0001", await drenthe.GetStringAsync(new Uri("/aanmeldingen?afgehandeld=true", UriKind.Relative)), StringComparison.Ordinal);
        await InRegionAsync(host, "utrecht", async sp => Assert.Equal(0, await sp.GetRequiredService<CaseworkDbContext>().Triages.CountAsync()));
    }
}
