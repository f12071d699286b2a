using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Tenancy;
using ZvhPlatform.Testing;

namespace ZvhPlatform.IntegrationTests.CoVeCa;

/// <summary>The real host with the CoVeCa module (the test case directory is registered by <see cref="ZvhTestHost"/> where the core has none).</summary>
internal sealed class CoVeCaTestHost(DatabaseProvider provider, DateTimeOffset now) : ZvhTestHost(provider, now);

internal static partial class CoVeCaKit
{
    public const string Regisseur = "regisseur.utrecht@demo.zvh.nl";
    public const string Beheer = "beheer.utrecht@demo.zvh.nl";
    public const string Partner = "partner@demo.zvh.nl";
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [GeneratedRegex("/personen/([0-9a-f-]{36})/bewerken")]
    private static partial Regex PersonLink();

    [GeneratedRegex("^/casussen/([0-9a-f-]{36})$")]
    private static partial Regex CaseLocation();

    [GeneratedRegex("name=\"version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();

    public static async Task InRegionAsync(ZvhTestHost host, string key, Func<IServiceProvider, Task> work)
    {
        using var scope = host.Services.CreateScope();
        var region = await scope.ServiceProvider.GetRequiredService<IRegionStore>().FindByKeyAsync(key);
        scope.ServiceProvider.GetRequiredService<IRegionContextSetter>().SetRegion(region!, "test");
        await work(scope.ServiceProvider);
    }

    public static async Task<HttpClient> SignedInAsync(ZvhTestHost host, string email, string? baseAddress = null)
    {
        var client = host.NewClient(baseAddress);
        await SignIn.SignInAsync(client, host, email);
        return client;
    }

    /// <summary>Registers a person in Utrecht and opens a CoVeCa case for them; optionally sets the sub-aanpak as triage would.</summary>
    public static async Task<(Guid CaseId, Guid PersonId)> OpenCaseAsync(ZvhTestHost host, HttpClient staff, string? subAanpak = null,
        string achternaam = "Pieters")
    {
        var register = await SignIn.PostFormAsync(staff, "/personen/nieuw", new Dictionary<string, string>
        {
            ["Doel"] = Purposes.Aanmelding, ["Bsn"] = "", ["Voornamen"] = "Piet", ["Tussenvoegsel"] = "", ["Achternaam"] = achternaam,
            ["Geboortedatum"] = "1990-05-05", ["Geslacht"] = "Man", ["Adres"] = "", ["Postcode"] = "", ["Woonplaats"] = "Utrecht",
            ["GemeenteCode"] = "GM0344", ["Telefoon"] = "", ["Email"] = "", ["Aliassen"] = "", ["Version"] = "0",
        }, "/personen/nieuw");
        var personId = Guid.Parse(PersonLink().Match(await register.Content.ReadAsStringAsync()).Groups[1].Value);
        var opened = await SignIn.PostFormAsync(staff, "/casussen/nieuw",
            new Dictionary<string, string> { ["persoon"] = personId.ToString(), ["keuze"] = "coveca|Procesregie" }, $"/casussen/nieuw?persoon={personId}");
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var caseId = Guid.Parse(CaseLocation().Match(opened.Headers.Location?.OriginalString ?? "").Groups[1].Value);
        if (subAanpak is not null)
        {
            await InRegionAsync(host, "utrecht", async sp =>
            {
                var db = sp.GetRequiredService<CaseworkDbContext>();
                var casus = await db.Casussen.SingleAsync(c => c.Id == caseId);
                casus.SubAanpak = subAanpak;
                await db.SaveChangesAsync();
            });
        }

        return (caseId, personId);
    }

    public static long Version(string html) => long.Parse(VersionField().Match(html).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<Guid> PartnerIdAsync(ZvhTestHost host, string name)
    {
        var id = Guid.Empty;
        await InRegionAsync(host, "utrecht", async sp =>
        {
            var partners = await sp.GetRequiredService<ZvhPlatform.Core.Contracts.Partners.IPartnerDirectory>().ActivePartnersAsync();
            id = partners.Single(p => p.Naam == name).Id;
        });
        return id;
    }

    /// <summary>The criterion ids of a checklist on the case screen, in order.</summary>
    public static IReadOnlyList<Guid> CriteriaOn(string html, string lijst) =>
        Regex.Matches(html, $"id=\"v-{lijst}-([0-9a-f-]{{36}})-ja\"").Select(m => Guid.Parse(m.Groups[1].Value)).ToList();

    public static Dictionary<string, string> ChecklistFields(IEnumerable<Guid> criteria, long version, string antwoord = "ja")
    {
        var fields = new Dictionary<string, string> { ["version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        foreach (var c in criteria)
        {
            fields[$"voldaan_{c}"] = antwoord;
            fields[$"toelichting_{c}"] = "Besproken in het casusoverleg";
        }

        return fields;
    }
}
