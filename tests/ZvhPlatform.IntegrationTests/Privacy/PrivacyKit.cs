using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Tenancy;
using ZvhPlatform.Testing;

namespace ZvhPlatform.IntegrationTests.Privacy;

/// <summary>Shared steps of the privacy tests: registering persons and requests through the screens, reading the log.</summary>
internal static partial class PrivacyKit
{
    public const string Officer = "privacy.utrecht@demo.zvh.nl";
    public const string Ondersteuner = "ondersteuning.utrecht@demo.zvh.nl";
    public const string Beheerder = "beheer.utrecht@demo.zvh.nl";

    [GeneratedRegex("/personen/([0-9a-f-]{36})/bewerken")]
    private static partial Regex PersonEditLink();

    public static Dictionary<string, string> Person(string achternaam, string? bsn = null, string voornamen = "Jan", string dob = "1990-04-01",
        string adres = "Dorpsstraat 1", string doel = Purposes.Aanmelding) => new()
    {
        ["Doel"] = doel, ["Bsn"] = bsn ?? "", ["Voornamen"] = voornamen, ["Tussenvoegsel"] = "", ["Achternaam"] = achternaam,
        ["Geboortedatum"] = dob, ["Geslacht"] = "Man", ["Adres"] = adres, ["Postcode"] = "3511 AA", ["Woonplaats"] = "Utrecht",
        ["GemeenteCode"] = "GM0344", ["Telefoon"] = "", ["Email"] = "", ["Aliassen"] = "", ["Version"] = "0",
    };

    public static async Task<Guid> RegisterPersonAsync(HttpClient client, Dictionary<string, string> fields)
    {
        var response = await SignIn.PostFormAsync(client, "/personen/nieuw", fields, "/personen/nieuw");
        var match = PersonEditLink().Match(await response.Content.ReadAsStringAsync());
        Assert.True(match.Success, $"Person not registered: {(int)response.StatusCode}");
        return Guid.Parse(match.Groups[1].Value);
    }

    /// <summary>Registers a request as the officer would: through the register page; returns its id.</summary>
    public static async Task<Guid> RegisterVerzoekAsync(HttpClient officer, Guid personId, string soort, DateOnly ontvangenOp, string tokenPage)
    {
        var response = await SignIn.PostFormAsync(officer, "/privacy/verzoeken/nieuw", new Dictionary<string, string>
        {
            ["PersonId"] = personId.ToString(), ["Soort"] = soort, ["OntvangenOp"] = ontvangenOp.ToString("yyyy-MM-dd"),
            ["Omschrijving"] = "Per brief ontvangen.",
        }, tokenPage);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    public static async Task<IReadOnlyList<(AccessAction Action, string Purpose, Guid[] Persons, string Subject)>> LogAsync(ZvhTestHost host)
    {
        using var scope = host.Services.CreateScope();
        await InRegionAsync(scope, "utrecht");
        var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
        return (await db.Entries.Include(e => e.Persons).OrderBy(e => e.Sequence).ToListAsync())
            .Select(e => (e.Action, e.Purpose, e.Persons.Select(p => p.PersonId).ToArray(), e.Subject)).ToList();
    }

    public static async Task InRegionAsync(IServiceScope scope, string regionKey)
    {
        var region = await scope.ServiceProvider.GetRequiredService<IRegionStore>().FindByKeyAsync(regionKey);
        scope.ServiceProvider.GetRequiredService<IRegionContextSetter>().SetRegion(region!, "test");
    }
}
