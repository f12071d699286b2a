using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Testing;
using static ZvhPlatform.IntegrationTests.Rapportage.RapportageKit;

namespace ZvhPlatform.IntegrationTests.Rapportage;

/// <summary>Analysts see aggregates with small cells suppressed, never persons: every other page answers 404 as if it did not exist.</summary>
public sealed class AnalistTests
{
    private const string Analist = "analist.utrecht@demo.zvh.nl";
    private const string Manager = "manager.utrecht@demo.zvh.nl";
    private const string Oost2022 = "module=coveca&van=2022-01-01&tot=2022-12-31&district=Oost";

    private static readonly string[] MayOpen = ["/", "/regio", "/rapportage", "/rapportage/export.csv", "/rapportage/export.xlsx", "/rapportage/factsheet"];

    private static readonly string[] Public = ["/account/", "/fout", "/health/"];

    [Fact]
    public async Task An_analyst_gets_404_on_every_person_and_case_page_and_on_every_other_page_outside_the_reports()
    {
        using var host = new ZvhTestHost(now: Now);
        using (var beheer = await SignedInAsync(host, "beheer.utrecht@demo.zvh.nl"))
        {
            await ImportAsync(host, beheer, TopXOost2022());
        }

        var (personId, caseId) = await IdsAsync(host);
        var routes = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("GET") ?? true)
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").Trim('/'))
            .Where(r => !Public.Any(p => r.StartsWith(p, StringComparison.Ordinal)) && !MayOpen.Contains(r))
            .Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Contains(routes, r => r.StartsWith("/personen/{", StringComparison.Ordinal));
        Assert.Contains(routes, r => r.StartsWith("/casussen/{", StringComparison.Ordinal));
        using var analist = await SignedInAsync(host, Analist);

        var wrong = new List<string>();
        foreach (var route in routes)
        {
            var id = route.StartsWith("/casussen", StringComparison.Ordinal) ? caseId : personId;
            var path = System.Text.RegularExpressions.Regex.Replace(route, "\\{[^}]*:guid\\}", id.ToString());
            path = System.Text.RegularExpressions.Regex.Replace(path, "\\{[^}]*\\}", "1");
            using var response = await analist.GetAsync(new Uri(path, UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.NotFound || body.Contains("Nummer 1", StringComparison.Ordinal))
            {
                wrong.Add($"{path}: {(int)response.StatusCode}");
            }
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public async Task Small_cells_are_suppressed_for_analysts_in_tables_and_exports_but_not_for_managers()
    {
        using var host = new ZvhTestHost(now: Now);
        using (var beheer = await SignedInAsync(host, "beheer.utrecht@demo.zvh.nl"))
        {
            await ImportAsync(host, beheer, TopXOost2022());
        }

        using var analist = await SignedInAsync(host, Analist);
        using var manager = await SignedInAsync(host, Manager);

        var forAnalist = await analist.GetStringAsync(new Uri("/rapportage?" + Oost2022, UriKind.Relative));
        var forManager = await manager.GetStringAsync(new Uri("/rapportage?" + Oost2022, UriKind.Relative));

        Assert.Equal(["2", "0", "1", "1", "2", "+0 | -1"], Row(forManager, "caseload", "Eemnes"));
        Assert.Equal(["< 5", "0", "< 5", "< 5", "< 5", "×"], Row(forAnalist, "caseload", "Eemnes"));
        Assert.Equal(["42", "6", "22", "26", "48", "+6 | -22"], Row(forAnalist, "caseload", "Amersfoort"));
        Assert.Equal(["117", "25", "51", "91", "142", "+25 | -51"], Row(forAnalist, "caseload", "District Oost"));
        Assert.Contains("data-testid=\"onderdrukt\"", forAnalist, StringComparison.Ordinal);
        // Utrechtse Heuvelrug (3, 0, 0, 3) is hidden whole; never one hidden row in a district that a total could reveal.
        foreach (var g in Oost)
        {
            Assert.DoesNotContain(Row(forAnalist, "caseload", g.Naam).Take(5), c => int.TryParse(c, out var n) && n is > 0 and < 5);
        }

        var csv = Encoding.UTF8.GetString(await analist.GetByteArrayAsync(new Uri("/rapportage/export.csv?" + Oost2022, UriKind.Relative)));
        Assert.Contains("Eemnes;< 5;0;< 5;< 5;< 5;×", csv, StringComparison.Ordinal);
        Assert.Contains("District Oost;117;25;51;91;142;'+25 | -51", csv, StringComparison.Ordinal);
        var managerCsv = Encoding.UTF8.GetString(await manager.GetByteArrayAsync(new Uri("/rapportage/export.csv?" + Oost2022, UriKind.Relative)));
        Assert.Contains("Eemnes;2;0;1;1;2;'+0 | -1", managerCsv, StringComparison.Ordinal);

        var xlsx = await analist.GetByteArrayAsync(new Uri("/rapportage/export.xlsx?" + Oost2022, UriKind.Relative));
        using var zip = new ZipArchive(new MemoryStream(xlsx));
        using var reader = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var sheet = await reader.ReadToEndAsync();
        Assert.Contains("<t>District Oost</t>", sheet, StringComparison.Ordinal);
        Assert.Contains("<v>117</v>", sheet, StringComparison.Ordinal);
        Assert.Contains("<v>142</v>", sheet, StringComparison.Ordinal);
        Assert.Contains("<t>&lt; 5</t>", sheet, StringComparison.Ordinal);
        Assert.NotNull(zip.GetEntry("xl/workbook.xml"));

        var factsheet = await analist.GetStringAsync(new Uri("/rapportage/factsheet?module=coveca&van=2022-01-01&tot=2022-12-31&gemeente=GM0307", UriKind.Relative));
        Assert.Contains("Factsheet gemeente Amersfoort", factsheet, StringComparison.Ordinal);
        Assert.Equal(["42", "6", "22", "26", "48", "+6 | -22"], Row(factsheet, "caseload", "Amersfoort"));
    }

    [Fact]
    public async Task The_functioneel_beheerder_sets_the_minimum_cell_size_and_a_stale_or_invalid_change_is_refused()
    {
        using var host = new ZvhTestHost(now: Now);
        using var beheer = await SignedInAsync(host, "beheer.utrecht@demo.zvh.nl");

        var invalid = await SignIn.PostFormAsync(beheer, "/rapportage/instellingen",
            new Dictionary<string, string> { ["DoorlooptijdGrenzen"] = "6,3", ["MinimumCelgrootte"] = "0", ["Version"] = "0" }, "/rapportage/instellingen");
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var text = WebUtility.HtmlDecode(await invalid.Content.ReadAsStringAsync());
        Assert.Contains("oplopende hele maanden", text, StringComparison.Ordinal);
        Assert.Contains("minimale celgrootte is een heel getal", text, StringComparison.Ordinal);

        var saved = await SignIn.PostFormAsync(beheer, "/rapportage/instellingen",
            new Dictionary<string, string> { ["DoorlooptijdGrenzen"] = "1,3,12", ["MinimumCelgrootte"] = "3", ["Version"] = "0" }, "/rapportage/instellingen");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stale = await SignIn.PostFormAsync(beheer, "/rapportage/instellingen",
            new Dictionary<string, string> { ["DoorlooptijdGrenzen"] = "3,6", ["MinimumCelgrootte"] = "10", ["Version"] = "0" }, "/rapportage/instellingen");
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("minimale celgrootte 3", WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        await ImportAsync(host, beheer, TopXOost2022());
        using var analist = await SignedInAsync(host, Analist);
        var page = WebUtility.HtmlDecode(await analist.GetStringAsync(new Uri("/rapportage?" + Oost2022, UriKind.Relative)));
        Assert.Contains("1–3 maanden", page, StringComparison.Ordinal);
        Assert.Contains("kleiner dan 3", page, StringComparison.Ordinal);
    }

    private static async Task<(Guid PersonId, Guid CaseId)> IdsAsync(ZvhTestHost host)
    {
        using var scope = host.Services.CreateScope();
        var region = await scope.ServiceProvider.GetRequiredService<ZvhPlatform.Kernel.Tenancy.IRegionStore>().FindByKeyAsync("utrecht");
        scope.ServiceProvider.GetRequiredService<ZvhPlatform.Kernel.Tenancy.IRegionContextSetter>().SetRegion(region!, "test");
        var db = scope.ServiceProvider.GetRequiredService<ZvhPlatform.Core.Data.CaseworkDbContext>();
        var casus = db.Casussen.First(c => c.ExternId == "CTX-001");
        return (casus.HoofdpersoonId, casus.Id);
    }
}
