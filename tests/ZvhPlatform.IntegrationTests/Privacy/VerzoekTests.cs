using System.Net;
using System.Text.Json;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Testing;

namespace ZvhPlatform.IntegrationTests.Privacy;

public sealed class VerzoekTests
{
    private const string RestrictedMessage = "De verwerking van de gegevens van deze persoon is beperkt op verzoek van betrokkene (sinds 02-02-2026); wijzigen is niet mogelijk.";
    private static readonly DateTimeOffset Now = new(2026, 2, 2, 9, 0, 0, TimeSpan.Zero);

    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql };

    private static async Task<(HttpClient Staff, HttpClient Officer)> ClientsAsync(ZvhTestHost host)
    {
        var staff = host.NewClient();
        await SignIn.SignInAsync(staff, host, PrivacyKit.Ondersteuner);
        var officer = host.NewClient();
        await SignIn.SignInAsync(officer, host, PrivacyKit.Officer);
        return (staff, officer);
    }

    [Fact]
    public async Task The_officer_finds_the_person_by_bsn_and_the_deadline_is_one_calendar_month_after_receipt_with_markers_as_it_nears_and_passes()
    {
        using var host = new ZvhTestHost(now: new DateTimeOffset(2026, 2, 10, 9, 0, 0, TimeSpan.Zero));
        var (staff, officer) = await ClientsAsync(host);
        using var _ = staff;
        using var __ = officer;
        var personId = await PrivacyKit.RegisterPersonAsync(staff, PrivacyKit.Person("Termijnsma", bsn: "111222333"));

        var found = await officer.GetStringAsync(new Uri("/privacy/verzoeken/nieuw?bsn=111222333", UriKind.Relative));
        Assert.Contains("Jan Termijnsma", found, StringComparison.Ordinal);
        Assert.Contains($"value=\"{personId}\"", found, StringComparison.Ordinal);
        var id = await PrivacyKit.RegisterVerzoekAsync(officer, personId, "Inzage", new DateOnly(2026, 1, 31), "/privacy/verzoeken/nieuw?bsn=111222333");

        var list = await officer.GetStringAsync(new Uri("/privacy/verzoeken", UriKind.Relative));
        Assert.Contains("28-02-2026", list, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"termijn-signaal\"", list, StringComparison.Ordinal);

        async Task<string> PageAfterAsync(int days)
        {
            host.Clock.Advance(TimeSpan.FromDays(days));
            using var client = host.NewClient();
            await SignIn.SignInAsync(client, host, PrivacyKit.Officer);
            return await client.GetStringAsync(new Uri("/privacy/verzoeken", UriKind.Relative)) +
                   await client.GetStringAsync(new Uri($"/privacy/verzoeken/{id}", UriKind.Relative));
        }

        Assert.Contains("verloopt binnen 7 dagen", await PageAfterAsync(12), StringComparison.Ordinal);
        var late = await PageAfterAsync(7);
        Assert.Contains("te laat", late, StringComparison.Ordinal);
        Assert.DoesNotContain("verloopt binnen 7 dagen", late, StringComparison.Ordinal);
        Assert.Contains(await PrivacyKit.LogAsync(host), e => e.Action == AccessAction.Zoeken && e.Purpose == Purposes.VerzoekBetrokkene && e.Persons.Contains(personId));
    }

    [Fact]
    public async Task A_request_without_kind_or_with_a_future_receipt_date_is_refused_in_Dutch_and_status_changes_need_a_reason_and_are_kept()
    {
        using var host = new ZvhTestHost(now: Now);
        var (staff, officer) = await ClientsAsync(host);
        using var _ = staff;
        using var __ = officer;
        var personId = await PrivacyKit.RegisterPersonAsync(staff, PrivacyKit.Person("Statusma"));

        var invalid = await SignIn.PostFormAsync(officer, "/privacy/verzoeken/nieuw", new Dictionary<string, string>
        {
            ["PersonId"] = personId.ToString(), ["Soort"] = "", ["OntvangenOp"] = "2026-03-01",
        }, "/privacy/verzoeken/nieuw");
        var html = await invalid.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("Kies het soort verzoek.", html, StringComparison.Ordinal);
        Assert.Contains("De datum van ontvangst ligt in de toekomst.", html, StringComparison.Ordinal);

        var id = await PrivacyKit.RegisterVerzoekAsync(officer, personId, "Verwijdering", new DateOnly(2026, 2, 1), "/privacy/verzoeken/nieuw");
        var page = $"/privacy/verzoeken/{id}";
        var noReason = await SignIn.PostFormAsync(officer, $"{page}/status",
            new Dictionary<string, string> { ["status"] = "Afgewezen", ["reden"] = "", ["version"] = "0" }, page);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("Geef de reden waarom het verzoek wordt afgewezen.", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var busy = await SignIn.PostFormAsync(officer, $"{page}/status",
            new Dictionary<string, string> { ["status"] = "InBehandeling", ["reden"] = "Opgepakt door het contactpunt", ["version"] = "0" }, page);
        var stale = await SignIn.PostFormAsync(officer, $"{page}/status",
            new Dictionary<string, string> { ["status"] = "Afgehandeld", ["reden"] = "Dubbele klik", ["version"] = "0" }, page);
        var refused = await SignIn.PostFormAsync(officer, $"{page}/status",
            new Dictionary<string, string> { ["status"] = "Afgewezen", ["reden"] = "Wettelijke bewaarplicht: lopende casus", ["version"] = "1" }, page);

        Assert.Equal(HttpStatusCode.Redirect, busy.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Opgepakt door het contactpunt", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        var details = await officer.GetStringAsync(new Uri(page, UriKind.Relative));
        Assert.Contains("Wettelijke bewaarplicht: lopende casus", details, StringComparison.Ordinal);
        Assert.Contains("Opgepakt door het contactpunt", details, StringComparison.Ordinal);
        Assert.Contains("Priya Privacy", details, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"status-form\"", details, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_inzage_overview_holds_the_record_and_who_used_it_by_organisation_and_role_without_names_and_is_itself_logged(DatabaseProvider provider)
    {
        using var host = new ZvhTestHost(provider, Now);
        var (staff, officer) = await ClientsAsync(host);
        using var _ = staff;
        using var __ = officer;
        var personId = await PrivacyKit.RegisterPersonAsync(staff, PrivacyKit.Person("Inzagema", bsn: "111222333", voornamen: "Ineke"));
        var id = await PrivacyKit.RegisterVerzoekAsync(officer, personId, "Inzage", new DateOnly(2026, 2, 1), "/privacy/verzoeken/nieuw");

        var screen = await officer.GetStringAsync(new Uri($"/privacy/verzoeken/{id}/overzicht", UriKind.Relative));
        var download = await officer.GetAsync(new Uri($"/privacy/verzoeken/{id}/overzicht.json", UriKind.Relative));
        var json = await download.Content.ReadAsStringAsync();

        foreach (var text in new[] { screen, json })
        {
            Assert.Contains("Inzagema", text, StringComparison.Ordinal);
            Assert.Contains("111222333", text, StringComparison.Ordinal);
            Assert.Contains("ZVH Regio Utrecht (Procesondersteuner)", text, StringComparison.Ordinal);
            Assert.Contains(Purposes.Aanmelding, text, StringComparison.Ordinal);
            Assert.DoesNotContain("Olga Steun", text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Priya Privacy", json, StringComparison.Ordinal);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("application/json", download.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(json);
        Assert.Contains(document.RootElement.GetProperty("bronnen").EnumerateArray(), b => b.GetProperty("bron").GetString() == "Personenregister");
        var log = await PrivacyKit.LogAsync(host);
        Assert.Contains(log, e => e.Action == AccessAction.Inzien && e.Purpose == Purposes.VerzoekBetrokkene && e.Persons.Contains(personId)
                                  && e.Subject == "inzageoverzicht alle gegevens");
        Assert.Contains(log, e => e.Action == AccessAction.Exporteren && e.Purpose == Purposes.VerzoekBetrokkene && e.Persons.Contains(personId));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_restriction_refuses_correcting_and_merging_the_person_in_Dutch_and_lifting_it_allows_both_again(DatabaseProvider provider)
    {
        using var host = new ZvhTestHost(provider, Now);
        var (staff, officer) = await ClientsAsync(host);
        using var _ = staff;
        using var __ = officer;
        using var admin = host.NewClient();
        await SignIn.SignInAsync(admin, host, PrivacyKit.Beheerder);
        var personId = await PrivacyKit.RegisterPersonAsync(staff, PrivacyKit.Person("Beperkma"));
        var duplicateId = await PrivacyKit.RegisterPersonAsync(staff, PrivacyKit.Person("Beperkma", voornamen: "Johannes"));
        var id = await PrivacyKit.RegisterVerzoekAsync(officer, personId, "Beperking", new DateOnly(2026, 2, 2), "/privacy/verzoeken/nieuw");
        var page = $"/privacy/verzoeken/{id}";

        var restrict = await SignIn.PostFormAsync(officer, $"{page}/beperking", new Dictionary<string, string> { ["reden"] = "Juistheid adres betwist" }, page);
        Assert.Equal(HttpStatusCode.Redirect, restrict.StatusCode);
        Assert.Contains("data-testid=\"beperking-actief\"", await officer.GetStringAsync(new Uri(page, UriKind.Relative)), StringComparison.Ordinal);

        var correction = PrivacyKit.Person("Beperkma", adres: "Nieuwe Gracht 5", doel: Purposes.Procesregie);
        var edit = $"/personen/{personId}/bewerken";
        var corrected = await SignIn.PostFormAsync(staff, edit, correction, edit);
        var merge = new Dictionary<string, string> { ["survivorId"] = duplicateId.ToString(), ["duplicateId"] = personId.ToString() };
        var merged = await SignIn.PostFormAsync(admin, "/beheer/dubbelen/samenvoegen", merge, "/beheer/dubbelen");

        Assert.Equal(HttpStatusCode.BadRequest, corrected.StatusCode);
        Assert.Contains(RestrictedMessage, await corrected.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, merged.StatusCode);
        Assert.Contains(RestrictedMessage, await merged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("Nieuwe Gracht 5", await staff.GetStringAsync(new Uri($"/personen/{personId}?doel=Procesregie", UriKind.Relative)),
            StringComparison.Ordinal);

        var lift = await SignIn.PostFormAsync(officer, $"{page}/beperking/opheffen", new Dictionary<string, string> { ["reden"] = "Adres gecontroleerd" }, page);
        Assert.Equal(HttpStatusCode.Redirect, lift.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn.PostFormAsync(staff, edit, correction, edit)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn.PostFormAsync(admin, "/beheer/dubbelen/samenvoegen", merge, "/beheer/dubbelen")).StatusCode);
        var history = await officer.GetStringAsync(new Uri(page, UriKind.Relative));
        Assert.Contains("Adres gecontroleerd", history, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"beperking-actief\"", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rectification_request_links_to_the_correction_form_with_the_request_purpose_and_the_officer_can_apply_it()
    {
        using var host = new ZvhTestHost(now: Now);
        var (staff, officer) = await ClientsAsync(host);
        using var _ = staff;
        using var __ = officer;
        var personId = await PrivacyKit.RegisterPersonAsync(staff, PrivacyKit.Person("Rectima"));
        var id = await PrivacyKit.RegisterVerzoekAsync(officer, personId, "Rectificatie", new DateOnly(2026, 2, 1), "/privacy/verzoeken/nieuw");

        var page = await officer.GetStringAsync(new Uri($"/privacy/verzoeken/{id}", UriKind.Relative));
        var link = $"/personen/{personId}/bewerken?doel=Verzoek%20van%20betrokkene";
        Assert.Contains(link, page, StringComparison.Ordinal);
        var form = PrivacyKit.Person("Rectima", adres: "Juiste Straat 2", doel: Purposes.VerzoekBetrokkene);
        var saved = await SignIn.PostFormAsync(officer, $"/personen/{personId}/bewerken", form, link);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains(await PrivacyKit.LogAsync(host), e => e.Action == AccessAction.Wijzigen && e.Purpose == Purposes.VerzoekBetrokkene && e.Persons.Contains(personId));
    }

    [Theory]
    [InlineData("beheer.utrecht@demo.zvh.nl")]
    [InlineData("regisseur.utrecht@demo.zvh.nl")]
    [InlineData("manager.utrecht@demo.zvh.nl")]
    [InlineData("partner@demo.zvh.nl")]
    public async Task Only_the_privacy_officer_handles_requests(string email)
    {
        using var host = new ZvhTestHost(now: Now);
        using var client = host.NewClient();
        await SignIn.SignInAsync(client, host, email);

        var list = await client.GetAsync(new Uri("/privacy/verzoeken", UriKind.Relative));
        var register = await client.GetAsync(new Uri("/privacy/verzoeken/nieuw", UriKind.Relative));
        var start = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, list.StatusCode);
        Assert.Contains("/fout/403", list.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Contains("/fout/403", register.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("/privacy/verzoeken", start, StringComparison.Ordinal);
    }
}
