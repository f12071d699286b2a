using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.IntegrationTests.Http;
using ZvhPlatform.Kernel.Data;

namespace ZvhPlatform.IntegrationTests.PgaTafel;

/// <summary>
/// The contract and invoicing view: per plustaak who bought it for which period, and the work per municipality in a period from
/// the core's casework tables and from the module itself (<c>IModuleWorkCounter</c>), on screen and as CSV and Excel.
/// </summary>
public sealed class FacturatieTests
{
    private static async Task<PgaTafelKit> TwentyTwentyThreeAsync(DatabaseProvider provider)
    {
        var kit = await PgaTafelKit.StartAsync(provider);
        var (emmen, _) = await kit.OpenCaseAsync("Emmer", PgaTafelKit.Emmen);
        await kit.OpenCaseAsync("Emmer-Twee", PgaTafelKit.Emmen);
        await kit.OpenCaseAsync("Coevordenaar", PgaTafelKit.Coevorden);
        // The meeting's agenda takes every case due: one meeting for Emmen and one for Coevorden.
        using (var meeting = await kit.Staff.PostAsync("/overleggen/nieuw",
                   [new("titel", "PGA-tafel maart"), new("moduleId", "pgatafel"), new("aanvang", "2023-03-08T10:00"), new("locatie", "Emmen")], "/overleggen/nieuw"))
        {
            Assert.Equal(HttpStatusCode.Redirect, meeting.StatusCode);
        }

        Guid politie = Guid.Empty;
        await kit.InRegionAsync(async sp => politie = (await sp.GetRequiredService<ZvhPlatform.Core.Contracts.Partners.IPartnerDirectory>().ActivePartnersAsync())
            .First(p => p.Type == ZvhPlatform.Core.Contracts.Partners.PartnerType.Politie).Id);
        using (var opschaling = await kit.Staff.PostAsync($"/pgatafel/casussen/{emmen}/opschalen",
                   [new("subAanpak", "topx"), new("verwijzerPartnerId", politie.ToString()), new("hoofdonderwerp", "(Ernstige) overlast"),
                       new("reden", "Top X nodig."), new("persoonGeinformeerd", "true"), new("nietGeinformeerdReden", "")], $"/pgatafel/casussen/{emmen}"))
        {
            Assert.Equal(HttpStatusCode.Redirect, opschaling.StatusCode);
        }

        return kit;
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_invoicing_view_shows_the_PGA_tafel_contract_and_the_2023_work_per_municipality_from_the_core_and_the_module(DatabaseProvider provider)
    {
        using var kit = await TwentyTwentyThreeAsync(provider);
        kit.Host.Clock.SetUtcNow(PgaTafelKit.In2024);
        using var beheer = await kit.Host.SignedInAsync(PgaTafelKit.Beheer);

        // Default period: the previous calendar year.
        var (status, html) = await beheer.PageAsync("/beheer/contracten/facturatie");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("value=\"2023-01-01\"", html, StringComparison.Ordinal);
        Assert.Contains("01-01-2023 t/m 31-12-2023: Borger-Odoorn, Coevorden, Emmen", html, StringComparison.Ordinal);
        var columns = new[] { "geopend", "actief", "aanmeldingen", "overleggen", "module-casussen", "module-meldingen", "module-overleggen" };
        Dictionary<string, int> Expected(params int[] values) => columns.Zip(values).ToDictionary(p => p.First, p => p.Second);
        Assert.Equal(Expected(2, 2, 0, 1, 0, 1, 0), PgaTafelTests.Row(html, "facturatie-pgatafel", PgaTafelKit.Emmen));
        Assert.Equal(Expected(1, 1, 0, 1, 0, 0, 0), PgaTafelTests.Row(html, "facturatie-pgatafel", PgaTafelKit.Coevorden));
        Assert.Equal(Expected(0, 0, 0, 0, 0, 0, 0), PgaTafelTests.Row(html, "facturatie-pgatafel", PgaTafelKit.BorgerOdoorn));
        Assert.Equal(Expected(3, 3, 0, 2, 0, 1, 0), PgaTafelTests.Row(html, "facturatie-pgatafel", "totaal"));
        // Municipalities that never bought the PGA-tafel and had no work in it are not invoiced.
        Assert.DoesNotContain("data-gemeente=\"GM0106\"", html[html.IndexOf("facturatie-pgatafel", StringComparison.Ordinal)..], StringComparison.Ordinal);

        // 2024: the contract ended; the open cases are still active work, nothing new was opened.
        var (_, later) = await beheer.PageAsync("/beheer/contracten/facturatie?van=2024-01-01&tot=2024-12-31");
        Assert.Equal(Expected(0, 2, 0, 0, 0, 0, 0), PgaTafelTests.Row(later, "facturatie-pgatafel", PgaTafelKit.Emmen));
        Assert.Contains("(niet in de periode)", later, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_invoicing_view_exports_the_same_cells_as_CSV_and_Excel_and_refuses_a_wrong_period_and_other_roles()
    {
        using var kit = await TwentyTwentyThreeAsync(DatabaseProvider.Sqlite);
        using var beheer = await kit.Host.SignedInAsync(PgaTafelKit.Beheer);

        using (var csv = await beheer.GetPathAsync("/beheer/contracten/facturatie/export.csv?van=2023-01-01&tot=2023-12-31"))
        {
            Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
            Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
            Assert.Contains("facturatie-plustaken-20230101-20231231.csv", csv.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
            var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
            Assert.Contains("Facturatie plustaken, 01-01-2023 t/m 31-12-2023", text, StringComparison.Ordinal);
            Assert.Contains("Plustaak PGA-tafel", text, StringComparison.Ordinal);
            Assert.Contains(";Contractperiode;Casussen geopend;Casussen actief;Aanmeldingen;Casusoverleggen;Module: casussen;Module: meldingen;Module: overleggen", text,
                StringComparison.Ordinal);
            Assert.Contains("Emmen;01-01-2023 t/m 31-12-2023;2;2;0;1;0;1;0\r\n", text, StringComparison.Ordinal);
            Assert.Contains("Coevorden;01-01-2023 t/m 31-12-2023;1;1;0;1;0;0;0\r\n", text, StringComparison.Ordinal);
            Assert.Contains("Totaal;;3;3;0;2;0;1;0\r\n", text, StringComparison.Ordinal);
        }

        using (var xlsx = await beheer.GetPathAsync("/beheer/contracten/facturatie/export.xlsx?van=2023-01-01&tot=2023-12-31"))
        {
            Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
            Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
            using var zip = new ZipArchive(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()));
            var sheets = zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)).ToList();
            var pga = sheets.Select(e => new StreamReader(e.Open()).ReadToEnd()).Single(s => s.Contains("Plustaak PGA-tafel", StringComparison.Ordinal));
            var emmen = pga[pga.IndexOf("<t>Emmen</t>", StringComparison.Ordinal)..];
            emmen = emmen[..emmen.IndexOf("</row>", StringComparison.Ordinal)];
            Assert.Equal(["2", "2", "0", "1", "0", "1", "0"], System.Text.RegularExpressions.Regex.Matches(emmen, "<v>(\\d+)</v>").Select(m => m.Groups[1].Value));
        }

        var (bad, badPage) = await beheer.PageAsync("/beheer/contracten/facturatie?van=2023-12-31&tot=2023-01-01");
        Assert.Equal(HttpStatusCode.BadRequest, bad);
        Assert.Contains("De einddatum van de periode ligt vóór de begindatum.", badPage, StringComparison.Ordinal);
        var (unparsable, garbled) = await beheer.PageAsync("/beheer/contracten/facturatie?van=gisteren&tot=2023-01-01");
        Assert.Equal(HttpStatusCode.BadRequest, unparsable);
        Assert.Contains("Vul bij 'van' een geldige datum in (jjjj-mm-dd).", garbled, StringComparison.Ordinal);
        using (var badCsv = await beheer.GetPathAsync("/beheer/contracten/facturatie/export.csv?van=2023-12-31&tot=2023-01-01"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, badCsv.StatusCode);
        }

        // The procesregisseur works on cases, not on invoices.
        using var regisseur = await kit.Host.SignedInAsync(PgaTafelKit.Regisseur);
        using var refused = await regisseur.GetPathAsync("/beheer/contracten/facturatie");
        Assert.True(Regie.RegieKit.Refused(refused), $"Expected a refusal, got {(int)refused.StatusCode}");
    }
}
