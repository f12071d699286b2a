using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Privacy;
using ZvhPlatform.Kernel.Tenancy;
using ZvhPlatform.Testing;

namespace ZvhPlatform.IntegrationTests.Security;

/// <summary>
/// Markup stored in every free-text field of the core's forms comes back encoded on every page:
/// a script, an attribute breakout with an event handler, and an htmx element that would fire a request.
/// </summary>
public sealed partial class StoredMarkupTests
{
    private const string Payload = "<script>alert(1)</script>\"><img src=x onerror=alert(1)><div hx-get=\"/beheer/gebruikers\" hx-trigger=\"load\">";
    private static readonly string[] RawMarkers = ["<script>alert", "<img src=x", "<div hx-get=\"/beheer/gebruikers\""];

    [GeneratedRegex("href=\"(/beheer/partners/[0-9a-f-]{36})\"")]
    private static partial Regex PartnerLink();

    [GeneratedRegex("/personen/([0-9a-f-]{36})/bewerken")]
    private static partial Regex PersonLink();

    private static async Task PostAsync(HttpClient client, string path, Dictionary<string, string> fields, string tokenPage, params HttpStatusCode[] accepted)
    {
        var response = await SignIn.PostFormAsync(client, path, fields, tokenPage);
        Assert.True(accepted.Contains(response.StatusCode), $"POST {path} -> {(int)response.StatusCode}");
    }

    [Fact]
    public async Task Markup_in_every_free_text_field_is_encoded_on_every_page_that_shows_it()
    {
        using var host = new ZvhTestHost();
        using var beheer = host.NewClient();
        await SignIn.SignInAsync(beheer, host, "beheer.utrecht@demo.zvh.nl");
        await PostAsync(beheer, "/beheer/contracten/nieuw", new()
        {
            ["ModuleId"] = "proefaanpak", ["Kind"] = "Plustaak", ["ValidFrom"] = "2026-01-01", ["ValidTo"] = "", ["Note"] = Payload, ["Version"] = "0",
        }, "/beheer/contracten/nieuw", HttpStatusCode.Redirect);
        await PostAsync(beheer, "/beheer/partners/nieuw", new()
        {
            ["Naam"] = Payload, ["Type"] = "Politie", ["Domein"] = "Veiligheid", ["GemeenteCode"] = "", ["Actief"] = "true", ["Version"] = "0",
        }, "/beheer/partners/nieuw", HttpStatusCode.Redirect);
        var partners = await beheer.GetStringAsync(new Uri("/beheer/partners", UriKind.Relative));
        var partnerPage = PartnerLink().Matches(partners).Select(m => m.Groups[1].Value).Distinct().ToList();
        var mine = "";
        foreach (var link in partnerPage)
        {
            if ((await beheer.GetStringAsync(new Uri(link, UriKind.Relative))).Contains("&lt;script&gt;", StringComparison.Ordinal))
            {
                mine = link;
            }
        }

        Assert.NotEqual("", mine);
        await PostAsync(beheer, mine + "/ondertekeningen", new()
        {
            ["Document"] = "Samenwerkingsconvenant", ["Versie"] = "v1" + Payload[..20], ["OndertekendOp"] = "2026-01-02", ["OndertekendDoor"] = Payload,
        }, mine, HttpStatusCode.Redirect);
        await PostAsync(beheer, mine + "/professionals", new()
        {
            ["Naam"] = Payload, ["Functie"] = Payload, ["Email"] = "agent@politie.example", ["Telefoon"] = "",
        }, mine, HttpStatusCode.Redirect);
        await PostAsync(beheer, "/beheer/geheimhouding", new()
        {
            ["Naam"] = Payload, ["Email"] = "tolk@example.nl", ["Organisatie"] = Payload, ["OndertekendOp"] = "2026-01-02", ["GeldigTot"] = "",
        }, "/beheer/geheimhouding", HttpStatusCode.Redirect, HttpStatusCode.OK);

        using var staff = host.NewClient();
        await SignIn.SignInAsync(staff, host, "ondersteuning.utrecht@demo.zvh.nl");
        var registered = await SignIn.PostFormAsync(staff, "/personen/nieuw", new Dictionary<string, string>
        {
            ["Doel"] = Purposes.Aanmelding, ["Bsn"] = "", ["Voornamen"] = Payload, ["Tussenvoegsel"] = "", ["Achternaam"] = Payload,
            ["Geboortedatum"] = "1990-01-01", ["Geslacht"] = "X", ["Adres"] = Payload, ["Postcode"] = "", ["Woonplaats"] = "Utrecht", ["GemeenteCode"] = "",
            ["Telefoon"] = "", ["Email"] = "", ["Aliassen"] = Payload, ["Version"] = "0",
        }, "/personen/nieuw");
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        var personId = PersonLink().Match(await registered.Content.ReadAsStringAsync()).Groups[1].Value;

        var routes = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.Parameters.Count == 0)
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").Trim('/'))
            .Where(r => !r.StartsWith("/account", StringComparison.Ordinal) && !r.StartsWith("/fout", StringComparison.Ordinal))
            .Distinct().ToList();
        var pages = routes.Concat([mine, $"/personen/{personId}?doel=Procesregie", "/personen?doel=Procesregie&naam=%3Cscript",
            "/beheer/contracten/historie", "/beheer/dubbelen"]).ToList();
        var problems = new List<string>();
        foreach (var client in new[] { beheer, staff })
        {
            foreach (var page in pages)
            {
                var html = await (await client.GetAsync(new Uri(page, UriKind.Relative))).Content.ReadAsStringAsync();
                problems.AddRange(RawMarkers.Where(m => html.Contains(m, StringComparison.Ordinal)).Select(m => $"{page}: {m}"));
            }

            using var partial = new HttpRequestMessage(HttpMethod.Get, new Uri("/beheer/contracten/historie", UriKind.Relative));
            partial.Headers.Add("HX-Request", "true");
            var fragment = await (await client.SendAsync(partial)).Content.ReadAsStringAsync();
            problems.AddRange(RawMarkers.Where(m => fragment.Contains(m, StringComparison.Ordinal)).Select(m => $"htmx partial: {m}"));
        }

        Assert.Empty(problems);
        var shown = await staff.GetStringAsync(new Uri($"/personen/{personId}?doel=Procesregie", UriKind.Relative));
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markup_in_privacy_protocol_rows_and_data_subject_requests_is_encoded_for_the_privacy_officer()
    {
        using var host = new ZvhTestHost();
        using var staff = host.NewClient();
        await SignIn.SignInAsync(staff, host, "ondersteuning.utrecht@demo.zvh.nl");
        var registered = await SignIn.PostFormAsync(staff, "/personen/nieuw", new Dictionary<string, string>
        {
            ["Doel"] = Purposes.Aanmelding, ["Bsn"] = "", ["Voornamen"] = "Bea", ["Tussenvoegsel"] = "", ["Achternaam"] = "Betrokkene",
            ["Geboortedatum"] = "1990-01-01", ["Geslacht"] = "Vrouw", ["Adres"] = Payload, ["Postcode"] = "", ["Woonplaats"] = "", ["GemeenteCode"] = "",
            ["Telefoon"] = "", ["Email"] = "", ["Aliassen"] = "", ["Version"] = "0",
        }, "/personen/nieuw");
        var personId = Guid.Parse(PersonLink().Match(await registered.Content.ReadAsStringAsync()).Groups[1].Value);

        Guid verzoekId, versionId;
        using (var scope = host.Services.CreateScope())
        {
            var region = await scope.ServiceProvider.GetRequiredService<IRegionStore>().FindByKeyAsync("utrecht");
            scope.ServiceProvider.GetRequiredService<IRegionContextSetter>().SetRegion(region!, "test");
            var db = scope.ServiceProvider.GetRequiredService<PrivacyDbContext>();
            var protocolVersion = await db.ProtocolVersies.OrderByDescending(v => v.VersieNummer).FirstAsync();
            versionId = protocolVersion.Id;
            db.ProtocolDoelen.Add(new ProtocolDoel { VersieId = protocolVersion.Id, ModuleId = "proefaanpak", Doel = Payload, Grondslag = Payload });
            var verzoek = new Verzoek
            {
                PersonId = personId, Soort = VerzoekSoort.Inzage, OntvangenOp = new DateOnly(2026, 1, 5), Termijn = Verzoek.TermijnVan(new DateOnly(2026, 1, 5)),
                Status = VerzoekStatus.Ontvangen, Omschrijving = Payload, GeregistreerdDoor = "test", GeregistreerdUtc = DateTime.UtcNow,
            };
            db.Verzoeken.Add(verzoek);
            await db.SaveChangesAsync();
            verzoekId = verzoek.Id;
        }

        using var officer = host.NewClient();
        await SignIn.SignInAsync(officer, host, "privacy.utrecht@demo.zvh.nl");
        var page = await officer.GetStringAsync(new Uri($"/privacy/verzoeken/{verzoekId}", UriKind.Relative));
        var version = Regex.Match(page, "name=\"version\" value=\"(\\d+)\"").Groups[1].Value;
        await PostAsync(officer, $"/privacy/verzoeken/{verzoekId}/status",
            new() { ["status"] = "InBehandeling", ["reden"] = Payload, ["version"] = version.Length == 0 ? "0" : version }, $"/privacy/verzoeken/{verzoekId}",
            HttpStatusCode.Redirect, HttpStatusCode.OK);

        var problems = new List<string>();
        foreach (var path in new[]
                 {
                     "/privacy/protocol", $"/privacy/protocol/{versionId}", "/privacy/verzoeken", $"/privacy/verzoeken/{verzoekId}",
                     $"/privacy/verzoeken/{verzoekId}/overzicht",
                 })
        {
            var html = await (await officer.GetAsync(new Uri(path, UriKind.Relative))).Content.ReadAsStringAsync();
            problems.AddRange(RawMarkers.Where(m => html.Contains(m, StringComparison.Ordinal)).Select(m => $"{path}: {m}"));
            if (path.Contains(verzoekId.ToString(), StringComparison.Ordinal) || path.Contains(versionId.ToString(), StringComparison.Ordinal))
            {
                Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
            }
        }

        Assert.Empty(problems);
    }
}
