using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Tenancy;
using ZvhPlatform.Testing;

namespace ZvhPlatform.IntegrationTests.Security;

/// <summary>
/// Every page that shows a person's data writes an access-log line for that person with all mandatory fields
/// (when, who, role, organisation, action, purpose, outcome, hash chain), and the chain stays intact.
/// </summary>
public sealed partial class AccessLogCoverageTests
{
    [GeneratedRegex("/personen/([0-9a-f-]{36})/bewerken")]
    private static partial Regex PersonLink();

    [Fact]
    public async Task Every_page_that_shows_a_person_logs_that_person_with_all_mandatory_fields()
    {
        using var host = new ZvhTestHost();
        using var staff = host.NewClient();
        await SignIn.SignInAsync(staff, host, "ondersteuning.utrecht@demo.zvh.nl");
        var registered = await SignIn.PostFormAsync(staff, "/personen/nieuw", new Dictionary<string, string>
        {
            ["Doel"] = Purposes.Aanmelding, ["Bsn"] = "111222333", ["Voornamen"] = "Lotte", ["Tussenvoegsel"] = "", ["Achternaam"] = "Logboek",
            ["Geboortedatum"] = "1991-02-03", ["Geslacht"] = "Vrouw", ["Adres"] = "", ["Postcode"] = "", ["Woonplaats"] = "", ["GemeenteCode"] = "",
            ["Telefoon"] = "", ["Email"] = "", ["Aliassen"] = "", ["Version"] = "0",
        }, "/personen/nieuw");
        var personId = Guid.Parse(PersonLink().Match(await registered.Content.ReadAsStringAsync()).Groups[1].Value);

        var pages = new[]
        {
            ($"/personen/{personId}?doel=Procesregie", AccessAction.Inzien),
            ($"/personen/{personId}/bewerken?doel=Procesregie", AccessAction.Inzien),
            ("/personen?doel=Procesregie&naam=logboek", AccessAction.Zoeken),
            ("/personen?doel=Procesregie&bsn=111222333", AccessAction.Zoeken),
            ("/personen/bekendheidscheck?bsn=111222333", AccessAction.Zoeken),
        };
        var missing = new List<string>();
        foreach (var (path, action) in pages)
        {
            var before = await CountAsync(host, personId);
            var response = await staff.GetAsync(new Uri(path, UriKind.Relative));
            response.EnsureSuccessStatusCode();
            var after = await EntriesAsync(host, personId);
            var added = after.Skip(before).ToList();
            if (!added.Any(e => e.Action == action && e.UserName == "Olga Steun" && e.Role.Length > 0 && e.Organisation.Length > 0
                                && e.Purpose.Length > 0 && e.Outcome == "toegestaan" && e.OccurredUtc > DateTime.MinValue && e.Hash.Length == 64))
            {
                missing.Add(path);
            }
        }

        Assert.Empty(missing);
        using var officer = host.NewClient();
        await SignIn.SignInAsync(officer, host, "privacy.utrecht@demo.zvh.nl");
        Assert.Contains("data-testid=\"log-intact\"", await officer.GetStringAsync(new Uri("/privacy/toegangslog/controle", UriKind.Relative)), StringComparison.Ordinal);
    }

    private static async Task<int> CountAsync(ZvhTestHost host, Guid personId) => (await EntriesAsync(host, personId)).Count;

    private static async Task<List<Core.Privacy.AccessLogEntry>> EntriesAsync(ZvhTestHost host, Guid personId)
    {
        using var scope = host.Services.CreateScope();
        var region = await scope.ServiceProvider.GetRequiredService<IRegionStore>().FindByKeyAsync("utrecht");
        scope.ServiceProvider.GetRequiredService<IRegionContextSetter>().SetRegion(region!, "test");
        return await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Entries.AsNoTracking()
            .Where(e => e.Persons.Any(p => p.PersonId == personId)).OrderBy(e => e.Sequence).ToListAsync();
    }
}
