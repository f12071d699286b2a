using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Data;
using ZvhPlatform.IntegrationTests.Kernel;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Tenancy;
using ZvhPlatform.Testing;
using ZvhPlatform.Web.Hosting;
using static ZvhPlatform.IntegrationTests.Rapportage.RapportageKit;

namespace ZvhPlatform.IntegrationTests.Rapportage;

/// <summary>Acceptance: importing the 2022 Top X Oost flows makes the caseload report show exactly the published figures, on screen and from the command line.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class TopXOostTests
{
    private const string Beheer = "beheer.utrecht@demo.zvh.nl";
    private const string Manager = "manager.utrecht@demo.zvh.nl";
    private const string Analist = "analist.utrecht@demo.zvh.nl";
    private const string Oost2022 = "/rapportage?module=coveca&van=2022-01-01&tot=2022-12-31&district=Oost";

    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_imported_Top_X_Oost_2022_flows_give_exactly_the_published_caseload_and_a_second_import_changes_nothing(DatabaseProvider provider)
    {
        using var host = new ZvhTestHost(provider, Now);
        using var beheer = await SignedInAsync(host, Beheer);
        var json = TopXOost2022();

        var progress = await ImportAsync(host, beheer, json);

        Assert.Contains("data-status=\"Gereed\"", progress, StringComparison.Ordinal);
        Assert.Contains("144 personen geregistreerd", progress, StringComparison.Ordinal);
        using var manager = await SignedInAsync(host, Manager);
        var page = await manager.GetStringAsync(new Uri(Oost2022, UriKind.Relative));
        Assert.Equal(["117", "25", "51", "91", "142", "+25 | -51"], Row(page, "caseload", "District Oost"));
        foreach (var g in Oost)
        {
            var row = Row(page, "caseload", g.Naam);
            Assert.Equal($"+{g.In} | -{g.Uit}", row[5]);
            Assert.Equal(g.Begin.ToString(System.Globalization.CultureInfo.InvariantCulture), row[0]);
        }

        Assert.DoesNotContain("data-rij=\"Utrecht\"", page, StringComparison.Ordinal);
        var region = await manager.GetStringAsync(new Uri("/rapportage?module=coveca&van=2022-01-01&tot=2022-12-31", UriKind.Relative));
        Assert.Equal(["117", "26", "51", "92", "143", "+26 | -51"], Row(region, "caseload", "Totaal"));
        Assert.Equal(["25", "1", "0", "0", "0", "26"], Row(page, "aanmeldingen", "Totaal"));

        var counts = await CountsAsync(host);
        var again = await ImportAsync(host, beheer, json);
        Assert.Contains("0 personen geregistreerd", again, StringComparison.Ordinal);
        Assert.Contains("169 al eerder geïmporteerd en overgeslagen", again, StringComparison.Ordinal);
        Assert.Equal(counts, await CountsAsync(host));
        var after = await manager.GetStringAsync(new Uri(Oost2022, UriKind.Relative));
        foreach (var rij in Oost.Select(g => g.Naam).Append("District Oost"))
        {
            Assert.Equal(Row(page, "caseload", rij), Row(after, "caseload", rij));
        }

        Assert.Equal(Row(page, "aanmeldingen", "Totaal"), Row(after, "aanmeldingen", "Totaal"));

        var command = await ReportCommandAsync(host, "json");
        Assert.True(command.ExitCode == 0, command.Error);
        using var doc = JsonDocument.Parse(command.Out);
        var oost = doc.RootElement.GetProperty("regels").EnumerateArray().Single(r => r.GetProperty("naam").GetString() == "District Oost");
        Assert.Equal(117, oost.GetProperty("inRegieBegin").GetInt32());
        Assert.Equal(25, oost.GetProperty("instroom").GetInt32());
        Assert.Equal(51, oost.GetProperty("uitstroom").GetInt32());
        Assert.Equal(91, oost.GetProperty("inRegieEind").GetInt32());
        Assert.Equal(142, oost.GetProperty("totaleCaseload").GetInt32());
        var amersfoort = doc.RootElement.GetProperty("regels").EnumerateArray().Single(r => r.GetProperty("naam").GetString() == "Amersfoort");
        Assert.Equal(6, amersfoort.GetProperty("instroom").GetInt32());
        Assert.Equal(22, amersfoort.GetProperty("uitstroom").GetInt32());
        var csv = await ReportCommandAsync(host, "csv");
        Assert.Contains("district;Oost;;District Oost;117;25;51;91;142", csv.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_regions_cases_are_never_counted()
    {
        using var host = new ZvhTestHost(DatabaseProvider.Sqlite, Now);
        using var beheer = await SignedInAsync(host, Beheer);
        await ImportAsync(host, beheer, TopXOost2022());
        using var drenthe = await SignedInAsync(host, "beheer.drenthe@demo.zvh.nl");
        var drentheJson = JsonSerializer.Serialize(new
        {
            versie = "1",
            personen = new[] { new { id = "D1", voornamen = "Dirk", achternaam = "Drent", gemeente = "GM0106" } },
            casussen = new[]
            {
                new { id = "DC1", persoon = "D1", module = "coveca", gemeente = "GM0106", geopendOp = "2022-02-01", statuswijzigingen = new[] { new { datum = "2022-02-01", naar = "InRegie" } } },
            },
        });
        Assert.Contains("data-status=\"Gereed\"", await ImportAsync(host, drenthe, drentheJson, "drenthe"), StringComparison.Ordinal);

        using var manager = await SignedInAsync(host, Manager);
        var page = await manager.GetStringAsync(new Uri("/rapportage?module=coveca&van=2022-01-01&tot=2022-12-31", UriKind.Relative));

        Assert.Equal(["117", "26", "51", "92", "143", "+26 | -51"], Row(page, "caseload", "Totaal"));
        Assert.DoesNotContain("Assen", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Gemeente onbekend", page, StringComparison.Ordinal);
    }

    private static async Task<(int Personen, int Casussen, int Aanmeldingen, int Wijzigingen, int Pga)> CountsAsync(ZvhTestHost host)
    {
        using var scope = host.Services.CreateScope();
        var region = await scope.ServiceProvider.GetRequiredService<IRegionStore>().FindByKeyAsync("utrecht");
        scope.ServiceProvider.GetRequiredService<IRegionContextSetter>().SetRegion(region!, "test");
        var core = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
        return (await core.Persons.CountAsync(), await db.Casussen.CountAsync(), await db.Aanmeldingen.CountAsync(), await db.StatusWijzigingen.CountAsync(),
            await db.PgaMetingen.CountAsync());
    }

    private static async Task<(int ExitCode, string Out, string Error)> ReportCommandAsync(ZvhTestHost host, string format)
    {
        string[] args =
        [
            "report", "caseload", "--region", "utrecht", "--module", "coveca", "--from", "2022-01-01", "--to", "2022-12-31", "--format", format,
            $"--Database:Provider={host.Database.Provider}", $"--Database:ConnectionString={host.Database.ConnectionString}", $"--Zvh:DataFolder={host.Database.DataFolder}",
        ];
        var originalOut = Console.Out;
        var originalError = Console.Error;
        var output = new StringWriter();
        var error = new StringWriter();
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var exit = await ZvhHost.RunAsync(args);
            return (exit, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(originalOut);
            Console.SetError(originalError);
        }
    }
}
