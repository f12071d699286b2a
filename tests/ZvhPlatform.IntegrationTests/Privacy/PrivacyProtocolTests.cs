using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Testing;

namespace ZvhPlatform.IntegrationTests.Privacy;

public sealed class PrivacyProtocolTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 15, 9, 0, 0, TimeSpan.Zero);

    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql };

    private static async Task<T> InUtrechtAsync<T>(ZvhTestHost host, Func<IServiceProvider, Task<T>> work)
    {
        using var scope = host.Services.CreateScope();
        await PrivacyKit.InRegionAsync(scope, "utrecht");
        return await work(scope.ServiceProvider);
    }

    private static Task<ProtocolPurpose> RequireAsync(ZvhTestHost host, string moduleId, string purpose) =>
        InUtrechtAsync(host, sp => sp.GetRequiredService<IPrivacyProtocol>().RequirePurposeAsync(moduleId, purpose));

    private static Dictionary<string, string> ConceptRows(string version, params (string Module, string Doel, string Grondslag)[] doelen)
    {
        var fields = new Dictionary<string, string> { ["Version"] = version, ["DpiaReferentie"] = "DPIA 2026-01" };
        for (var i = 0; i < doelen.Length; i++)
        {
            fields[$"Doelen[{i}].ModuleId"] = doelen[i].Module;
            fields[$"Doelen[{i}].Doel"] = doelen[i].Doel;
            fields[$"Doelen[{i}].Grondslag"] = doelen[i].Grondslag;
        }

        fields["Bewaartermijnen[0].ModuleId"] = "coveca";
        fields["Bewaartermijnen[0].Maanden"] = "36";
        fields["Informeren[0].ModuleId"] = "coveca";
        fields["Informeren[0].StandaardInformeren"] = "false";
        fields["Informeren[0].Redenen"] = "Lopend onderzoek\nVeiligheid";
        fields["Gegevensdeling[0].ModuleId"] = "coveca";
        fields["Gegevensdeling[0].PartnerType"] = "Woningcorporatie";
        fields["Gegevensdeling[0].Categorie"] = "Dat";
        return fields;
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_demo_protocol_gives_purposes_and_retention_and_an_unknown_purpose_is_refused_in_Dutch(DatabaseProvider provider)
    {
        using var host = new ZvhTestHost(provider, Now);

        var procesregie = await RequireAsync(host, "coveca", "procesregie");
        var protocol = await InUtrechtAsync(host, sp => sp.GetRequiredService<IPrivacyProtocol>().InForceOnAsync(DateOnly.FromDateTime(Now.UtcDateTime)));
        var unknown = await Assert.ThrowsAsync<RequestValidationException>(() => RequireAsync(host, "coveca", "Marketing"));
        var notContracted = await Assert.ThrowsAsync<RequestValidationException>(() => RequireAsync(host, "stalking", "Procesregie"));

        Assert.Equal("Procesregie", procesregie.Doel);
        Assert.Contains("WGS", procesregie.Grondslag, StringComparison.Ordinal);
        Assert.Equal(60, protocol!.RetentionMonths("cter"));
        Assert.Equal(24, protocol.RetentionMonths("coveca"));
        Assert.False(protocol.InformingRule("cter")!.StandaardInformeren);
        Assert.Contains("Het doel 'Marketing' heeft in het privacyprotocol (versie 1) geen grondslag voor 'coveca'", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("Kies een doel uit het protocol", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("geen enkel doel", notContracted.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_new_concept_copies_the_rows_is_edited_and_established_and_takes_effect_on_its_date_and_is_then_read_only(DatabaseProvider provider)
    {
        using var host = new ZvhTestHost(provider, Now);
        using var officer = host.NewClient();
        await SignIn.SignInAsync(officer, host, PrivacyKit.Officer);

        var created = await SignIn.PostFormAsync(officer, "/privacy/protocol/nieuw", new Dictionary<string, string>(), "/privacy/protocol");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var editPath = created.Headers.Location!.OriginalString;
        var id = editPath.Split('/')[3];
        var form = await officer.GetStringAsync(new Uri(editPath, UriKind.Relative));
        Assert.Contains("Conceptversie 2 bewerken", form, StringComparison.Ordinal);
        Assert.Contains("value=\"Uitgebreid advies\"", form, StringComparison.Ordinal);
        Assert.Contains("value=\"art. 6 lid 1 sub e AVG; art. 2.1 WGS; Wet 36225\"", form, StringComparison.Ordinal);

        var saved = await SignIn.PostFormAsync(officer, editPath,
            ConceptRows("0", ("coveca", "Procesregie", "art. 6 lid 1 sub e AVG; WGS"), ("coveca", "Signalering", "art. 6 lid 1 sub e AVG; WGS")), editPath);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var concept = await officer.GetStringAsync(new Uri($"/privacy/protocol/{id}", UriKind.Relative));
        Assert.Contains("Signalering", concept, StringComparison.Ordinal);
        Assert.Contains("Woningcorporatie", concept, StringComparison.Ordinal);
        Assert.DoesNotContain("Uitgebreid advies", concept, StringComparison.Ordinal);

        var effective = DateOnly.FromDateTime(Now.UtcDateTime).AddDays(10);
        var established = await SignIn.PostFormAsync(officer, $"/privacy/protocol/{id}/vaststellen",
            new Dictionary<string, string> { ["geldigVanaf"] = effective.ToString("yyyy-MM-dd"), ["version"] = "1" }, $"/privacy/protocol/{id}");
        Assert.Equal(HttpStatusCode.Redirect, established.StatusCode);

        // Before the effective date version 1 still rules: the new purpose is not yet allowed.
        await Assert.ThrowsAsync<RequestValidationException>(() => RequireAsync(host, "coveca", "Signalering"));
        Assert.Contains("vastgesteld, geldt nu", await officer.GetStringAsync(new Uri("/privacy/protocol", UriKind.Relative)), StringComparison.Ordinal);

        var editEstablished = await SignIn.PostFormAsync(officer, editPath, ConceptRows("2", ("coveca", "Alles", "geen")), $"/privacy/protocol/{id}");
        Assert.Equal(HttpStatusCode.BadRequest, editEstablished.StatusCode);
        Assert.Contains("Versie 2 is vastgesteld en kan niet meer worden gewijzigd", await editEstablished.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await officer.GetAsync(new Uri(editPath, UriKind.Relative))).StatusCode);

        host.Clock.Advance(TimeSpan.FromDays(10));
        Assert.Equal("Signalering", (await RequireAsync(host, "coveca", "Signalering")).Doel);
        await Assert.ThrowsAsync<RequestValidationException>(() => RequireAsync(host, "coveca", "Uitgebreid advies"));
        using var later = host.NewClient();
        await SignIn.SignInAsync(later, host, PrivacyKit.Officer);
        var overview = await later.GetStringAsync(new Uri("/privacy/protocol", UriKind.Relative));
        Assert.Contains("Privacyprotocol versie 2", (await later.GetStringAsync(new Uri($"/privacy/protocol/{id}", UriKind.Relative))), StringComparison.Ordinal);
        Assert.Contains("DPIA 2026-01", overview, StringComparison.Ordinal);
        Assert.Contains(effective.ToString("dd-MM-yyyy"), overview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Incomplete_rows_and_an_effective_date_before_the_current_version_are_refused_in_Dutch_and_a_concurrent_save_ends_in_a_409()
    {
        using var host = new ZvhTestHost(now: Now);
        using var one = host.NewClient();
        using var two = host.NewClient();
        await SignIn.SignInAsync(one, host, PrivacyKit.Officer);
        await SignIn.SignInAsync(two, host, PrivacyKit.Officer);
        var editPath = (await SignIn.PostFormAsync(one, "/privacy/protocol/nieuw", new Dictionary<string, string>(), "/privacy/protocol"))
            .Headers.Location!.OriginalString;
        var id = editPath.Split('/')[3];

        var incomplete = await SignIn.PostFormAsync(one, editPath, ConceptRows("0", ("coveca", "Procesregie", "")), editPath);
        Assert.Equal(HttpStatusCode.BadRequest, incomplete.StatusCode);
        Assert.Contains("Vul bij elk doel de module, het doel en de grondslag in.", await incomplete.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var first = await SignIn.PostFormAsync(one, editPath, ConceptRows("0", ("coveca", "Procesregie", "Eerste grondslag")), editPath);
        var second = await SignIn.PostFormAsync(two, editPath, ConceptRows("0", ("coveca", "Procesregie", "Tweede grondslag")), editPath);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var conflict = await second.Content.ReadAsStringAsync();
        Assert.Contains("Eerste grondslag", conflict, StringComparison.Ordinal);
        Assert.Contains("Tweede grondslag", conflict, StringComparison.Ordinal);

        var early = await SignIn.PostFormAsync(one, $"/privacy/protocol/{id}/vaststellen",
            new Dictionary<string, string> { ["geldigVanaf"] = "2025-02-01", ["version"] = "1" }, $"/privacy/protocol/{id}");
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("De ingangsdatum moet na 01-03-2025 liggen", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_functioneel_beheerder_reads_the_protocol_but_cannot_change_it_and_a_procesondersteuner_cannot_see_it()
    {
        using var host = new ZvhTestHost(now: Now);
        using var beheerder = host.NewClient();
        await SignIn.SignInAsync(beheerder, host, PrivacyKit.Beheerder);
        using var ondersteuner = host.NewClient();
        await SignIn.SignInAsync(ondersteuner, host, PrivacyKit.Ondersteuner);

        var page = await beheerder.GetAsync(new Uri("/privacy/protocol", UriKind.Relative));
        var create = await SignIn.PostFormAsync(beheerder, "/privacy/protocol/nieuw", new Dictionary<string, string>(), "/privacy/protocol");
        var denied = await ondersteuner.GetAsync(new Uri("/privacy/protocol", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"protocol-in-force\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Nieuwe conceptversie", html, StringComparison.Ordinal);
        Assert.Contains("/fout/403", create.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Contains("/fout/403", denied.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
