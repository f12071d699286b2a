using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Contracts;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.IntegrationTests.Http;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Jobs;
using ZvhPlatform.Modules.Nazorg.Data;
using ZvhPlatform.Testing;
using static ZvhPlatform.IntegrationTests.Nazorg.NazorgKit;

namespace ZvhPlatform.IntegrationTests.Nazorg;

public sealed class NazorgTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task With_the_zvhd_contracts_nazorg_accepts_Meppel_from_2023_but_not_in_2022_and_refuses_Emmen(DatabaseProvider provider)
    {
        using var host = new ZvhTestHost(provider, At(2022, 6, 1));
        using (var staff = await host.SignedInAsync(Regisseur))
        {
            using var meppel2022 = await RegisterAsync(staff, MeldingFields(Meppel));
            Assert.Equal(HttpStatusCode.UnprocessableEntity, meppel2022.StatusCode);
            Assert.Contains("De gemeente Meppel heeft Nazorg ex-gedetineerden niet afgenomen op 01-06-2022. De melding is niet geregistreerd.",
                await meppel2022.BodyAsync(), StringComparison.Ordinal);
            await RegisterOkAsync(staff, MeldingFields(Hoogeveen));
        }

        await InDrentheAsync(host, async sp => Assert.Equal([Hoogeveen], await sp.GetRequiredService<NazorgDbContext>().Meldingen.Select(m => m.GemeenteCode).ToListAsync()));

        host.Clock.SetUtcNow(At(2023, 1, 2));
        using var later = await host.SignedInAsync(Regisseur);
        var id = await RegisterOkAsync(later, MeldingFields(Meppel, "Meppeler"));
        var (_, page) = await later.PageAsync($"/nazorg/meldingen/{id}");
        Assert.Contains("Meppel", page, StringComparison.Ordinal);
        Assert.Contains("Ontvangen, toestemming nog vragen", page, StringComparison.Ordinal);

        using var emmen = await RegisterAsync(later, MeldingFields(Emmen, "Emmer"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, emmen.StatusCode);
        var refusal = await emmen.BodyAsync();
        Assert.Contains("De gemeente Emmen heeft Nazorg ex-gedetineerden niet afgenomen op 02-01-2023. De melding is niet geregistreerd.", refusal,
            StringComparison.Ordinal);
        Assert.Contains("value=\"Emmer\"", refusal, StringComparison.Ordinal); // the form keeps what was entered
        await InDrentheAsync(host, async sp =>
        {
            var db = sp.GetRequiredService<NazorgDbContext>();
            Assert.False(await db.Meldingen.AnyAsync(m => m.GemeenteCode == Emmen));
            Assert.Equal(2, await db.Meldingen.CountAsync());
        });
    }

    [Fact]
    public async Task A_region_that_parks_meldingen_outside_the_contract_lets_the_coordinator_decide_and_a_turned_down_one_keeps_only_the_minimum()
    {
        using var host = new ZvhTestHost(DatabaseProvider.Sqlite, At(2023, 3, 1));
        using (var beheer = await host.SignedInAsync(Beheer))
        {
            using var saved = await beheer.PostAsync("/nazorg/instellingen", [new("buitenContract", "parkeren"), new("version", "0")], "/nazorg/instellingen");
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
            Assert.Contains("De instelling is opgeslagen.", await saved.BodyAsync(), StringComparison.Ordinal);
            using var stale = await beheer.PostAsync("/nazorg/instellingen", [new("buitenContract", "weigeren"), new("version", "0")], "/nazorg/instellingen");
            Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        }

        using var staff = await host.SignedInAsync(Regisseur);
        var parked = await RegisterOkAsync(staff, MeldingFields(Emmen, "Emmer"));
        var second = await RegisterOkAsync(staff, MeldingFields(Emmen, "Tweede"));
        var (_, page) = await staff.PageAsync($"/nazorg/meldingen/{parked}");
        Assert.Contains("Geparkeerd (gemeente buiten contract)", page, StringComparison.Ordinal);
        Assert.Contains("De gemeente Emmen heeft Nazorg ex-gedetineerden niet afgenomen op 01-03-2023.", page, StringComparison.Ordinal);

        using var noConsentYet = await ActAsync(staff, parked, "toestemming", [new("toestemming", "ja"), new("datum", "2023-03-01")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noConsentYet.StatusCode);
        Assert.Contains("Deze melding is geparkeerd", await noConsentYet.BodyAsync(), StringComparison.Ordinal);

        await ActOkAsync(staff, parked, "beslissing", [new("beslissing", "aannemen")]);
        await ActOkAsync(staff, second, "beslissing", [new("beslissing", "afwijzen")]);
        await InDrentheAsync(host, async sp =>
        {
            var db = sp.GetRequiredService<NazorgDbContext>();
            Assert.Equal(MeldingStatus.Ontvangen, (await db.Meldingen.SingleAsync(m => m.Id == parked)).Status);
            var afgewezen = await db.Meldingen.SingleAsync(m => m.Id == second);
            Assert.Equal(MeldingStatus.Afgewezen, afgewezen.Status);
            Assert.Null(afgewezen.Achternaam);
            Assert.Null(afgewezen.Geboortedatum);
            Assert.Null(afgewezen.Inrichting);
            Assert.Equal(Emmen, afgewezen.GemeenteCode);
        });
        var (_, report) = await staff.PageAsync("/nazorg/rapportage?van=2023-01-01&tot=2023-12-31");
        Assert.Equal((1, 1), Cijfers(report, Emmen)); // the one taken on counts, the one turned down does not
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_detainee_goes_from_melding_through_consent_basisvoorwaarden_and_release_to_closing_and_the_coordinator_is_warned_once_a_day(
        DatabaseProvider provider)
    {
        using var host = new ZvhTestHost(provider, At(2023, 5, 1));
        using var staff = await host.SignedInAsync(Regisseur);
        var id = await RegisterOkAsync(staff, MeldingFields(Hoogeveen, "Bakker", verwachtOntslag: new DateOnly(2023, 5, 10), bsn: Bsn(1)));

        using var noConsent = await ActAsync(staff, id, "basisvoorwaarden/voor", VoorwaardenFields());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noConsent.StatusCode);
        Assert.Contains("Leg eerst vast of de persoon toestemming geeft", await noConsent.BodyAsync(), StringComparison.Ordinal);

        await ActOkAsync(staff, id, "toestemming", [new("toestemming", "ja"), new("datum", "2023-05-01")]);
        var (_, dashboard) = await staff.PageAsync("/nazorg");
        Assert.Contains("data-testid=\"binnenkort-vrij\"", dashboard, StringComparison.Ordinal);
        Assert.Contains("Geldig identiteitsbewijs, Onderdak na ontslag, Inkomen of dagbesteding, Schulden in beeld, Zorg en zorgverzekering", dashboard,
            StringComparison.Ordinal);
        Assert.DoesNotContain("Bakker", dashboard, StringComparison.Ordinal); // lists show references, not names

        using var incomplete = await ActAsync(staff, id, "basisvoorwaarden/voor",
            VoorwaardenFields((BasisvoorwaardeSoort.Identiteitsbewijs, VoorwaardeStatus.Geregeld, "", "")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, incomplete.StatusCode);
        var problems = await incomplete.BodyAsync();
        Assert.Contains("Geldig identiteitsbewijs: vul in wie verantwoordelijk is.", problems, StringComparison.Ordinal);
        Assert.Contains("Geldig identiteitsbewijs: vul de datum in.", problems, StringComparison.Ordinal);

        var version = await VersionAsync(staff, id);
        var voorwaarden = VoorwaardenFields(
            (BasisvoorwaardeSoort.Identiteitsbewijs, VoorwaardeStatus.Geregeld, "Gemeente Hoogeveen", "2023-05-02"),
            (BasisvoorwaardeSoort.InkomenOfDagbesteding, VoorwaardeStatus.InBehandeling, "Casemanager PI", ""),
            (BasisvoorwaardeSoort.Schulden, VoorwaardeStatus.NietNodig, "", ""),
            (BasisvoorwaardeSoort.ZorgEnVerzekering, VoorwaardeStatus.Geregeld, "Zorgverzekeraar", "2023-05-03"));
        using (var saved = await ActAsync(staff, id, "basisvoorwaarden/voor", voorwaarden, version))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        using var stale = await ActAsync(staff, id, "basisvoorwaarden/voor", VoorwaardenFields(), version);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Iemand anders heeft deze melding intussen gewijzigd", await stale.BodyAsync(), StringComparison.Ordinal);

        // The daily job warns the coordinator (who registered the melding) once, naming the reference only.
        var drenthe = await host.RegionAsync("drenthe");
        var runner = host.Services.GetRequiredService<RegionJobRunner>();
        Assert.True(await runner.RunRecurringForRegionAsync("nazorg", "ontslagwaarschuwing", drenthe, CancellationToken.None));
        Assert.True(await runner.RunRecurringForRegionAsync("nazorg", "ontslagwaarschuwing", drenthe, CancellationToken.None));
        var (_, meldingen) = await staff.PageAsync("/meldingen");
        Assert.Contains("Nazorg: 1 gedetineerde komt binnen 14 dagen vrij met open basisvoorwaarden: N2023-0001 (10-05-2023, open: 2).", meldingen,
            StringComparison.Ordinal);
        await InDrentheAsync(host, async sp =>
            Assert.Equal(1, await sp.GetRequiredService<CaseworkDbContext>().Notificaties.CountAsync(n => n.Tekst.StartsWith("Nazorg:"))));

        await ActOkAsync(staff, id, "traject", [new("trajectbegeleider", "T. Begeleider"), new("reden", "Reguliere nazorg schiet tekort"),
            new("vanaf", "2023-05-04"), new("tot", ""), new("fasehuis", "Fasehuis De Overstap"), new("fasehuisVanaf", "2023-05-10"), new("fasehuisTot", "")]);
        await ActOkAsync(staff, id, "informatie18b", [new("datum", "2023-05-01"), new("richting", "DjiNaarGemeente"),
            new("grondslag", "Artikel 18b Wet straffen en beschermen"), new("omschrijving", "Risicotaxatie gedeeld")]);

        using var tooEarly = await ActAsync(staff, id, "ontslag", [new("datum", "2023-05-10")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooEarly.StatusCode);
        Assert.Contains("de datum ligt in de toekomst", await tooEarly.BodyAsync(), StringComparison.Ordinal);

        host.Clock.SetUtcNow(At(2023, 5, 10));
        using var again = await host.SignedInAsync(Regisseur);
        await ActOkAsync(again, id, "ontslag", [new("datum", "2023-05-10")]);
        using var frozen = await ActAsync(again, id, "basisvoorwaarden/voor", voorwaarden);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, frozen.StatusCode);
        Assert.Contains("liggen vast als stand bij ontslag", await frozen.BodyAsync(), StringComparison.Ordinal);
        await ActOkAsync(again, id, "basisvoorwaarden/na", VoorwaardenFields(
            (BasisvoorwaardeSoort.Identiteitsbewijs, VoorwaardeStatus.Geregeld, "Gemeente Hoogeveen", "2023-05-02"),
            (BasisvoorwaardeSoort.Onderdak, VoorwaardeStatus.Geregeld, "Fasehuis De Overstap", "2023-05-10")));

        var (_, report) = await again.PageAsync("/nazorg/rapportage?van=2023-01-01&tot=2023-12-31");
        Assert.Equal((1, 1), Cijfers(report, Hoogeveen));
        using var csv = await again.GetPathAsync("/nazorg/rapportage/csv?van=2023-01-01&tot=2023-12-31");
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n".ToCharArray(), StringSplitOptions.RemoveEmptyEntries);
        // Hoogeveen: 1 in, 1 active, 1 released; at release ID, income no, debts n/a, care yes; not all five; housing unknown.
        Assert.Contains("Hoogeveen;GM0118;1;1;1;1;0;0;1;1;0;1", lines);

        await ActOkAsync(again, id, "afsluiten", [new("reden", "Basisvoorwaarden op orde"), new("datum", "2023-05-10")]);
        using var afterClosing = await ActAsync(again, id, "informatie18b", [new("datum", "2023-05-10"), new("richting", "GemeenteNaarDji"),
            new("grondslag", "Artikel 18b"), new("omschrijving", "Nog iets")], await StoredVersionAsync(host, id));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, afterClosing.StatusCode);
        Assert.Contains("Deze melding is afgesloten; er is geen verder werk mogelijk.", await afterClosing.BodyAsync(), StringComparison.Ordinal);

        await InDrentheAsync(host, async sp =>
        {
            var melding = await sp.GetRequiredService<NazorgDbContext>().Meldingen.Include(m => m.Basisvoorwaarden).Include(m => m.Informatie18b)
                .SingleAsync(m => m.Id == id);
            Assert.Equal(MeldingStatus.Afgesloten, melding.Status);
            Assert.Equal(10, melding.Basisvoorwaarden.Count);
            Assert.Single(melding.Informatie18b);
            var log = await sp.GetRequiredService<AuditDbContext>().Entries.Include(e => e.Persons)
                .Where(e => e.ModuleId == "nazorg" && e.Persons.Any(p => p.PersonId == melding.PersoonId)).ToListAsync();
            Assert.Contains(log, e => e.Action == AccessAction.Inzien);
            Assert.Contains(log, e => e.Action == AccessAction.Overdragen && e.Subject.Contains("grondslag: Artikel 18b Wet straffen en beschermen", StringComparison.Ordinal));
        });
    }

    [Fact]
    public async Task Every_running_melding_is_on_the_dashboard_and_the_ended_ones_come_fifty_a_page_with_their_total()
    {
        using var host = new ZvhTestHost(DatabaseProvider.Sqlite, At(2023, 5, 1));
        using var staff = await host.SignedInAsync(Regisseur);
        await InDrentheAsync(host, async sp =>
        {
            // 1,000 running meldingen (the old list stopped at 1,000 rows, running and ended together) and 60 ended ones.
            var db = sp.GetRequiredService<NazorgDbContext>();
            for (var i = 0; i < 1_060; i++)
            {
                var ended = i >= 1_000;
                db.Meldingen.Add(new NazorgMelding
                {
                    Kenmerk = $"N2023-{i:0000}", GemeenteCode = Hoogeveen, OntvangenOp = new DateOnly(2020, 1, 1).AddDays(i),
                    Status = ended ? MeldingStatus.Afgesloten : MeldingStatus.Ontvangen, AfgeslotenOp = ended ? new DateOnly(2023, 4, 1) : null,
                    AfsluitReden = ended ? "Overig" : null, Version = 1,
                });
            }

            await db.SaveChangesAsync();
        });

        const string Row = "href=\"/nazorg/meldingen/";
        static string Table(string html, string testId)
        {
            var start = html.IndexOf($"data-testid=\"{testId}\"", StringComparison.Ordinal);
            Assert.True(start >= 0, testId);
            return html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
        }

        var (_, dashboard) = await staff.PageAsync("/nazorg");
        Assert.Contains("Toestemming nog vragen (1000)", dashboard, StringComparison.Ordinal);
        Assert.Equal(1_000, Regex.Matches(Table(dashboard, "meldingen-ontvangen"), Regex.Escape(Row)).Count);
        Assert.DoesNotContain("data-testid=\"meldingen-afgesloten\"", dashboard, StringComparison.Ordinal);

        var (_, first) = await staff.PageAsync("/nazorg?afgesloten=true");
        Assert.Contains("Toestemming nog vragen (1000)", first, StringComparison.Ordinal);
        Assert.Contains("Afgesloten, geweigerd of afgewezen (60)", first, StringComparison.Ordinal);
        var ended = Table(first, "meldingen-afgesloten");
        Assert.Equal(50, Regex.Matches(ended, Regex.Escape(Row)).Count);
        Assert.True(ended.IndexOf("N2023-1059", StringComparison.Ordinal) < ended.IndexOf("N2023-1010", StringComparison.Ordinal), "newest first");
        Assert.DoesNotContain("N2023-1009", ended, StringComparison.Ordinal);
        var volgende = System.Net.WebUtility.HtmlDecode(Regex.Match(first, "data-testid=\"afgesloten-volgende\" href=\"([^\"#]+)").Groups[1].Value);
        Assert.Equal("/nazorg?afgesloten=true&na=2022-10-07_N2023-1010", volgende);

        var (status, second) = await staff.PageAsync(volgende);
        Assert.Equal(HttpStatusCode.OK, status);
        var rest = Table(second, "meldingen-afgesloten");
        Assert.Equal(10, Regex.Matches(rest, Regex.Escape(Row)).Count);
        Assert.Contains("N2023-1009", rest, StringComparison.Ordinal);
        Assert.Contains("N2023-1000", rest, StringComparison.Ordinal);
        Assert.DoesNotContain("N2023-1010", rest, StringComparison.Ordinal);
        Assert.DoesNotContain("afgesloten-volgende", second, StringComparison.Ordinal);
        Assert.Contains("Nieuwste afgesloten meldingen", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refusal_keeps_only_what_records_it_and_no_further_work_is_possible()
    {
        using var host = new ZvhTestHost(DatabaseProvider.Sqlite, At(2023, 5, 1));
        using var staff = await host.SignedInAsync(Regisseur);
        var id = await RegisterOkAsync(staff, MeldingFields(Hoogeveen, "Weigeraar", bsn: Bsn(2), verwachtOntslag: new DateOnly(2023, 6, 1)));
        await ActOkAsync(staff, id, "toestemming", [new("toestemming", "nee"), new("datum", "2023-05-01")]);

        var (_, page) = await staff.PageAsync($"/nazorg/meldingen/{id}");
        Assert.DoesNotContain("Weigeraar", page, StringComparison.Ordinal);
        Assert.Contains("Niet bewaard: alleen de weigering is vastgelegd.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"toestemming-form\"", page, StringComparison.Ordinal);

        var version = await StoredVersionAsync(host, id);
        foreach (var (action, fields) in new (string, List<KeyValuePair<string, string>>)[]
                 {
                     ("toestemming", [new("toestemming", "ja"), new("datum", "2023-05-01")]),
                     ("basisvoorwaarden/voor", VoorwaardenFields()),
                     ("ontslag", [new("datum", "2023-05-01")]),
                     ("informatie18b", [new("datum", "2023-05-01"), new("richting", "GemeenteNaarDji"), new("grondslag", "Art. 18b"), new("omschrijving", "x")]),
                     ("afsluiten", [new("reden", "Overig"), new("datum", "2023-05-01")]),
                 })
        {
            using var refused = await ActAsync(staff, id, action, fields, version);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Contains("Nazorg is vrijwillig: er is geen verder werk mogelijk op deze melding.", await refused.BodyAsync(), StringComparison.Ordinal);
        }

        await InDrentheAsync(host, async sp =>
        {
            var melding = await sp.GetRequiredService<NazorgDbContext>().Meldingen.Include(m => m.Basisvoorwaarden).SingleAsync(m => m.Id == id);
            Assert.Equal(MeldingStatus.Geweigerd, melding.Status);
            Assert.Equal(new DateOnly(2023, 5, 1), melding.GeweigerdOp);
            Assert.Null(melding.Bsn);
            Assert.Null(melding.Achternaam);
            Assert.Null(melding.Voornamen);
            Assert.Null(melding.Geboortedatum);
            Assert.Null(melding.VerwachteOntslagdatum);
            Assert.Empty(melding.Basisvoorwaarden);
            Assert.Equal(Hoogeveen, melding.GemeenteCode);
        });
    }

    [Fact]
    public async Task An_invalid_import_lists_every_problem_by_line_and_writes_nothing()
    {
        using var host = new ZvhTestHost(DatabaseProvider.Sqlite, At(2023, 5, 1));
        using var staff = await host.SignedInAsync(Regisseur);
        var csv = """
            bsn;voornamen;achternaam;geboortedatum;gemeente;inrichting;detentie_start;verwachte_ontslagdatum;zelfmelder;ontvangen_op
            123456789;Piet;Goed;1980-01-01;GM0118;PI Veenhuizen;2023-01-01;2023-09-01;nee;2023-04-01
            111111111;Piet;Fout;1980-01-01;GM0118;PI Veenhuizen;2023-01-01;2023-09-01;nee;2023-04-01
            ;Emma;Emmer;1980-01-01;GM0114;PI Veenhuizen;2023-01-01;2023-09-01;nee;2023-04-01
            ;Anna;;1980-01-01;GM1730;;;;misschien;2023-13-01
            ;Zelf;Melder;1990-02-02;GM1730;;2023-07-01;2023-10-01;ja;2023-04-20
            """.Replace("123456789", Bsn(3), StringComparison.Ordinal);
        using var response = await UploadAsync(staff, csv);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.BodyAsync();
        Assert.Contains("er is niets opgeslagen", html, StringComparison.Ordinal);
        Assert.Contains("Regel 3: Dit is geen geldig BSN", html, StringComparison.Ordinal);
        Assert.Contains("Regel 5: '2023-13-01' in kolom ontvangen_op is geen datum", html, StringComparison.Ordinal);
        Assert.Contains("Regel 5: Kolom zelfmelder moet 'ja' of 'nee' zijn.", html, StringComparison.Ordinal);
        Assert.Contains("Regel 5: Vul de achternaam van de gedetineerde in.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Regel 2:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Regel 6:", html, StringComparison.Ordinal);

        // Once the fields are right, the municipality outside the contract is named by line too.
        var fixedCsv = string.Join('\n', csv.Split('\n').Where((_, i) => i is not (2 or 4)));
        using var second = await UploadAsync(staff, fixedCsv);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, second.StatusCode);
        Assert.Contains("Regel 3: De gemeente Emmen heeft Nazorg ex-gedetineerden niet afgenomen op 01-05-2023.", await second.BodyAsync(),
            StringComparison.Ordinal);
        await InDrentheAsync(host, async sp => Assert.False(await sp.GetRequiredService<NazorgDbContext>().Meldingen.AnyAsync()));

        using var ok = await UploadAsync(staff, string.Join('\n', fixedCsv.Split('\n').Where((_, i) => i != 2)));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Contains("2 meldingen geregistreerd, 0 geparkeerd, 0 al eerder geïmporteerd", await ok.BodyAsync(), StringComparison.Ordinal);
    }

    /// <summary>The zvhd 2023 table (annual report, plustaak nazorg): instroom and actieve casuïstiek per municipality.</summary>
    private static readonly (string Code, int Instroom, int Actief)[] Zvhd2023 =
    [
        ("GM1680", 11, 21), ("GM0118", 55, 95), ("GM1731", 33, 60), ("GM1690", 6, 8), ("GM1730", 36, 57), ("GM0119", 15, 28),
    ];

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_import_replaying_the_zvhd_2023_table_makes_the_report_show_exactly_its_figures(DatabaseProvider provider)
    {
        using var host = new ZvhTestHost(provider, At(2024, 3, 1));
        using var staff = await host.SignedInAsync(Regisseur);
        var csv = Replay2023();
        using (var response = await UploadAsync(staff, csv))
        {
            var body = await response.BodyAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, body);
            Assert.Contains("data-testid=\"import-result\"", body, StringComparison.Ordinal);
        }

        var (status, html) = await staff.PageAsync("/nazorg/rapportage?van=2023-01-01&tot=2023-12-31");
        Assert.Equal(HttpStatusCode.OK, status);
        foreach (var (code, instroom, actief) in Zvhd2023)
        {
            Assert.Equal((instroom, actief), Cijfers(html, code));
        }

        Assert.Equal((156, 269), Cijfers(html, "totaal"));
        Assert.DoesNotContain("data-gemeente=\"GM0106\"", html, StringComparison.Ordinal); // Assen did not buy nazorg: no row

        using var csvResponse = await staff.GetPathAsync("/nazorg/rapportage/csv?van=2023-01-01&tot=2023-12-31");
        var export = await csvResponse.Content.ReadAsStringAsync();
        Assert.Contains("Hoogeveen;GM0118;55;95;", export, StringComparison.Ordinal);
        Assert.Contains("Meppel;GM0119;15;28;", export, StringComparison.Ordinal);
        Assert.Contains("Totaal;;156;269;", export, StringComparison.Ordinal);

        // Importing the same file again changes nothing.
        using (var again = await UploadAsync(staff, csv))
        {
            Assert.Contains("Dit bestand is al geïmporteerd op 01-03-2024 09:00 UTC; er is niets opnieuw opgeslagen.", await again.BodyAsync(),
                StringComparison.Ordinal);
        }

        // An overlapping batch: the lines already there are skipped (refusals, whose names were not kept, are not in it).
        var overlap = string.Join('\n', csv.Split('\n').Where(l => l.Split(';')[10] != "nee"))
                      + "\n;Nieuw;Laatkomer;1990-01-01;GM0118;PI Veenhuizen;2024-01-01;2024-06-01;nee;2024-02-01;;;;;";
        using (var partly = await UploadAsync(staff, overlap))
        {
            Assert.Contains("1 meldingen geregistreerd, 0 geparkeerd, " + (overlap.Split('\n').Length - 2) + " al eerder geïmporteerd", await partly.BodyAsync(),
                StringComparison.Ordinal);
        }

        var (_, after) = await staff.PageAsync("/nazorg/rapportage?van=2023-01-01&tot=2023-12-31");
        Assert.Equal((156, 269), Cijfers(after, "totaal"));

        // The invoicing view gets the same figures through the shared contract.
        await InDrentheAsync(host, async sp =>
        {
            var counter = sp.GetServices<IModuleWorkCounter>().Single(c => c.ModuleId == "nazorg");
            var work = await counter.CountAsync(new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31));
            Assert.Equal(new ModuleWork("GM0118", 95, 55, 0), work.Single(w => w.GemeenteCode == "GM0118"));
            Assert.Equal(269, work.Sum(w => w.Casussen));
        });
    }

    /// <summary>
    /// A generated data set with the zvhd 2023 figures: per municipality the instroom received in 2023 (some refused, some
    /// closed), the rest of the active cases carried over from 2022, and noise that must not count (closed in 2022, received in 2024).
    /// </summary>
    private static string Replay2023()
    {
        var csv = new StringBuilder("bsn;voornamen;achternaam;geboortedatum;gemeente;inrichting;detentie_start;verwachte_ontslagdatum;zelfmelder;ontvangen_op;"
                                    + "toestemming;toestemming_op;ontslagen_op;afgesloten_op;afsluitreden\n");
        var n = 0;
        void Line(string gemeente, DateOnly ontvangen, string toestemming, DateOnly? ontslag, DateOnly? afgesloten)
        {
            n++;
            var bsn = n % 3 == 0 ? "" : Bsn(100 + n);
            var start = ontvangen.AddDays(-60);
            csv.Append(CultureInfo.InvariantCulture,
                $"{bsn};Voornaam;Persoon{n};{D(new DateOnly(1970 + (n % 30), 1 + (n % 12), 1 + (n % 28)))};{gemeente};PI Veenhuizen;{D(start)};{D(start.AddDays(200))};nee;{D(ontvangen)};");
            var toestemmingOp = toestemming == "" ? "" : D(ontvangen.AddDays(3));
            csv.Append(CultureInfo.InvariantCulture,
                $"{toestemming};{toestemmingOp};{(ontslag is { } o ? D(o) : "")};{(afgesloten is { } a ? D(a) : "")};{(afgesloten is null ? "" : "Basisvoorwaarden op orde")}\n");
        }

        foreach (var (code, instroom, actief) in Zvhd2023)
        {
            for (var i = 0; i < instroom; i++)
            {
                var ontvangen = new DateOnly(2023, 1 + (i % 12), 1 + (i % 25));
                switch (i % 5)
                {
                    case 0: Line(code, ontvangen, "nee", null, null); break; // refused: counts as instroom and active in 2023
                    case 1: Line(code, ontvangen, "ja", ontvangen.AddDays(20), null); break;
                    case 2: Line(code, ontvangen, "ja", ontvangen.AddDays(10), ontvangen.AddDays(30)); break;
                    case 3: Line(code, ontvangen, "", null, null); break;
                    default: Line(code, ontvangen, "ja", null, null); break;
                }
            }

            for (var i = 0; i < actief - instroom; i++)
            {
                var ontvangen = new DateOnly(2022, 1 + (i % 12), 1 + (i % 27));
                // Carried over into 2023: still open, or closed during (or on the first day of) 2023.
                Line(code, ontvangen, "ja", ontvangen.AddDays(15), i % 2 == 0 ? null : new DateOnly(2023, 1 + (i % 12), 1));
            }

            // Noise: closed before 2023, refused in 2022, and received in 2024.
            Line(code, new DateOnly(2021, 5, 1), "ja", new DateOnly(2021, 8, 1), new DateOnly(2022, 12, 31));
            Line(code, new DateOnly(2022, 3, 1), "nee", null, null);
            Line(code, new DateOnly(2024, 1, 15), "", null, null);
        }

        return csv.ToString().TrimEnd('\n');
    }

    [Fact]
    public async Task Escalation_to_procesregie_registers_an_aanmelding_with_route_opschaling_for_CoVeCa_through_the_core()
    {
        using var host = new ZvhTestHost(DatabaseProvider.Sqlite, At(2023, 5, 1));
        using var staff = await host.SignedInAsync(Regisseur);
        var id = await RegisterOkAsync(staff, MeldingFields(Hoogeveen, "Escalant", bsn: Bsn(4)));
        await ActOkAsync(staff, id, "toestemming", [new("toestemming", "ja"), new("datum", "2023-05-01")]);

        using var missing = await ActAsync(staff, id, "opschalen", [new("subAanpak", "topx"), new("verwijzer", ""), new("reden", ""),
            new("hoofdonderwerp", "Bestuurlijke informatie justitiabelen"), new("geinformeerd", "true")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, missing.StatusCode);
        Assert.Contains("Beschrijf waarom de nazorg wordt opgeschaald naar procesregie.", await missing.BodyAsync(), StringComparison.Ordinal);

        // CoVeCa's own intake rule applies: only gemeente, politie or OM put someone on the Top X list.
        using var notOnBehalf = await ActAsync(staff, id, "opschalen", [new("subAanpak", "topx"), new("verwijzer", ""),
            new("reden", "Meervoudige problematiek"), new("hoofdonderwerp", "Bestuurlijke informatie justitiabelen"), new("geinformeerd", "true")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notOnBehalf.StatusCode);
        Assert.Contains("Alleen de gemeente, de politie of het Openbaar Ministerie", await notOnBehalf.BodyAsync(), StringComparison.Ordinal);

        var gemeente = Guid.Empty;
        await InDrentheAsync(host, async sp => gemeente = (await sp.GetRequiredService<ZvhPlatform.Core.Contracts.Partners.IPartnerDirectory>()
            .ActivePartnersAsync()).Single(p => p.Naam == "Gemeente Hoogeveen").Id);
        await ActOkAsync(staff, id, "opschalen", [new("subAanpak", "topx"), new("verwijzer", gemeente.ToString()),
            new("reden", "Meervoudige problematiek, nazorg volstaat niet"), new("hoofdonderwerp", "Bestuurlijke informatie justitiabelen"),
            new("geinformeerd", "true")]);
        var (_, page) = await staff.PageAsync($"/nazorg/meldingen/{id}");
        Assert.Contains("Aanmelding A2023-0001 op 01-05-2023", page, StringComparison.Ordinal);
        await InDrentheAsync(host, async sp =>
        {
            var aanmelding = await sp.GetRequiredService<CaseworkDbContext>().Aanmeldingen.SingleAsync();
            Assert.Equal("coveca", aanmelding.ModuleId);
            Assert.Equal(AanmeldRoute.Opschaling, aanmelding.Route);
            Assert.Equal("topx", aanmelding.SubAanpak);
            Assert.Equal(gemeente, aanmelding.VerwijzerPartnerId);
            Assert.Equal("Escalant", aanmelding.Achternaam);
            Assert.Equal(Hoogeveen, aanmelding.GemeenteCode);
        });
    }

    [Fact]
    public async Task A_host_composed_without_nazorg_runs_and_shows_nothing_of_it_in_navigation_routes_reports_or_jobs()
    {
        using var host = new ZvhTestHost(DatabaseProvider.Sqlite, At(2023, 5, 1), excludeModules: ["nazorg"]);
        Assert.DoesNotContain(host.Services.GetRequiredService<ZvhPlatform.Kernel.Modules.ModuleCatalog>().Modules, m => m.Manifest.Id == "nazorg");
        foreach (var email in new[] { Regisseur, Beheer })
        {
            using var client = await host.SignedInAsync(email);
            var (_, start) = await client.PageAsync("/");
            Assert.DoesNotContain("/nazorg", start, StringComparison.Ordinal);
            Assert.DoesNotContain("Nazorg", ZvhPlatform.IntegrationTests.Http.Web.Navigation(start), StringComparison.OrdinalIgnoreCase);
            foreach (var path in new[] { "/nazorg", "/nazorg/meldingen/nieuw", "/nazorg/rapportage", "/nazorg/rapportage/csv", "/nazorg/import", "/nazorg/instellingen" })
            {
                using var response = await client.GetPathAsync(path);
                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            }
        }

        using var manager = await host.SignedInAsync(Regisseur);
        var (_, rapportage) = await manager.PageAsync("/rapportage");
        Assert.DoesNotContain("nazorg", rapportage, StringComparison.OrdinalIgnoreCase);
        var (_, search) = await manager.PageAsync("/personen?q=Persoon&doel=Bekendheidscheck");
        Assert.DoesNotContain("nazorg", search, StringComparison.OrdinalIgnoreCase);

        var drenthe = await host.RegionAsync("drenthe");
        Assert.False(await host.Services.GetRequiredService<RegionJobRunner>().RunRecurringForRegionAsync("nazorg", "ontslagwaarschuwing", drenthe,
            CancellationToken.None));
        await InDrentheAsync(host, sp =>
        {
            Assert.DoesNotContain(sp.GetServices<IModuleWorkCounter>(), c => c.ModuleId == "nazorg");
            return Task.CompletedTask;
        });
    }
}
