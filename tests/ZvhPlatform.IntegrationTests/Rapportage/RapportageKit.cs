using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Features.Import;
using ZvhPlatform.Kernel.Jobs;
using ZvhPlatform.Kernel.Tenancy;
using ZvhPlatform.Testing;

namespace ZvhPlatform.IntegrationTests.Rapportage;

/// <summary>
/// Generates import files in code and drives the import and report screens. The Top X Oost data set replays the 2022
/// flows of the Utrecht annual report (seed 000): 117 in regie on 1 January, 25 in, 51 out, per municipality as published.
/// </summary>
internal static partial class RapportageKit
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>CBS code, name, in regie on 1 January 2022, instroom, uitstroom.</summary>
    public static readonly (string Code, string Naam, int Begin, int In, int Uit)[] Oost =
    [
        ("GM0317", "Eemnes", 2, 0, 1), ("GM0313", "Bunschoten", 6, 1, 4), ("GM0308", "Baarn", 6, 1, 4), ("GM0310", "De Bilt", 6, 2, 2),
        ("GM0342", "Soest", 7, 4, 2), ("GM0327", "Leusden", 3, 1, 1), ("GM0351", "Woudenberg", 3, 1, 1), ("GM1581", "Utrechtse Heuvelrug", 3, 0, 0),
        ("GM0352", "Wijk bij Duurstede", 3, 0, 1), ("GM0339", "Renswoude", 3, 0, 2), ("GM0345", "Veenendaal", 16, 6, 6), ("GM0340", "Rhenen", 2, 0, 0),
        ("GM0355", "Zeist", 13, 3, 5), ("GM0312", "Bunnik", 2, 0, 0), ("GM0307", "Amersfoort", 42, 6, 22),
    ];

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The Top X Oost 2022 replay as an import file, plus one case in district Stad that must not count for Oost.</summary>
    public static string TopXOost2022(string prefix = "TX")
    {
        var personen = new List<object>();
        var aanmeldingen = new List<object>();
        var casussen = new List<object>();
        var n = 0;
        foreach (var g in Oost)
        {
            for (var i = 0; i < g.Begin; i++)
            {
                n++;
                var id = $"{prefix}-{n:000}";
                var geopend = new DateOnly(2020 + (n % 2), 1 + (n % 10), 1 + (n % 27));
                var statussen = new List<object>
                {
                    new { datum = D(geopend), naar = "Werkvoorraad" },
                    new { datum = D(geopend.AddDays(14 + (n % 30))), naar = "InRegie" },
                };
                object? afsluiting = null;
                if (i < g.Uit)
                {
                    var uit = new DateOnly(2022, 1 + (i % 12), 2 + (i % 26));
                    var afgeschaald = i % 3 == 0;
                    statussen.Add(new { datum = D(uit), naar = afgeschaald ? "Afgeschaald" : "Afgesloten" });
                    afsluiting = new { datum = D(uit), reden = afgeschaald ? "Doelen bereikt / afgeschaald naar lokaal" : i % 2 == 0 ? "Een jaar geen delicten" : "Langdurige detentie" };
                }

                personen.Add(Persoon(id, n, g.Code));
                casussen.Add(new
                {
                    id = "C" + id, persoon = "P" + id, module = "coveca", subAanpak = "topx", gemeente = g.Code, geopendOp = D(geopend), statuswijzigingen = statussen,
                    afsluiting,
                    pgaMetingen = new[] { new { datum = D(new DateOnly(2022, 6, 1)), moment = "periodiek", scores = new Dictionary<string, int> { ["JustitieEnPolitie"] = 1 + (n % 5), ["Huisvesting"] = 1 + ((n + 2) % 5) } } },
                });
            }

            for (var i = 0; i < g.In; i++)
            {
                n++;
                var id = $"{prefix}-{n:000}";
                var ontvangen = new DateOnly(2022, 1 + (i * 3 % 12), 3 + i);
                personen.Add(Persoon(id, n, g.Code));
                aanmeldingen.Add(Aanmelding("A" + id, "P" + id, g.Code, ontvangen, "Procesregie", n));
                casussen.Add(new
                {
                    id = "C" + id, persoon = "P" + id, aanmelding = "A" + id, module = "coveca", subAanpak = "topx", gemeente = g.Code, geopendOp = D(ontvangen.AddDays(7)),
                    statuswijzigingen = new[] { new { datum = D(ontvangen.AddDays(7)), naar = "Werkvoorraad" }, new { datum = D(ontvangen.AddDays(21)), naar = "InRegie" } },
                });
            }
        }

        // District Stad: counted for the region, never for Oost.
        personen.Add(Persoon($"{prefix}-STAD", 999, "GM0344"));
        casussen.Add(new
        {
            id = $"C{prefix}-STAD", persoon = $"P{prefix}-STAD", module = "coveca", subAanpak = "topx", gemeente = "GM0344", geopendOp = "2022-03-01",
            statuswijzigingen = new[] { new { datum = "2022-03-01", naar = "InRegie" } },
        });
        // An aanmelding that got uitgebreid advies: counted as an aanmelding, not as a case.
        personen.Add(Persoon($"{prefix}-ADV", 998, "GM0307"));
        aanmeldingen.Add(Aanmelding($"A{prefix}-ADV", $"P{prefix}-ADV", "GM0307", new DateOnly(2022, 5, 10), "UitgebreidAdvies", 998));
        return JsonSerializer.Serialize(new { versie = "1", bron = "Excel Top X Oost 2022", personen, aanmeldingen, casussen }, Indented);
    }

    private static object Persoon(string id, int n, string gemeente) => new
    {
        id = "P" + id, voornamen = "Persoon", achternaam = "Nummer " + n, geboortedatum = D(new DateOnly(1960 + (n % 45), 1 + (n % 12), 1 + (n % 28))), gemeente,
    };

    private static object Aanmelding(string id, string persoon, string gemeente, DateOnly ontvangen, string uitkomst, int n) => new
    {
        id, persoon, module = "coveca", subAanpak = "topx", ontvangenOp = D(ontvangen), route = "Convenantpartner",
        verwijzer = new { organisatie = n % 2 == 0 ? "Politie Midden-Nederland" : "Gemeente Amersfoort" }, gemeente, reden = "Herhaald geweld en overlast",
        persoonGeinformeerd = n % 4 != 0, nietGeinformeerdReden = n % 4 == 0 ? "Lopend strafrechtelijk onderzoek" : null,
        hoofdonderwerp = "(Ernstige) overlast", problematiek = n % 3 == 0 ? new[] { "ggz", "verslaving" } : new[] { "ggz" }, minderjarigenInSysteem = n % 5 == 0,
        gemeentegrens = n % 2 == 0 ? "Geen" : "AndereGemeenteInRegio",
        triage = new { datum = D(ontvangen.AddDays(5)), uitkomst, adviesTerug = uitkomst == "Procesregie" ? null : "Advies aan het wijkteam", aanwezigePartners = new[] { "Politie", "GGZ" } },
    };

    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Uploads a file at /import; answers the response.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string json, string name = "import.json")
    {
        var token = await SignIn.TokenFromAsync(client, "/import");
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Add(file, "bestand", name);
        content.Add(new StringContent(token), "__RequestVerificationToken");
        return await client.PostAsync(new Uri("/import", UriKind.Relative), content);
    }

    /// <summary>Uploads and runs the queued job the way Hangfire would (the test host runs no job server); answers the progress fragment.</summary>
    public static async Task<string> ImportAsync(ZvhTestHost host, HttpClient beheer, string json, string region = "utrecht")
    {
        var response = await UploadAsync(beheer, json);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var id = response.Headers.Location!.OriginalString.Split('/').Last();
        using (var scope = host.Services.CreateScope())
        {
            var regio = await scope.ServiceProvider.GetRequiredService<IRegionStore>().FindByKeyAsync(region);
            await host.Services.GetRequiredService<RegionJobRunner>().RunAsync(regio!.Id, typeof(ImportJob).FullName!, id, CancellationToken.None);
        }

        return await beheer.GetStringAsync(new Uri($"/import/{id}/voortgang", UriKind.Relative));
    }

    [GeneratedRegex("<td class=\"utrecht-table__cell utrecht-table__cell--numeric\" data-kolom=\"(\\d+)\">([^<]*)</td>")]
    private static partial Regex Cell();

    /// <summary>The cells of a row of a report table, as shown.</summary>
    public static IReadOnlyList<string> Row(string html, string tabel, string rij)
    {
        var start = html.IndexOf($"data-tabel=\"{tabel}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"table {tabel} not on the page");
        var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        var section = html[start..end];
        var rowStart = section.IndexOf($"data-rij=\"{WebUtility.HtmlEncode(rij)}\"", StringComparison.Ordinal);
        Assert.True(rowStart >= 0, $"row {rij} not in table {tabel}");
        var rowEnd = section.IndexOf("</tr>", rowStart, StringComparison.Ordinal);
        return Cell().Matches(section[rowStart..rowEnd]).Select(m => WebUtility.HtmlDecode(m.Groups[2].Value)).ToList();
    }

    public static async Task<HttpClient> SignedInAsync(ZvhTestHost host, string email)
    {
        var client = host.NewClient();
        await SignIn.SignInAsync(client, host, email);
        return client;
    }
}
