using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Tenancy;
using ZvhPlatform.Testing;

namespace ZvhPlatform.IntegrationTests.Persons;

public sealed partial class PersonRegisterTests
{
    private const string Ondersteuner = "ondersteuning.utrecht@demo.zvh.nl";
    private const string Beheerder = "beheer.utrecht@demo.zvh.nl";
    private const string Privacy = "privacy.utrecht@demo.zvh.nl";

    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql };

    [GeneratedRegex("/personen/([0-9a-f-]{36})/bewerken")]
    private static partial Regex EditLink();

    private static Dictionary<string, string> Person(string achternaam, string? bsn = null, string dob = "1990-04-01", string voornamen = "Jan",
        string aliassen = "", string doel = Purposes.Aanmelding) => new()
    {
        ["Doel"] = doel, ["Bsn"] = bsn ?? "", ["Voornamen"] = voornamen, ["Tussenvoegsel"] = "", ["Achternaam"] = achternaam,
        ["Geboortedatum"] = dob, ["Geslacht"] = "Man", ["Adres"] = "Dorpsstraat 1", ["Postcode"] = "3511 AA", ["Woonplaats"] = "Utrecht",
        ["GemeenteCode"] = "GM0344", ["Telefoon"] = "", ["Email"] = "", ["Aliassen"] = aliassen, ["Version"] = "0",
    };

    private static async Task<(HttpResponseMessage Response, string Html, Guid Id)> RegisterAsync(HttpClient client, Dictionary<string, string> fields)
    {
        var response = await SignIn.PostFormAsync(client, "/personen/nieuw", fields, "/personen/nieuw");
        var html = await response.Content.ReadAsStringAsync();
        var match = EditLink().Match(html);
        return (response, html, match.Success ? Guid.Parse(match.Groups[1].Value) : Guid.Empty);
    }

    private static async Task<IReadOnlyList<(AccessAction Action, string Purpose, Guid[] Persons, string User)>> LogAsync(ZvhTestHost host, string regionKey)
    {
        using var scope = host.Services.CreateScope();
        var region = await scope.ServiceProvider.GetRequiredService<IRegionStore>().FindByKeyAsync(regionKey);
        scope.ServiceProvider.GetRequiredService<IRegionContextSetter>().SetRegion(region!, "test");
        var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
        return (await db.Entries.Include(e => e.Persons).OrderBy(e => e.Sequence).ToListAsync())
            .Select(e => (e.Action, e.Purpose, e.Persons.Select(p => p.PersonId).ToArray(), e.UserName)).ToList();
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_registered_person_is_shown_with_history_and_the_registration_is_logged_with_its_purpose(DatabaseProvider provider)
    {
        using var host = new ZvhTestHost(provider);
        using var client = host.NewClient();
        await SignIn.SignInAsync(client, host, Ondersteuner);

        var (response, html, id) = await RegisterAsync(client, Person("Jansen", bsn: "111222333"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(Guid.Empty, id);
        Assert.Contains("Jan Jansen", html, StringComparison.Ordinal);
        Assert.Contains("geregistreerd", html, StringComparison.Ordinal);
        var log = await LogAsync(host, "utrecht");
        Assert.Contains(log, e => e.Action == AccessAction.Aanmaken && e.Purpose == Purposes.Aanmelding && e.Persons.Contains(id) && e.User == "Olga Steun");
        Assert.Contains(log, e => e.Action == AccessAction.Inzien && e.Persons.Contains(id));
    }

    [Fact]
    public async Task A_bsn_that_fails_the_elfproef_is_refused_in_Dutch_and_nothing_is_saved()
    {
        using var host = new ZvhTestHost();
        using var client = host.NewClient();
        await SignIn.SignInAsync(client, host, Ondersteuner);

        var (response, html, _) = await RegisterAsync(client, Person("Pietersen", bsn: "123456789"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("elfproef", html, StringComparison.Ordinal);
        using var scope = host.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<IRegionContextSetter>().BeginCrossRegionScope("test");
        Assert.False(await scope.ServiceProvider.GetRequiredService<CoreDbContext>().Persons.AnyAsync());
    }

    [Fact]
    public async Task Search_finds_by_bsn_name_prefix_alias_and_name_with_date_of_birth_and_logs_every_person_shown()
    {
        using var host = new ZvhTestHost();
        using var client = host.NewClient();
        await SignIn.SignInAsync(client, host, Ondersteuner);
        var (_, _, id) = await RegisterAsync(client, Person("de Vries-Özdemir", bsn: "111222333", aliassen: "Jantje Smit"));
        await RegisterAsync(client, Person("Bakker", dob: "1985-02-02"));

        async Task<string> Search(string query) =>
            await client.GetStringAsync(new Uri("/personen?doel=" + Uri.EscapeDataString(Purposes.Bekendheidscheck) + "&" + query, UriKind.Relative));

        Assert.Contains("de Vries-Özdemir", await Search("bsn=111222333"), StringComparison.Ordinal);
        Assert.Contains("de Vries-Özdemir", await Search("naam=de%20vries"), StringComparison.Ordinal);
        Assert.Contains("de Vries-Özdemir", await Search("naam=jantje"), StringComparison.Ordinal);
        Assert.Contains("de Vries-Özdemir", await Search("naam=ozdemir&geboortedatum=1990-04-01"), StringComparison.Ordinal);
        Assert.DoesNotContain("de Vries-Özdemir", await Search("naam=bakker"), StringComparison.Ordinal);

        var searches = (await LogAsync(host, "utrecht")).Where(e => e.Action == AccessAction.Zoeken && e.Purpose == Purposes.Bekendheidscheck).ToList();
        Assert.Equal(5, searches.Count);
        Assert.Equal(4, searches.Count(s => s.Persons.Contains(id)));
    }

    [Fact]
    public async Task Search_without_a_purpose_or_criteria_is_refused_with_a_Dutch_message()
    {
        using var host = new ZvhTestHost();
        using var client = host.NewClient();
        await SignIn.SignInAsync(client, host, Ondersteuner);

        var response = await client.GetAsync(new Uri("/personen?naam=j", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Kies het doel", html, StringComparison.Ordinal);
        Assert.Contains("minstens 2 letters", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_possible_duplicate_is_flagged_and_a_functioneel_beheerder_merges_it_and_can_undo_the_merge()
    {
        using var host = new ZvhTestHost();
        using var staff = host.NewClient();
        await SignIn.SignInAsync(staff, host, Ondersteuner);
        var (_, _, first) = await RegisterAsync(staff, Person("Mulder", voornamen: "Kees"));
        var (_, secondHtml, second) = await RegisterAsync(staff, Person("Mulder", voornamen: "Cornelis"));
        Assert.Contains("Mogelijk dubbel", secondHtml, StringComparison.Ordinal);

        using var admin = host.NewClient();
        await SignIn.SignInAsync(admin, host, Beheerder);
        var duplicates = await admin.GetStringAsync(new Uri("/beheer/dubbelen", UriKind.Relative));
        Assert.Contains("zelfde achternaam en geboortedatum", duplicates, StringComparison.Ordinal);
        var (survivor, merged) = first.ToString().CompareTo(second.ToString()) < 0 ? (first, second) : (second, first);
        var merge = await SignIn.PostFormAsync(admin, "/beheer/dubbelen/samenvoegen",
            new Dictionary<string, string> { ["survivorId"] = survivor.ToString(), ["duplicateId"] = merged.ToString() }, "/beheer/dubbelen");
        Assert.Equal(HttpStatusCode.Redirect, merge.StatusCode);

        var afterMerge = await staff.GetStringAsync(new Uri("/personen?doel=Procesregie&naam=mulder", UriKind.Relative));
        Assert.Contains("1 gevonden", afterMerge, StringComparison.Ordinal);
        Assert.Contains(await LogAsync(host, "utrecht"), e => e.Action == AccessAction.Samenvoegen && e.Persons.Contains(first) && e.Persons.Contains(second));

        var overview = await admin.GetStringAsync(new Uri("/beheer/dubbelen", UriKind.Relative));
        var mergeId = Regex.Match(overview, "/beheer/dubbelen/([0-9a-f-]{36})/ongedaan").Groups[1].Value;
        var undo = await SignIn.PostFormAsync(admin, $"/beheer/dubbelen/{mergeId}/ongedaan", new Dictionary<string, string>(), "/beheer/dubbelen");
        Assert.Equal(HttpStatusCode.Redirect, undo.StatusCode);
        var afterUndo = await staff.GetStringAsync(new Uri("/personen?doel=Procesregie&naam=mulder", UriKind.Relative));
        Assert.Contains("2 gevonden", afterUndo, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_merge_cannot_be_undone_after_thirty_days()
    {
        using var host = new ZvhTestHost();
        using var staff = host.NewClient();
        await SignIn.SignInAsync(staff, host, Ondersteuner);
        var (_, _, a) = await RegisterAsync(staff, Person("Visser"));
        var (_, _, b) = await RegisterAsync(staff, Person("Visser", voornamen: "Johan"));
        using var admin = host.NewClient();
        await SignIn.SignInAsync(admin, host, Beheerder);
        await SignIn.PostFormAsync(admin, "/beheer/dubbelen/samenvoegen",
            new Dictionary<string, string> { ["survivorId"] = a.ToString(), ["duplicateId"] = b.ToString() }, "/beheer/dubbelen");
        var overview = await admin.GetStringAsync(new Uri("/beheer/dubbelen", UriKind.Relative));
        var mergeId = Regex.Match(overview, "/beheer/dubbelen/([0-9a-f-]{36})/ongedaan").Groups[1].Value;
        var token = SignIn.AntiforgeryToken(overview);

        host.Clock.Advance(TimeSpan.FromDays(31));
        using var late = host.NewClient();
        await SignIn.SignInAsync(late, host, Beheerder);
        var undo = await SignIn.PostFormAsync(late, $"/beheer/dubbelen/{mergeId}/ongedaan", new Dictionary<string, string>(), "/beheer/dubbelen");

        Assert.Equal(HttpStatusCode.BadRequest, undo.StatusCode);
        Assert.Contains("30 dagen", await undo.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEmpty(token);
    }

    [Fact]
    public async Task Two_people_correcting_the_same_person_the_second_save_is_refused_and_the_first_change_is_kept()
    {
        using var host = new ZvhTestHost();
        using var one = host.NewClient();
        using var two = host.NewClient();
        await SignIn.SignInAsync(one, host, Ondersteuner);
        await SignIn.SignInAsync(two, host, "regisseur.utrecht@demo.zvh.nl");
        var (_, _, id) = await RegisterAsync(one, Person("Smits"));

        var first = Person("Smits"); first["Adres"] = "Nieuwe Gracht 5"; first["Doel"] = Purposes.Procesregie;
        var second = Person("Smits"); second["Adres"] = "Oude Gracht 9"; second["Doel"] = Purposes.Procesregie;
        var r1 = await SignIn.PostFormAsync(one, $"/personen/{id}/bewerken", first, $"/personen/{id}/bewerken");
        var r2 = await SignIn.PostFormAsync(two, $"/personen/{id}/bewerken", second, $"/personen/{id}/bewerken");

        Assert.Equal(HttpStatusCode.Redirect, r1.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, r2.StatusCode);
        var conflict = await r2.Content.ReadAsStringAsync();
        Assert.Contains("Nieuwe Gracht 5", conflict, StringComparison.Ordinal);
        Assert.Contains("Oude Gracht 9", conflict, StringComparison.Ordinal);
        var page = await one.GetStringAsync(new Uri($"/personen/{id}?doel=Procesregie", UriKind.Relative));
        Assert.Contains("Nieuwe Gracht 5", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stored_markup_in_names_comes_back_encoded_in_details_and_search_results()
    {
        using var host = new ZvhTestHost();
        using var client = host.NewClient();
        await SignIn.SignInAsync(client, host, Ondersteuner);
        var payload = "<script>alert(1)</script>\"><img src=x onerror=alert(1)><div hx-get=\"/beheer\" hx-trigger=\"load\">";
        var (_, html, _) = await RegisterAsync(client, Person(payload));

        var search = await client.GetStringAsync(new Uri("/personen?doel=Procesregie&naam=%3Cscript", UriKind.Relative));

        foreach (var page in new[] { html, search })
        {
            Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
            Assert.DoesNotContain("<img src=x", page, StringComparison.Ordinal);
            Assert.DoesNotContain("<div hx-get=\"/beheer\"", page, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;", page, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("partner@demo.zvh.nl")]
    [InlineData("analist.utrecht@demo.zvh.nl")]
    public async Task Partner_professionals_and_analysts_cannot_search_the_register(string email)
    {
        using var host = new ZvhTestHost();
        using var client = host.NewClient();
        await SignIn.SignInAsync(client, host, email);

        var response = await client.GetAsync(new Uri("/personen?doel=Procesregie&naam=jansen", UriKind.Relative));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Personen", await (await client.GetAsync(new Uri("/", UriKind.Relative))).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_privacy_officer_sees_who_looked_at_a_person_and_altering_a_log_line_is_detected(DatabaseProvider provider)
    {
        using var host = new ZvhTestHost(provider);
        using var staff = host.NewClient();
        await SignIn.SignInAsync(staff, host, Ondersteuner);
        var (_, _, id) = await RegisterAsync(staff, Person("Hendriks"));
        using var officer = host.NewClient();
        await SignIn.SignInAsync(officer, host, Privacy);

        var who = await officer.GetStringAsync(new Uri($"/privacy/toegangslog?persoon={id}", UriKind.Relative));
        Assert.Contains("Olga Steun", who, StringComparison.Ordinal);
        Assert.Contains(Purposes.Aanmelding, who, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"log-intact\"", await officer.GetStringAsync(new Uri("/privacy/toegangslog/controle", UriKind.Relative)),
            StringComparison.Ordinal);

        using (var scope = host.Services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<IRegionContextSetter>().BeginCrossRegionScope("test");
            var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
            var table = provider == DatabaseProvider.Sqlite ? "\"audit_AccessLog\"" : "audit.\"AccessLog\"";
            // Simulates someone with database access rewriting history, outside the application.
#pragma warning disable EF1002
            await db.Database.ExecuteSqlRawAsync($"UPDATE {table} SET \"Purpose\" = 'Beheer' WHERE \"Sequence\" = 1");
#pragma warning restore EF1002
        }

        var verification = await officer.GetStringAsync(new Uri("/privacy/toegangslog/controle", UriKind.Relative));
        Assert.Contains("data-testid=\"log-broken\"", verification, StringComparison.Ordinal);
        Assert.Contains("regel 1", verification, StringComparison.Ordinal);
    }
}
