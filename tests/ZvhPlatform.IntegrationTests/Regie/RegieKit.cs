using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Privacy;
using ZvhPlatform.IntegrationTests.Http;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Tenancy;
using ZvhPlatform.Testing;

namespace ZvhPlatform.IntegrationTests.Regie;

/// <summary>
/// Utrecht with the fixture aanpak contracted and a protocol purpose for it, a signed-in procesregisseur, and helpers
/// to open cases through the real screens.
/// </summary>
internal sealed partial class RegieKit : IDisposable
{
    public const string Regisseur = "regisseur.utrecht@demo.zvh.nl";
    public const string Ondersteuner = "ondersteuning.utrecht@demo.zvh.nl";
    public const string Partner = "partner@demo.zvh.nl";
    public const string Beheer = "beheer.utrecht@demo.zvh.nl";
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [GeneratedRegex("/personen/([0-9a-f-]{36})/bewerken")]
    private static partial Regex PersonLink();

    [GeneratedRegex("casussen/([0-9a-f-]{36})$")]
    private static partial Regex CaseLocation();

    private RegieKit(ZvhTestHost host, HttpClient staff, string mailFolder)
    {
        Host = host;
        Staff = staff;
        MailFolder = mailFolder;
    }

    public ZvhTestHost Host { get; }

    public HttpClient Staff { get; }

    public string MailFolder { get; }

    public static async Task<RegieKit> StartAsync(DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var mail = Path.Combine(Path.GetTempPath(), "zvh-mail-" + Guid.NewGuid().ToString("N"));
        var host = new ZvhTestHost(provider, Start, settings: new Dictionary<string, string?> { ["Email:PickupDirectory"] = mail });
        await host.ContractAsync(Beheer, new DateOnly(2026, 1, 1), null);
        await InRegionAsync(host, async sp =>
        {
            var db = sp.GetRequiredService<PrivacyDbContext>();
            var version = await db.ProtocolVersies.OrderByDescending(v => v.VersieNummer).FirstAsync();
            db.ProtocolDoelen.Add(new ProtocolDoel { VersieId = version.Id, ModuleId = "proefaanpak", Doel = "Procesregie", Grondslag = "art. 6 lid 1 sub e AVG; WGS" });
            await db.SaveChangesAsync();
        });
        var staff = await host.SignedInAsync(Regisseur);
        return new RegieKit(host, staff, mail);
    }

    public static async Task InRegionAsync(ZvhTestHost host, Func<IServiceProvider, Task> work, string key = "utrecht")
    {
        using var scope = host.Services.CreateScope();
        var region = await scope.ServiceProvider.GetRequiredService<IRegionStore>().FindByKeyAsync(key);
        scope.ServiceProvider.GetRequiredService<IRegionContextSetter>().SetRegion(region!, "test");
        await work(scope.ServiceProvider);
    }

    public Task InRegionAsync(Func<IServiceProvider, Task> work) => InRegionAsync(Host, work);

    /// <summary>Registers a person and opens a case in the fixture aanpak for them; returns the case id and kenmerk.</summary>
    public async Task<(Guid Id, string Kenmerk, Guid PersonId)> OpenCaseAsync(string voornaam, string achternaam)
    {
        using var registered = await Staff.PostAsync("/personen/nieuw",
        [
            new("Doel", Purposes.Aanmelding), new("Bsn", ""), new("Voornamen", voornaam), new("Tussenvoegsel", ""), new("Achternaam", achternaam),
            new("Geboortedatum", "1980-01-01"), new("Geslacht", "X"), new("Adres", ""), new("Postcode", ""), new("Woonplaats", "Utrecht"),
            new("GemeenteCode", "GM0344"), new("Telefoon", ""), new("Email", ""), new("Aliassen", ""), new("Version", "0"),
        ], "/personen/nieuw");
        var personId = Guid.Parse(PersonLink().Match(await registered.Content.ReadAsStringAsync()).Groups[1].Value);
        using var opened = await Staff.PostAsync("/casussen/nieuw", [new("persoon", personId.ToString()), new("keuze", "proefaanpak|Procesregie")],
            $"/casussen/nieuw?persoon={personId}");
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var id = Guid.Parse(CaseLocation().Match(opened.Location() ?? "").Groups[1].Value);
        string kenmerk = "";
        await InRegionAsync(async sp => kenmerk = await sp.GetRequiredService<CaseworkDbContext>().Casussen.Where(c => c.Id == id).Select(c => c.Kenmerk).SingleAsync());
        return (id, kenmerk, personId);
    }

    /// <summary>Makes the demo partner professional a participant of the case, through the case page.</summary>
    public async Task AddPartnerAsync(Guid caseId)
    {
        using var response = await Staff.PostAsync($"/casussen/{caseId}/deelnemers", [new("email", Partner)], $"/casussen/{caseId}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>Refused by authorization: 403, or the redirect to the 403 page.</summary>
    public static bool Refused(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Forbidden
        || (response.StatusCode == HttpStatusCode.Redirect && response.Location()?.Contains("/fout/403", StringComparison.Ordinal) == true);

    public async Task<Guid> UserIdAsync(string email)
    {
        using var scope = Host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IdentityStoreDbContext>().Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    public void Dispose()
    {
        Staff.Dispose();
        Host.Dispose();
        if (Directory.Exists(MailFolder))
        {
            Directory.Delete(MailFolder, recursive: true);
        }
    }
}

/// <summary>Requests as htmx sends them.</summary>
internal static class HtmxRequests
{
    public static async Task<HttpResponseMessage> HtmxPostAsync(this HttpClient client, string path, IEnumerable<KeyValuePair<string, string>> fields,
        string tokenPage)
    {
        var token = await SignIn.TokenFromAsync(client, tokenPage);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(fields),
        };
        request.Headers.Add("HX-Request", "true");
        request.Headers.Add("RequestVerificationToken", token);
        return await client.SendAsync(request);
    }
}
