using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Tenancy;
using ZvhPlatform.Testing;

namespace ZvhPlatform.IntegrationTests.Persons;

public sealed class NationalKnownCheckTests
{
    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql };

    private static async Task RegisterInDrentheAsync(ZvhTestHost host)
    {
        using var drenthe = host.NewClient();
        await SignIn.SignInAsync(drenthe, host, "regisseur.drenthe@demo.zvh.nl");
        var response = await SignIn.PostFormAsync(drenthe, "/personen/nieuw", new Dictionary<string, string>
        {
            ["Doel"] = Purposes.Aanmelding, ["Bsn"] = "111222333", ["Voornamen"] = "Henk", ["Tussenvoegsel"] = "van", ["Achternaam"] = "Dijk",
            ["Geboortedatum"] = "1979-11-30", ["Geslacht"] = "Man", ["Adres"] = "Geheime Laan 7", ["Postcode"] = "9401 AB",
            ["Woonplaats"] = "Assen", ["GemeenteCode"] = "GM0106", ["Telefoon"] = "0612345678", ["Email"] = "", ["Aliassen"] = "", ["Version"] = "0",
        }, "/personen/nieuw");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<List<(string Subject, int Persons, string User)>> LogOfAsync(ZvhTestHost host, string key)
    {
        using var scope = host.Services.CreateScope();
        var region = await scope.ServiceProvider.GetRequiredService<IRegionStore>().FindByKeyAsync(key);
        scope.ServiceProvider.GetRequiredService<IRegionContextSetter>().SetRegion(region!, "test");
        return (await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Entries.Include(e => e.Persons).ToListAsync())
            .Select(e => (e.Subject, e.Persons.Count, e.UserName)).ToList();
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_person_known_in_another_region_is_reported_by_region_and_contact_point_only_and_the_check_is_logged_in_both(DatabaseProvider provider)
    {
        using var host = new ZvhTestHost(provider);
        await RegisterInDrentheAsync(host);
        using var utrecht = host.NewClient();
        await SignIn.SignInAsync(utrecht, host, "regisseur.utrecht@demo.zvh.nl");

        var byBsn = await utrecht.GetStringAsync(new Uri("/personen/bekendheidscheck?bsn=111222333", UriKind.Relative));
        var byName = await utrecht.GetStringAsync(new Uri("/personen/bekendheidscheck?naam=van%20dijk&geboortedatum=1979-11-30", UriKind.Relative));

        Assert.Contains("<strong>Bekend</strong> bij Zorg- en Veiligheidshuis Drenthe", byBsn, StringComparison.Ordinal);
        Assert.Contains("contactpunt@zvhd.demo", byBsn, StringComparison.Ordinal);
        Assert.Contains("<strong>Mogelijk bekend</strong> bij Zorg- en Veiligheidshuis Drenthe", byName, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"local-unknown\"", byBsn, StringComparison.Ordinal);
        foreach (var page in new[] { byBsn, byName })
        {
            Assert.DoesNotContain("Henk", page, StringComparison.Ordinal);
            Assert.DoesNotContain("Geheime Laan", page, StringComparison.Ordinal);
            Assert.DoesNotContain("Assen", page, StringComparison.Ordinal);
            Assert.DoesNotContain("0612345678", page, StringComparison.Ordinal);
        }

        var drentheLog = await LogOfAsync(host, "drenthe");
        Assert.Equal(2, drentheLog.Count(e => e.Subject == "landelijke bekendheidscheck vanuit ZVH Regio Utrecht" && e.Persons == 1 && e.User == "Pieter Regie"));
        var utrechtLog = await LogOfAsync(host, "utrecht");
        Assert.Equal(2, utrechtLog.Count(e => e.Subject == "landelijke bekendheidscheck" && e.Persons == 0));
    }

    [Fact]
    public async Task A_person_unknown_elsewhere_is_reported_as_unknown_and_a_check_without_bsn_needs_a_date_of_birth()
    {
        using var host = new ZvhTestHost();
        await RegisterInDrentheAsync(host);
        using var utrecht = host.NewClient();
        await SignIn.SignInAsync(utrecht, host, "regisseur.utrecht@demo.zvh.nl");

        var unknown = await utrecht.GetStringAsync(new Uri("/personen/bekendheidscheck?bsn=123456782", UriKind.Relative));
        var noDob = await utrecht.GetAsync(new Uri("/personen/bekendheidscheck?naam=dijk", UriKind.Relative));

        Assert.Contains("data-testid=\"national-unknown\"", unknown, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noDob.StatusCode);
        Assert.Contains("met geboortedatum", await noDob.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
