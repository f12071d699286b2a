using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Privacy;
using ZvhPlatform.Kernel.Tenancy;
using ZvhPlatform.Testing;
using static ZvhPlatform.IntegrationTests.Rapportage.RapportageKit;

namespace ZvhPlatform.IntegrationTests.Import;

public sealed class ImportTests
{
    private const string Beheer = "beheer.utrecht@demo.zvh.nl";

    // Line numbers matter: the report must name each problem's line.
    private const string Invalid = """
        {
          "versie": "1",
          "personen": [
            { "id": "P1", "voornamen": "Jan", "achternaam": "Jansen", "gemeente": "GM0307" },
            { "id": "P2", "voornamen": "Kees", "gemeente": "GM9999" },
            { "id": "P1", "voornamen": "Piet", "achternaam": "Pietersen", "gemeente": "GM0307", "bsn": "123456789" }
          ],
          "casussen": [
            { "id": "C1", "persoon": "P1", "module": "coveca", "geopendOp": "2022-01-10",
              "statuswijzigingen": [
                { "datum": "2022-03-01", "naar": "InRegie" },
                { "datum": "2022-02-01", "naar": "Afgesloten" }
              ],
              "afsluiting": { "datum": "2022-02-01", "reden": "Zomaar" } },
            { "id": "C2", "persoon": "P2", "module": "onbekend", "geopendOp": "2022-01-10",
              "statuswijzigingen": [ { "datum": "2022-01-10", "naar": "InRegie" } ] },
            { "id": "C1", "persoon": "P1", "geopendOp": "2022-01-10", "statuswijzigingen": [ { "datum": "2022-01-10", "naar": "InRegie" } ] }
          ]
        }
        """;

    [Fact]
    public async Task An_invalid_file_writes_nothing_and_lists_every_problem_with_its_line()
    {
        using var host = new ZvhTestHost(now: Now);
        using var beheer = await SignedInAsync(host, Beheer);
        var before = await CountsAsync(host);

        var response = await UploadAsync(beheer, Invalid);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("er is niets opgeslagen", html, StringComparison.Ordinal);
        Assert.Contains("Regel 5: Het veld 'achternaam' ontbreekt.", html, StringComparison.Ordinal);
        Assert.Contains("Regel 5: Gemeente 'GM9999' hoort niet bij deze regio", html, StringComparison.Ordinal);
        Assert.Contains("Regel 6: Id 'P1' van een persoon komt vaker voor (ook op regel 4).", html, StringComparison.Ordinal);
        Assert.Contains("Regel 6: BSN '123456789' is ongeldig (elfproef).", html, StringComparison.Ordinal);
        Assert.Contains("Regel 12: De datums staan niet op volgorde: 2022-02-01 ligt vóór 2022-03-01.", html, StringComparison.Ordinal);
        Assert.Contains("Regel 14: Onbekende reden van afsluiten 'Zomaar'", html, StringComparison.Ordinal);
        Assert.Contains("Regel 15: Onbekende aanpak 'onbekend'", html, StringComparison.Ordinal);
        Assert.Contains("Regel 17: Het veld 'module' ontbreekt.", html, StringComparison.Ordinal);
        Assert.Contains("Regel 17: Id 'C1' van een casus komt vaker voor (ook op regel 9).", html, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync(host));
    }

    [Fact]
    public async Task A_file_that_is_not_JSON_is_refused_with_its_line_and_nothing_is_written()
    {
        using var host = new ZvhTestHost(now: Now);
        using var beheer = await SignedInAsync(host, Beheer);
        var before = await CountsAsync(host);

        var response = await UploadAsync(beheer, "{\n  \"versie\": \"1\",\n  \"personen\": [ { \"id\": \"P1\" \n}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("geen geldige JSON", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync(host));
    }

    [Fact]
    public async Task Imported_persons_go_through_the_register_by_BSN_and_the_access_log_with_the_purpose_migratie()
    {
        using var host = new ZvhTestHost(now: Now);
        using var beheer = await SignedInAsync(host, Beheer);
        const string Json = """
            { "versie": "1", "bron": "test",
              "personen": [ { "id": "P1", "bsn": "111222333", "voornamen": "Bea", "achternaam": "Bakker", "gemeente": "GM0307" } ],
              "casussen": [ { "id": "C1", "persoon": "P1", "module": "coveca", "geopendOp": "2023-01-01", "statuswijzigingen": [ { "datum": "2023-01-01", "naar": "InRegie" } ] },
                            { "id": "C2", "persoon": "P1", "module": "coveca", "geopendOp": "2024-01-01", "statuswijzigingen": [ { "datum": "2024-01-01", "naar": "InRegie" } ] } ] }
            """;

        var progress = await ImportAsync(host, beheer, Json);

        Assert.Contains("1 personen geregistreerd", progress, StringComparison.Ordinal);
        Assert.Contains("2 casussen aangemaakt", progress, StringComparison.Ordinal);
        using var scope = host.Services.CreateScope();
        var region = await scope.ServiceProvider.GetRequiredService<IRegionStore>().FindByKeyAsync("utrecht");
        scope.ServiceProvider.GetRequiredService<IRegionContextSetter>().SetRegion(region!, "test");
        var person = await scope.ServiceProvider.GetRequiredService<CoreDbContext>().Persons.SingleAsync(p => p.Bsn == "111222333");
        var purposes = await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Entries.Where(e => e.Persons.Any(p => p.PersonId == person.Id))
            .Select(e => e.Purpose).ToListAsync();
        Assert.NotEmpty(purposes);
        Assert.All(purposes, p => Assert.Equal("Migratie", p));
    }

    [Fact]
    public async Task An_imported_case_is_numbered_after_the_highest_reference_of_its_year_so_a_deleted_cases_number_is_not_handed_out_again()
    {
        using var host = new ZvhTestHost(now: Now);
        using var beheer = await SignedInAsync(host, Beheer);
        using (var scope = host.Services.CreateScope())
        {
            var region = await scope.ServiceProvider.GetRequiredService<IRegionStore>().FindByKeyAsync("utrecht");
            scope.ServiceProvider.GetRequiredService<IRegionContextSetter>().SetRegion(region!, "test");
            var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
            // 2019-0001 was deleted by the retention job: one case of the year left, numbered 0002.
            db.Casussen.Add(new Casus { Kenmerk = "2019-0002", ModuleId = "coveca", Doel = "Procesregie", Grondslag = "WGS", GeopendOp = new DateOnly(2019, 1, 5) });
            await db.SaveChangesAsync();
        }

        const string Json = """
            { "versie": "1", "bron": "test",
              "personen": [ { "id": "P1", "voornamen": "Bea", "achternaam": "Bakker", "gemeente": "GM0307" } ],
              "casussen": [ { "id": "C1", "persoon": "P1", "module": "coveca", "geopendOp": "2019-03-01", "statuswijzigingen": [ { "datum": "2019-03-01", "naar": "InRegie" } ] } ] }
            """;

        var progress = await ImportAsync(host, beheer, Json);

        Assert.Contains("1 casussen aangemaakt", progress, StringComparison.Ordinal);
        using var check = host.Services.CreateScope();
        var utrecht = await check.ServiceProvider.GetRequiredService<IRegionStore>().FindByKeyAsync("utrecht");
        check.ServiceProvider.GetRequiredService<IRegionContextSetter>().SetRegion(utrecht!, "test");
        var kenmerken = await check.ServiceProvider.GetRequiredService<CaseworkDbContext>().Casussen.Where(c => c.Kenmerk.StartsWith("2019-"))
            .Select(c => c.Kenmerk).OrderBy(k => k).ToListAsync();
        Assert.Equal(["2019-0002", "2019-0003"], kenmerken);
    }

    [Fact]
    public async Task Only_the_functioneel_beheerder_can_import()
    {
        using var host = new ZvhTestHost(now: Now);
        using var regisseur = await SignedInAsync(host, "regisseur.utrecht@demo.zvh.nl");

        var response = await regisseur.GetAsync(new Uri("/import", UriKind.Relative));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<(int, int, int, int, int)> CountsAsync(ZvhTestHost host)
    {
        using var scope = host.Services.CreateScope();
        var region = await scope.ServiceProvider.GetRequiredService<IRegionStore>().FindByKeyAsync("utrecht");
        scope.ServiceProvider.GetRequiredService<IRegionContextSetter>().SetRegion(region!, "test");
        var core = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
        return (await core.Persons.CountAsync(), await db.Casussen.CountAsync(), await db.StatusWijzigingen.CountAsync(), await db.ImportOpdrachten.CountAsync(),
            await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Entries.CountAsync());
    }
}
