using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Privacy;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Tenancy;
using ZvhPlatform.Testing;

namespace ZvhPlatform.IntegrationTests.Casework;

/// <summary>
/// A module under its own legal regime (the fixture "proefcompartiment", like CTER): persons known only through
/// its cases, and the cases themselves, do not exist for users without the compartment's permission — not in
/// search, person pages, case lists or the national bekendheidscheck.
/// </summary>
public sealed partial class CompartmentTests
{
    private const string Bsn = "123456782";

    [GeneratedRegex("/personen/([0-9a-f-]{36})/bewerken")]
    private static partial Regex PersonLink();

    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql };

    private static async Task<Guid> RegisterAsync(HttpClient client, string voornaam, string achternaam, string bsn)
    {
        var response = await SignIn.PostFormAsync(client, "/personen/nieuw", new Dictionary<string, string>
        {
            ["Doel"] = Purposes.Aanmelding, ["Bsn"] = bsn, ["Voornamen"] = voornaam, ["Tussenvoegsel"] = "", ["Achternaam"] = achternaam,
            ["Geboortedatum"] = "1985-06-15", ["Geslacht"] = "Man", ["Adres"] = "", ["Postcode"] = "", ["Woonplaats"] = "Utrecht",
            ["GemeenteCode"] = "GM0344", ["Telefoon"] = "", ["Email"] = "", ["Aliassen"] = "", ["Version"] = "0",
        }, "/personen/nieuw");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Guid.Parse(PersonLink().Match(await response.Content.ReadAsStringAsync()).Groups[1].Value);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Persons_and_cases_known_only_in_a_compartment_are_invisible_to_users_outside_it_here_and_nationally(DatabaseProvider provider)
    {
        using var host = new ZvhTestHost(provider, new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        using (var beheer = host.NewClient())
        {
            await SignIn.SignInAsync(beheer, host, "beheer.utrecht@demo.zvh.nl");
            var contract = await SignIn.PostFormAsync(beheer, "/beheer/contracten/nieuw", new Dictionary<string, string>
            {
                ["ModuleId"] = "proefcompartiment", ["Kind"] = "Basistaak", ["ValidFrom"] = "2026-01-01", ["ValidTo"] = "", ["Note"] = "", ["Version"] = "0",
            }, "/beheer/contracten/nieuw");
            Assert.Equal(HttpStatusCode.Redirect, contract.StatusCode);
        }

        using (var scope = host.Services.CreateScope())
        {
            var region = await scope.ServiceProvider.GetRequiredService<IRegionStore>().FindByKeyAsync("utrecht");
            scope.ServiceProvider.GetRequiredService<IRegionContextSetter>().SetRegion(region!, "test");
            var db = scope.ServiceProvider.GetRequiredService<PrivacyDbContext>();
            var version = await db.ProtocolVersies.OrderByDescending(v => v.VersieNummer).FirstAsync();
            db.ProtocolDoelen.Add(new ProtocolDoel { VersieId = version.Id, ModuleId = "proefcompartiment", Doel = "Procesregie", Grondslag = "Wet 36225" });
            await db.SaveChangesAsync();
        }

        using var regisseur = host.NewClient();
        await SignIn.SignInAsync(regisseur, host, "regisseur.utrecht@demo.zvh.nl");
        var hiddenId = await RegisterAsync(regisseur, "Cees", "Compartiment", Bsn);
        var visibleId = await RegisterAsync(regisseur, "Vera", "Zichtbaar", "");
        var opened = await SignIn.PostFormAsync(regisseur, "/casussen/nieuw",
            new Dictionary<string, string> { ["persoon"] = hiddenId.ToString(), ["keuze"] = "proefcompartiment|Procesregie" }, $"/casussen/nieuw?persoon={hiddenId}");
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var casePath = opened.Headers.Location!.OriginalString;

        using var outsider = host.NewClient();
        await SignIn.SignInAsync(outsider, host, "ondersteuning.utrecht@demo.zvh.nl");
        Assert.Contains("0 gevonden", await outsider.GetStringAsync(new Uri("/personen?doel=Procesregie&naam=compartiment", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Contains("0 gevonden", await outsider.GetStringAsync(new Uri($"/personen?doel=Procesregie&bsn={Bsn}", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Contains("1 gevonden", await outsider.GetStringAsync(new Uri("/personen?doel=Procesregie&naam=zichtbaar", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(new Uri($"/personen/{hiddenId}?doel=Procesregie", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await outsider.GetAsync(new Uri($"/personen/{visibleId}?doel=Procesregie", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(new Uri(casePath, UriKind.Relative))).StatusCode);
        Assert.DoesNotContain(casePath, await outsider.GetStringAsync(new Uri("/casussen", UriKind.Relative)), StringComparison.Ordinal);

        Assert.Contains("1 gevonden", await regisseur.GetStringAsync(new Uri("/personen?doel=Procesregie&naam=compartiment", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await regisseur.GetAsync(new Uri(casePath, UriKind.Relative))).StatusCode);

        using var drentheOutsider = host.NewClient();
        await SignIn.SignInAsync(drentheOutsider, host, "beheer.drenthe@demo.zvh.nl");
        Assert.Contains("data-testid=\"national-unknown\"",
            await drentheOutsider.GetStringAsync(new Uri($"/personen/bekendheidscheck?bsn={Bsn}", UriKind.Relative)), StringComparison.Ordinal);
        using var drentheInside = host.NewClient();
        await SignIn.SignInAsync(drentheInside, host, "regisseur.drenthe@demo.zvh.nl");
        Assert.Contains("<strong>Bekend</strong> bij ZVH Regio Utrecht",
            await drentheInside.GetStringAsync(new Uri($"/personen/bekendheidscheck?bsn={Bsn}", UriKind.Relative)), StringComparison.Ordinal);
    }
}
