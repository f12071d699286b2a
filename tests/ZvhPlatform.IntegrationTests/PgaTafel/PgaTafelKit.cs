using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.IntegrationTests.Http;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Tenancy;
using ZvhPlatform.Testing;

namespace ZvhPlatform.IntegrationTests.PgaTafel;

/// <summary>
/// The real host on the zvhd demo (PGA-tafel bought by Borger-Odoorn, Coevorden and Emmen for 2023 only) with the clock in
/// 2023. The demo's privacy protocol is dated from the WGS (2025); here it is in force from 2023, as the region's protocol of
/// that time would have been, so cases can be opened in 2023.
/// </summary>
internal sealed partial class PgaTafelKit : IDisposable
{
    public const string Regisseur = "regisseur.drenthe@demo.zvh.nl";
    public const string Beheer = "beheer.drenthe@demo.zvh.nl";
    public const string Emmen = "GM0114";
    public const string Coevorden = "GM0109";
    public const string BorgerOdoorn = "GM1681";
    public const string Assen = "GM0106";
    public static readonly DateTimeOffset In2023 = new(2023, 3, 1, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset In2024 = new(2024, 1, 15, 9, 0, 0, TimeSpan.Zero);

    [GeneratedRegex("/personen/([0-9a-f-]{36})/bewerken")]
    private static partial Regex PersonLink();

    [GeneratedRegex("casussen/([0-9a-f-]{36})$")]
    private static partial Regex CaseLocation();

    private PgaTafelKit(ZvhTestHost host, HttpClient staff)
    {
        Host = host;
        Staff = staff;
    }

    public ZvhTestHost Host { get; }

    /// <summary>The Drenthe procesregisseur, signed in (sign in again with <see cref="SignInStaffAsync"/> after moving the clock far).</summary>
    public HttpClient Staff { get; private set; }

    public static async Task<PgaTafelKit> StartAsync(DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var host = new ZvhTestHost(provider, In2023);
        await InRegionAsync(host, async sp =>
        {
            var db = sp.GetRequiredService<PrivacyDbContext>();
            var version = await db.ProtocolVersies.OrderByDescending(v => v.VersieNummer).FirstAsync();
            version.GeldigVanaf = new DateOnly(2023, 1, 1);
            await db.SaveChangesAsync();
        });
        return new PgaTafelKit(host, await host.SignedInAsync(Regisseur));
    }

    public static async Task InRegionAsync(ZvhTestHost host, Func<IServiceProvider, Task> work)
    {
        using var scope = host.Services.CreateScope();
        var region = await scope.ServiceProvider.GetRequiredService<IRegionStore>().FindByKeyAsync("drenthe");
        scope.ServiceProvider.GetRequiredService<IRegionContextSetter>().SetRegion(region!, "test");
        await work(scope.ServiceProvider);
    }

    public Task InRegionAsync(Func<IServiceProvider, Task> work) => InRegionAsync(Host, work);

    /// <summary>Moves the clock (sessions end after 10 hours, so the procesregisseur signs in again).</summary>
    public async Task MoveToAsync(DateTimeOffset moment)
    {
        Host.Clock.SetUtcNow(moment);
        Staff.Dispose();
        Staff = await SignInStaffAsync();
    }

    public Task<HttpClient> SignInStaffAsync() => Host.SignedInAsync(Regisseur);

    /// <summary>Registers a person living in the municipality.</summary>
    public async Task<Guid> RegisterPersonAsync(string achternaam, string gemeenteCode)
    {
        using var registered = await Staff.PostAsync("/personen/nieuw",
        [
            new("Doel", Purposes.Aanmelding), new("Bsn", ""), new("Voornamen", "Jan"), new("Tussenvoegsel", ""), new("Achternaam", achternaam),
            new("Geboortedatum", "1985-04-04"), new("Geslacht", "Man"), new("Adres", "Hoofdstraat 1"), new("Postcode", ""), new("Woonplaats", "Drenthe"),
            new("GemeenteCode", gemeenteCode), new("Telefoon", ""), new("Email", ""), new("Aliassen", ""), new("Version", "0"),
        ], "/personen/nieuw");
        return Guid.Parse(PersonLink().Match(await registered.Content.ReadAsStringAsync()).Groups[1].Value);
    }

    /// <summary>Opens a case for the person through the case form; the response is the form's answer.</summary>
    public Task<HttpResponseMessage> TryOpenCaseAsync(Guid personId, string module = "pgatafel") =>
        Staff.PostAsync("/casussen/nieuw", [new("persoon", personId.ToString()), new("keuze", module + "|Procesregie")], $"/casussen/nieuw?persoon={personId}");

    /// <summary>Registers a person in the municipality and opens a PGA-tafel case for them.</summary>
    public async Task<(Guid Id, string Kenmerk)> OpenCaseAsync(string achternaam, string gemeenteCode)
    {
        var personId = await RegisterPersonAsync(achternaam, gemeenteCode);
        using var opened = await TryOpenCaseAsync(personId);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var id = Guid.Parse(CaseLocation().Match(opened.Location() ?? "").Groups[1].Value);
        var kenmerk = "";
        await InRegionAsync(async sp => kenmerk = await sp.GetRequiredService<CaseworkDbContext>().Casussen.Where(c => c.Id == id).Select(c => c.Kenmerk).SingleAsync());
        return (id, kenmerk);
    }

    public async Task<long> CaseVersionAsync(Guid caseId)
    {
        long version = 0;
        await InRegionAsync(async sp => version = await sp.GetRequiredService<CaseworkDbContext>().Casussen.Where(c => c.Id == caseId).Select(c => c.Version).SingleAsync());
        return version;
    }

    public static List<KeyValuePair<string, string>> PlanFields(long version, string doel) =>
    [
        new("version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("doelen[r000].Leefgebied", "Huisvesting"), new("doelen[r000].Doel", doel), new("doelen[r000].Interventie", ""),
        new("doelen[r000].VerantwoordelijkePartner", "Gemeente Emmen"), new("doelen[r000].Startdatum", ""), new("doelen[r000].Einddatum", ""),
    ];

    public Task<HttpResponseMessage> CreateActieAsync(Guid caseId, string omschrijving, string deadline) =>
        Staff.PostAsync($"/casussen/{caseId}/acties",
            [new("omschrijving", omschrijving), new("eigenaarOrganisatie", "Gemeente Emmen"), new("eigenaarUserId", ""), new("deadline", deadline)],
            $"/casussen/{caseId}/acties");

    /// <summary>Registers an aanmelding for the PGA-tafel through the bureau's form.</summary>
    public Task<HttpResponseMessage> RegisterAanmeldingAsync(string gemeenteCode) =>
        Staff.PostAsync("/aanmeldingen/nieuw",
        [
            new("ModuleId", "pgatafel"), new("SubAanpak", ""), new("Route", "Convenantpartner"), new("OntvangenOp", ""), new("VerwijzerPartnerId", ""),
            new("VerwijzerOrganisatie", "Gemeente Emmen"), new("VerwijzerNaam", "Wijkregisseur"), new("VerwijzerContact", ""), new("VerwijzendeRegioId", ""),
            new("Bsn", ""), new("Voornamen", "Anna"), new("Achternaam", "Aanmeld"), new("Geboortedatum", "1985-04-03"), new("Adres", ""),
            new("GemeenteCode", gemeenteCode), new("Reden", "Overlast in de wijk."), new("DoelCasusoverleg", ""), new("TeUitnodigenPartners", ""),
            new("PersoonGeinformeerd", "true"), new("NietGeinformeerdReden", ""), new("Hoofdonderwerp", "(Ernstige) overlast"), new("Gemeentegrens", "Geen"),
        ], "/aanmeldingen/nieuw");

    public void Dispose()
    {
        Staff.Dispose();
        Host.Dispose();
    }
}
