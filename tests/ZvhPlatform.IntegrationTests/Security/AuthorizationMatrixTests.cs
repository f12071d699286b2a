using System.Net;
using System.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Testing;

namespace ZvhPlatform.IntegrationTests.Security;

/// <summary>
/// Drives every page (every parameterless GET route, core and module) as every role of a region and
/// compares the outcome with the checked-in table <c>authorization-matrix.txt</c>. A new route without a
/// line in the table fails the test, as does any change in who may see what. Pages are also checked for
/// another region's canary text.
/// </summary>
public sealed class AuthorizationMatrixTests
{
    private const string Canary = "KANARIE-DRENTHE";

    private static readonly (string Role, string Email)[] Roles =
    [
        ("procesregisseur", "regisseur.utrecht@demo.zvh.nl"),
        ("procesondersteuner", "ondersteuning.utrecht@demo.zvh.nl"),
        ("manager", "manager.utrecht@demo.zvh.nl"),
        ("functioneel-beheerder", "beheer.utrecht@demo.zvh.nl"),
        ("ketenpartner", "partner@demo.zvh.nl"),
        ("analist", "analist.utrecht@demo.zvh.nl"),
        ("privacy-officer", "privacy.utrecht@demo.zvh.nl"),
    ];

    private static readonly string[] Public = ["/account/", "/fout", "/health/"];

    [Fact]
    public async Task Every_page_answers_every_role_exactly_as_the_checked_in_authorization_matrix_says()
    {
        using var host = new ZvhTestHost();
        await PlantCanaryInDrentheAsync(host);
        await ContractModuleInUtrechtAsync(host);
        var routes = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.Parameters.Count == 0
                        && (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods.Contains("GET") ?? true))
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").Trim('/'))
            .Where(r => !Public.Any(p => r.StartsWith(p, StringComparison.Ordinal)))
            .Distinct().Order(StringComparer.Ordinal).ToList();

        var actual = new SortedDictionary<string, SortedDictionary<string, string>>(StringComparer.Ordinal);
        var leaks = new List<string>();
        foreach (var (role, email) in Roles)
        {
            using var client = host.NewClient();
            await SignIn.SignInAsync(client, host, email);
            foreach (var route in routes)
            {
                // Through the region's path prefix: the partner works in two regions, and the matrix is about Utrecht.
                using var response = await client.GetAsync(new Uri("/r/utrecht" + route, UriKind.Relative));
                var body = await response.Content.ReadAsStringAsync();
                if (body.Contains(Canary, StringComparison.Ordinal))
                {
                    leaks.Add($"{route} as {role}");
                }

                if (!actual.TryGetValue(route, out var row))
                {
                    actual[route] = row = new SortedDictionary<string, string>(StringComparer.Ordinal);
                }

                row[role] = Outcome(response);
            }
        }

        var rendered = Render(actual);
        var expectedPath = Path.Combine(AppContext.BaseDirectory, "Security", "authorization-matrix.txt");
        var expected = File.Exists(expectedPath) ? await File.ReadAllTextAsync(expectedPath) : "";
        Assert.Empty(leaks);
        MatrixFile.UpdateWhenAsked("authorization-matrix.txt", rendered);
        Assert.True(Normalize(expected) == Normalize(rendered),
            "The authorization matrix changed. If the change is intended, replace tests/ZvhPlatform.IntegrationTests/Security/authorization-matrix.txt with:\n" + rendered);
    }

    private static string Outcome(HttpResponseMessage response) => response.StatusCode switch
    {
        HttpStatusCode.OK => "ok",
        HttpStatusCode.NotFound => "404",
        HttpStatusCode.Forbidden => "geweigerd",
        HttpStatusCode.Redirect when response.Headers.Location?.OriginalString.Contains("/fout/403", StringComparison.Ordinal) == true => "geweigerd",
        HttpStatusCode.Redirect => "naar " + response.Headers.Location?.OriginalString,
        var other => ((int)other).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string Render(SortedDictionary<string, SortedDictionary<string, string>> matrix)
    {
        var sb = new StringBuilder();
        sb.AppendLine("# route | " + string.Join(" ", Roles.Select(r => r.Role)));
        foreach (var (route, row) in matrix)
        {
            sb.Append(route).Append(" | ").AppendJoin(" ", Roles.Select(r => $"{r.Role}={row[r.Role]}")).AppendLine();
        }

        return sb.ToString();
    }

    private static string Normalize(string text) =>
        string.Join("\n", text.Replace("\r", "", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));

    private static async Task ContractModuleInUtrechtAsync(ZvhTestHost host)
    {
        using var beheer = host.NewClient();
        await SignIn.SignInAsync(beheer, host, "beheer.utrecht@demo.zvh.nl");
        // The fixture module the PGA-tafel and Nazorg (plustaken Utrecht does not have in the demo), so their pages are live.
        foreach (var module in new[] { "proefaanpak", "pgatafel", "nazorg" })
        {
            var response = await SignIn.PostFormAsync(beheer, "/beheer/contracten/nieuw", new Dictionary<string, string>
            {
                ["ModuleId"] = module, ["Kind"] = "Plustaak",
                ["ValidFrom"] = DateOnly.FromDateTime(host.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["ValidTo"] = "", ["Note"] = "", ["Version"] = "0",
            }, "/beheer/contracten/nieuw");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }
    }

    private static async Task PlantCanaryInDrentheAsync(ZvhTestHost host)
    {
        using var drenthe = host.NewClient();
        await SignIn.SignInAsync(drenthe, host, "regisseur.drenthe@demo.zvh.nl");
        var response = await SignIn.PostFormAsync(drenthe, "/personen/nieuw", new Dictionary<string, string>
        {
            ["Doel"] = Purposes.Aanmelding, ["Bsn"] = "", ["Voornamen"] = Canary, ["Tussenvoegsel"] = "", ["Achternaam"] = Canary,
            ["Geboortedatum"] = "1980-01-01", ["Geslacht"] = "X", ["Adres"] = Canary, ["Postcode"] = "", ["Woonplaats"] = Canary,
            ["GemeenteCode"] = "", ["Telefoon"] = "", ["Email"] = "", ["Aliassen"] = Canary, ["Version"] = "0",
        }, "/personen/nieuw");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var melding = await SignIn.PostFormAsync(drenthe, "/nazorg/meldingen/nieuw", new Dictionary<string, string>
        {
            ["achternaam"] = Canary, ["voornamen"] = Canary, ["bsn"] = "", ["geboortedatum"] = "1980-01-01", ["gemeenteCode"] = "GM0118",
            ["inrichting"] = Canary, ["detentieStart"] = "2020-01-06", ["verwachteOntslagdatum"] = "", ["ontvangenOp"] = "",
        }, "/nazorg/meldingen/nieuw");
        Assert.Equal(HttpStatusCode.Redirect, melding.StatusCode);
    }
}
