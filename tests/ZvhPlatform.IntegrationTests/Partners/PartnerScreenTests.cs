using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Contracts.Partners;
using ZvhPlatform.IntegrationTests.Kernel;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Tenancy;
using ZvhPlatform.Testing;

namespace ZvhPlatform.IntegrationTests.Partners;

/// <summary>Convenantpartners, their signatures and professionals, and geheimhoudingsverklaringen, through the real screens.</summary>
public sealed partial class PartnerScreenTests
{
    private const string Beheerder = "beheer.utrecht@demo.zvh.nl";
    private const string BeheerderDrenthe = "beheer.drenthe@demo.zvh.nl";
    private const string Regisseur = "regisseur.utrecht@demo.zvh.nl";

    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql };

    [GeneratedRegex("data-partner=\"([0-9a-f-]{36})\"")]
    private static partial Regex PartnerRow();

    [GeneratedRegex("data-professional=\"([0-9a-f-]{36})\"")]
    private static partial Regex ProfessionalRow();

    [GeneratedRegex("name=\"Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();

    private static Dictionary<string, string> Partner(string naam, string type = "Politie", string domein = "Veiligheid", string gemeente = "",
        string version = "0") => new()
    {
        ["Naam"] = naam, ["Type"] = type, ["Domein"] = domein, ["GemeenteCode"] = gemeente, ["Actief"] = "true", ["Version"] = version,
    };

    private static async Task<(HttpResponseMessage Response, Guid Id)> CreateAsync(HttpClient client, Dictionary<string, string> fields)
    {
        var response = await SignIn.PostFormAsync(client, "/beheer/partners/nieuw", fields, "/beheer/partners/nieuw");
        var location = response.Headers.Location?.ToString() ?? "";
        return (response, location.StartsWith("/beheer/partners/", StringComparison.Ordinal) ? Guid.Parse(location["/beheer/partners/".Length..]) : Guid.Empty);
    }

    private static async Task<string> HtmlAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    // Analysts are answered 404 on every page they may not open (issue 4); others get 403.
    private static void AssertRefused(HttpResponseMessage response) =>
        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
                    || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/fout/403", StringComparison.Ordinal)),
            $"Expected a refusal, got {(int)response.StatusCode} {response.Headers.Location}");

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_beheerder_creates_a_partner_records_its_signatures_edits_it_and_sees_it_in_the_list(DatabaseProvider provider)
    {
        using var host = new ZvhTestHost(provider);
        using var client = host.NewClient();
        await SignIn.SignInAsync(client, host, Beheerder);

        var seeded = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/beheer/partners", UriKind.Relative)));
        Assert.Contains("Politie eenheid Midden-Nederland", seeded, StringComparison.Ordinal);
        Assert.Contains("Veilig Thuis Utrecht", seeded, StringComparison.Ordinal);
        Assert.Contains("2023, ondertekend 01-03-2023", seeded, StringComparison.Ordinal);

        var (created, id) = await CreateAsync(client, Partner("Gemeente Zeist", type: "Gemeente", domein: "Gemeente", gemeente: "GM0355"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.NotEqual(Guid.Empty, id);

        var signed = await SignIn.PostFormAsync(client, $"/beheer/partners/{id}/ondertekeningen", new Dictionary<string, string>
        {
            ["Document"] = "Privacyprotocol", ["Versie"] = "2.1 (2025, WGS)", ["OndertekendOp"] = "2025-03-01", ["OndertekendDoor"] = "H. Burgemeester",
        }, $"/beheer/partners/{id}");
        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);

        var form = await client.GetStringAsync(new Uri($"/beheer/partners/{id}/bewerken", UriKind.Relative));
        var version = VersionField().Match(form).Groups[1].Value;
        var edited = await SignIn.PostFormAsync(client, $"/beheer/partners/{id}/bewerken",
            Partner("Gemeente Zeist (OOV)", type: "Gemeente", domein: "Gemeente", gemeente: "GM0355", version: version), $"/beheer/partners/{id}/bewerken");
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);

        var details = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/beheer/partners/{id}", UriKind.Relative)));
        Assert.Contains("Gemeente Zeist (OOV)", details, StringComparison.Ordinal);
        Assert.Contains("GM0355", details, StringComparison.Ordinal);
        Assert.Contains("H. Burgemeester", details, StringComparison.Ordinal);
        Assert.Contains("Fenna Beheer", details, StringComparison.Ordinal);

        var list = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/beheer/partners", UriKind.Relative)));
        var row = list[list.IndexOf($"data-partner=\"{id}\"", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains("Gemeente Zeist (OOV)", row, StringComparison.Ordinal);
        Assert.Contains("Gemeente (GM0355)", row, StringComparison.Ordinal);
        Assert.Contains("2.1 (2025, WGS), ondertekend 01-03-2025", row, StringComparison.Ordinal);
        Assert.Contains("niet ondertekend", row, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Bad_input_is_refused_with_a_Dutch_message_and_a_400_and_nothing_is_saved(DatabaseProvider provider)
    {
        using var host = new ZvhTestHost(provider);
        using var client = host.NewClient();
        await SignIn.SignInAsync(client, host, Beheerder);

        var (emptyName, _) = await CreateAsync(client, Partner("  "));
        var (unknownType, _) = await CreateAsync(client, Partner("Brandweer Utrecht", type: "Brandweer"));
        var (numericType, _) = await CreateAsync(client, Partner("Iets", type: "99"));
        var (noCbs, _) = await CreateAsync(client, Partner("Gemeente Houten", type: "Gemeente", domein: "Gemeente"));
        var (otherRegion, _) = await CreateAsync(client, Partner("Gemeente Assen", type: "Gemeente", domein: "Gemeente", gemeente: "GM0106"));

        Assert.All(new[] { emptyName, unknownType, numericType, noCbs, otherRegion }, r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.Contains("Vul de naam van de organisatie in.", await HtmlAsync(emptyName), StringComparison.Ordinal);
        Assert.Contains("Kies het soort organisatie uit de lijst", await HtmlAsync(unknownType), StringComparison.Ordinal);
        Assert.Contains("Kies het soort organisatie uit de lijst", await HtmlAsync(numericType), StringComparison.Ordinal);
        Assert.Contains("om welke gemeente (CBS-code) het gaat", await HtmlAsync(noCbs), StringComparison.Ordinal);
        Assert.Contains("Gemeente GM0106 hoort niet bij deze regio.", await HtmlAsync(otherRegion), StringComparison.Ordinal);

        var (_, id) = await CreateAsync(client, Partner("Woonstichting Utrecht", type: "Woningcorporatie", domein: "Zorg"));
        var future = DateOnly.FromDateTime(host.Clock.GetUtcNow().UtcDateTime).AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var signature = await SignIn.PostFormAsync(client, $"/beheer/partners/{id}/ondertekeningen", new Dictionary<string, string>
        {
            ["Document"] = "Samenwerkingsconvenant", ["Versie"] = "2026", ["OndertekendOp"] = future, ["OndertekendDoor"] = "Directeur",
        }, $"/beheer/partners/{id}");
        Assert.Equal(HttpStatusCode.BadRequest, signature.StatusCode);
        var html = await HtmlAsync(signature);
        Assert.Contains("De datum van ondertekening ligt in de toekomst.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<td class=\"utrecht-table__cell\">2026</td>", html, StringComparison.Ordinal);

        var list = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/beheer/partners", UriKind.Relative)));
        Assert.DoesNotContain("Brandweer Utrecht", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Gemeente Houten", list, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Two_edits_of_the_same_partner_the_second_gets_409_with_the_other_values_and_the_first_is_kept(DatabaseProvider provider)
    {
        using var host = new ZvhTestHost(provider);
        using var one = host.NewClient();
        using var two = host.NewClient();
        await SignIn.SignInAsync(one, host, Beheerder);
        await SignIn.SignInAsync(two, host, Beheerder);
        var (_, id) = await CreateAsync(one, Partner("Tactus Verslavingszorg", type: "Verslavingszorg", domein: "Zorg"));
        var seen = VersionField().Match(await two.GetStringAsync(new Uri($"/beheer/partners/{id}/bewerken", UriKind.Relative))).Groups[1].Value;

        var first = await SignIn.PostFormAsync(one, $"/beheer/partners/{id}/bewerken",
            Partner("Tactus Verslavingszorg regio Utrecht", type: "Verslavingszorg", domein: "Zorg", version: seen), $"/beheer/partners/{id}/bewerken");
        var second = await SignIn.PostFormAsync(two, $"/beheer/partners/{id}/bewerken",
            Partner("Tactus", type: "Overig", domein: "Zorg", version: seen), $"/beheer/partners/{id}/bewerken");

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var conflict = await HtmlAsync(second);
        Assert.Contains("Iemand anders heeft deze convenantpartner intussen gewijzigd", conflict, StringComparison.Ordinal);
        Assert.Contains("Nu opgeslagen: Tactus Verslavingszorg regio Utrecht", conflict, StringComparison.Ordinal);
        Assert.Contains("value=\"Tactus\"", conflict, StringComparison.Ordinal);
        var details = WebUtility.HtmlDecode(await one.GetStringAsync(new Uri($"/beheer/partners/{id}", UriKind.Relative)));
        Assert.Contains("Tactus Verslavingszorg regio Utrecht", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_beheerder_of_Drenthe_gets_404_on_a_partner_of_Utrecht_and_sees_only_Drenthe_partners()
    {
        using var host = new ZvhTestHost();
        using var utrecht = host.NewClient();
        await SignIn.SignInAsync(utrecht, host, Beheerder);
        var (_, id) = await CreateAsync(utrecht, Partner("Politie basisteam Utrecht-Centrum"));
        using var drenthe = host.NewClient();
        await SignIn.SignInAsync(drenthe, host, BeheerderDrenthe);

        var details = await drenthe.GetAsync(new Uri($"/beheer/partners/{id}", UriKind.Relative));
        var edit = await drenthe.GetAsync(new Uri($"/beheer/partners/{id}/bewerken", UriKind.Relative));
        var change = await SignIn.PostFormAsync(drenthe, $"/beheer/partners/{id}/bewerken", Partner("Overgenomen", version: "0"), "/beheer/partners");
        var list = WebUtility.HtmlDecode(await drenthe.GetStringAsync(new Uri("/beheer/partners", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.NotFound, details.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, change.StatusCode);
        Assert.Contains("GGZ Drenthe", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Utrecht", list, StringComparison.Ordinal);
        Assert.Contains("Politie basisteam Utrecht-Centrum",
            WebUtility.HtmlDecode(await utrecht.GetStringAsync(new Uri($"/beheer/partners/{id}", UriKind.Relative))), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_incidental_participant_is_refused_without_a_statement_accepted_with_one_and_refused_once_it_expired(DatabaseProvider provider)
    {
        var start = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
        using var host = new ZvhTestHost(provider, now: start);
        using var client = host.NewClient();
        await SignIn.SignInAsync(client, host, Regisseur);
        const string email = "K.Jansen@wijkteam-zeist.nl";
        async Task<string> CheckAsync() => WebUtility.HtmlDecode(
            await client.GetStringAsync(new Uri("/beheer/geheimhouding?email=" + Uri.EscapeDataString(email), UriKind.Relative)));

        var before = await CheckAsync();
        Assert.Contains("data-testid=\"check-refused\"", before, StringComparison.Ordinal);
        Assert.Contains("Voor k.jansen@wijkteam-zeist.nl staat geen ondertekende geheimhoudingsverklaring geregistreerd. " +
                        "Leg die eerst vast voordat deze persoon aan een casusoverleg deelneemt.", before, StringComparison.Ordinal);

        var registered = await SignIn.PostFormAsync(client, "/beheer/geheimhouding", new Dictionary<string, string>
        {
            ["Naam"] = "Kim Jansen", ["Email"] = email, ["Organisatie"] = "Wijkteam Zeist", ["OndertekendOp"] = "2026-03-02", ["GeldigTot"] = "2026-06-30",
        }, "/beheer/geheimhouding");
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        Assert.Contains("Kim Jansen", await HtmlAsync(registered), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"check-allowed\"", await CheckAsync(), StringComparison.Ordinal);

        host.Clock.Advance(TimeSpan.FromDays(130));
        using var later = host.NewClient();
        await SignIn.SignInAsync(later, host, Regisseur);
        var expired = WebUtility.HtmlDecode(await later.GetStringAsync(
            new Uri("/beheer/geheimhouding?email=" + Uri.EscapeDataString(email), UriKind.Relative)));
        Assert.Contains("data-testid=\"check-refused\"", expired, StringComparison.Ordinal);
        Assert.Contains("De geheimhoudingsverklaring van k.jansen@wijkteam-zeist.nl was geldig tot en met 30-06-2026 en is verlopen.", expired,
            StringComparison.Ordinal);
        Assert.Contains("niet geldig", expired, StringComparison.Ordinal);

        // Modules ask the same question through the core contract, for the date of their case conference.
        using var scope = host.Services.CreateScope();
        var region = await scope.ServiceProvider.GetRequiredService<IRegionStore>().FindByKeyAsync("utrecht");
        scope.ServiceProvider.GetRequiredService<IRegionContextSetter>().SetRegion(region!, "test");
        var partners = scope.ServiceProvider.GetRequiredService<IPartnerDirectory>();
        Assert.True((await partners.CheckIncidentalParticipantAsync(email, new DateOnly(2026, 4, 15))).Allowed);
        var tooEarly = await partners.CheckIncidentalParticipantAsync(email, new DateOnly(2026, 3, 1));
        Assert.False(tooEarly.Allowed);
        Assert.Contains("pas op 02-03-2026 ondertekend", tooEarly.Reason, StringComparison.Ordinal);
        Assert.False((await partners.CheckIncidentalParticipantAsync(email, new DateOnly(2026, 7, 1))).Allowed);
        Assert.Contains(await partners.ActivePartnersAsync(), p => p.Naam == "Veilig Thuis Utrecht" && p.Domein == PartnerDomein.Zorg);
    }

    [Fact]
    public async Task The_active_partners_are_read_once_per_request_and_again_after_the_request_saves_a_partner()
    {
        using var host = new ZvhTestHost();
        await using var scope = RegionScopes.InRegion(host.Services, await RegionScopes.ByKeyAsync(host.Services, "utrecht"));
        var partners = scope.ServiceProvider.GetRequiredService<IPartnerDirectory>();
        var before = await partners.ActivePartnersAsync();
        Assert.Same(before, await partners.ActivePartnersAsync());
        Assert.DoesNotContain(before, p => p.Naam == "Wijkteam Bunnik");

        var db = scope.ServiceProvider.GetRequiredService<ZvhPlatform.Core.Data.PartnersDbContext>();
        db.Partners.Add(new ZvhPlatform.Core.Partners.Convenantpartner
        {
            Naam = "Wijkteam Bunnik", Domein = PartnerDomein.Zorg, Type = PartnerType.Politie, CreatedUtc = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();

        var after = await partners.ActivePartnersAsync();
        Assert.Contains(after, p => p.Naam == "Wijkteam Bunnik");
        Assert.Equal(before.Count + 1, after.Count);
    }

    [Fact]
    public async Task A_statement_signed_in_the_future_or_without_an_email_is_refused_in_Dutch()
    {
        using var host = new ZvhTestHost(now: new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        using var client = host.NewClient();
        await SignIn.SignInAsync(client, host, Regisseur);

        var response = await SignIn.PostFormAsync(client, "/beheer/geheimhouding", new Dictionary<string, string>
        {
            ["Naam"] = "Kim Jansen", ["Email"] = "geen-adres", ["Organisatie"] = "Wijkteam Zeist", ["OndertekendOp"] = "2026-03-03", ["GeldigTot"] = "",
        }, "/beheer/geheimhouding");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await HtmlAsync(response);
        Assert.Contains("Vul een geldig e-mailadres van de deelnemer in.", html, StringComparison.Ordinal);
        Assert.Contains("De datum van ondertekening ligt in de toekomst.", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_professional_of_a_partner_gets_an_account_with_the_ketenpartner_role_and_loses_it_when_deactivated(DatabaseProvider provider)
    {
        using var host = new ZvhTestHost(provider);
        using var client = host.NewClient();
        await SignIn.SignInAsync(client, host, Beheerder);
        var list = await client.GetStringAsync(new Uri("/beheer/partners", UriKind.Relative));
        var politie = PartnerRow().Matches(list).Select(m => m.Groups[1].Value)
            .First(id => list[list.IndexOf(id, StringComparison.Ordinal)..].Split("</tr>")[0].Contains("Politie eenheid Midden-Nederland", StringComparison.Ordinal));

        var added = await SignIn.PostFormAsync(client, $"/beheer/partners/{politie}/professionals", new Dictionary<string, string>
        {
            ["Naam"] = "Wendy Wijkagent", ["Email"] = "w.wijkagent@politie.demo", ["Telefoon"] = "06-12345678", ["Functie"] = "Wijkagent Overvecht",
        }, $"/beheer/partners/{politie}");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var page = await client.GetStringAsync(new Uri($"/beheer/partners/{politie}", UriKind.Relative));
        var professional = ProfessionalRow().Match(page).Groups[1].Value;

        var account = await SignIn.PostFormAsync(client, $"/beheer/partners/{politie}/professionals/{professional}/account",
            new Dictionary<string, string>(), $"/beheer/partners/{politie}");
        Assert.Equal(HttpStatusCode.OK, account.StatusCode);
        var notice = await HtmlAsync(account);
        Assert.Contains("Account aangemaakt voor w.wijkagent@politie.demo met de rol Ketenpartner-professional. Eenmalig wachtwoord:", notice,
            StringComparison.Ordinal);
        Assert.Contains("heeft een account", notice, StringComparison.Ordinal);

        var users = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/beheer/gebruikers", UriKind.Relative)));
        var userRow = users[users.IndexOf("w.wijkagent@politie.demo", StringComparison.Ordinal)..].Split("</tr>")[0];
        Assert.Contains("Politie eenheid Midden-Nederland", userRow, StringComparison.Ordinal);
        Assert.Contains("Ketenpartner-professional", userRow, StringComparison.Ordinal);

        var deactivated = await SignIn.PostFormAsync(client, $"/beheer/partners/{politie}/professionals/{professional}/deactiveren",
            new Dictionary<string, string>(), $"/beheer/partners/{politie}");
        Assert.Equal(HttpStatusCode.Redirect, deactivated.StatusCode);
        Assert.DoesNotContain("w.wijkagent@politie.demo", await client.GetStringAsync(new Uri("/beheer/gebruikers", UriKind.Relative)),
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("partner@demo.zvh.nl")]
    [InlineData("analist.utrecht@demo.zvh.nl")]
    public async Task Partner_professionals_and_analysts_cannot_see_or_manage_convenantpartners(string email)
    {
        using var host = new ZvhTestHost();
        using var client = host.NewClient();
        await SignIn.SignInAsync(client, host, email);

        AssertRefused(await client.GetAsync(new Uri("/beheer/partners", UriKind.Relative)));
        AssertRefused(await client.GetAsync(new Uri("/beheer/geheimhouding", UriKind.Relative)));
        AssertRefused(await SignIn.PostFormAsync(client, "/beheer/partners/nieuw", Partner("Overname"), "/"));
        AssertRefused(await SignIn.PostFormAsync(client, "/beheer/geheimhouding", new Dictionary<string, string>
        {
            ["Naam"] = "X", ["Email"] = "x@y.nl", ["Organisatie"] = "Y", ["OndertekendOp"] = "2025-01-01",
        }, "/"));
        Assert.DoesNotContain("Convenantpartners", await client.GetStringAsync(new Uri("/", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_procesregisseur_sees_the_partners_but_cannot_change_them()
    {
        using var host = new ZvhTestHost();
        using var client = host.NewClient();
        await SignIn.SignInAsync(client, host, Regisseur);

        var list = await client.GetAsync(new Uri("/beheer/partners", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var html = await HtmlAsync(list);
        Assert.Contains("Politie eenheid Midden-Nederland", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/beheer/partners/nieuw", html, StringComparison.Ordinal);
        AssertRefused(await client.GetAsync(new Uri("/beheer/partners/nieuw", UriKind.Relative)));
        AssertRefused(await SignIn.PostFormAsync(client, "/beheer/partners/nieuw", Partner("Overname"), "/beheer/partners"));
    }
}
