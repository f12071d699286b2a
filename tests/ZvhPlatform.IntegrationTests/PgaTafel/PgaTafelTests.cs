using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Data;
using ZvhPlatform.IntegrationTests.Http;
using ZvhPlatform.Kernel.Data;

namespace ZvhPlatform.IntegrationTests.PgaTafel;

/// <summary>The PGA-tafel in the browser's terms: members, meetings, caseload, the figures per municipality and opschalen to Top X.</summary>
public sealed partial class PgaTafelTests
{
    [GeneratedRegex("<tr class=\"utrecht-table__row\" data-gemeente=\"([^\"]+)\">(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex GemeenteRow();

    [GeneratedRegex("data-kolom=\"([a-z-]+)\">(\\d+)<")]
    private static partial Regex Cell();

    /// <summary>The numbers per column of the row of a municipality in the table with the test id.</summary>
    internal static Dictionary<string, int> Row(string html, string tableTestId, string gemeente)
    {
        var start = html.IndexOf($"data-testid=\"{tableTestId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No table {tableTestId}");
        var table = html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
        var row = GemeenteRow().Matches(table).SingleOrDefault(m => m.Groups[1].Value == gemeente);
        Assert.True(row is not null, $"No row {gemeente} in {tableTestId}");
        return Cell().Matches(row.Groups[2].Value).ToDictionary(m => m.Groups[1].Value, m => int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task The_table_keeps_its_members_and_refuses_a_member_without_organisation()
    {
        using var kit = await PgaTafelKit.StartAsync();

        using (var added = await kit.Staff.PostAsync("/pgatafel/leden",
                   [new("naam", "Dewi Regie"), new("organisatie", "Zorg- en Veiligheidshuis Drenthe"), new("rol", "voorzitter"), new("sinds", "2023-01-01")], "/pgatafel"))
        {
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        using (var refused = await kit.Staff.PostAsync("/pgatafel/leden", [new("naam", "Wijkagent Emmen"), new("organisatie", ""), new("rol", ""), new("sinds", "2023-01-01")],
                   "/pgatafel"))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            var body = await refused.BodyAsync();
            Assert.Contains("Vul de organisatie van het lid in.", body, StringComparison.Ordinal);
            Assert.Contains("value=\"Wijkagent Emmen\"", body, StringComparison.Ordinal);
        }

        var (_, page) = await kit.Staff.PageAsync("/pgatafel");
        Assert.Contains("Dewi Regie", page, StringComparison.Ordinal);
        Assert.Contains("voorzitter", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Wijkagent Emmen</td>", page, StringComparison.Ordinal);

        Guid lid = Guid.Empty;
        long version = 0;
        await kit.InRegionAsync(async sp =>
        {
            var db = sp.GetRequiredService<ZvhPlatform.Modules.PgaTafel.Data.PgaTafelDbContext>();
            (lid, version) = await db.Leden.Select(l => ValueTuple.Create(l.Id, l.Version)).SingleAsync();
        });
        using (var ended = await kit.Staff.PostAsync($"/pgatafel/leden/{lid}/beeindigen", [new("tot", "2023-02-28"), new("version", $"{version}")], "/pgatafel"))
        {
            Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        }

        using (var stale = await kit.Staff.PostAsync($"/pgatafel/leden/{lid}/beeindigen", [new("tot", "2023-02-27"), new("version", $"{version}")], "/pgatafel"))
        {
            Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        }

        var (_, current) = await kit.Staff.PageAsync("/pgatafel");
        Assert.DoesNotContain("Dewi Regie</td>", current, StringComparison.Ordinal);
        var (_, all) = await kit.Staff.PageAsync("/pgatafel?oudLeden=true");
        Assert.Contains("01-01-2023 t/m 28-02-2023", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_caseload_meetings_and_figures_per_municipality_follow_the_cases_of_the_table()
    {
        using var kit = await PgaTafelKit.StartAsync();
        var (emmen1, kenmerk1) = await kit.OpenCaseAsync("Emmer", PgaTafelKit.Emmen);
        var (emmen2, _) = await kit.OpenCaseAsync("Emmer-Twee", PgaTafelKit.Emmen);
        var (coevorden, _) = await kit.OpenCaseAsync("Coevordenaar", PgaTafelKit.Coevorden);
        using (var meeting = await kit.Staff.PostAsync("/overleggen/nieuw",
                   [new("titel", "PGA-tafel Zuidoost-Drenthe"), new("moduleId", "pgatafel"), new("aanvang", "2023-03-08T10:00"), new("locatie", "Emmen")],
                   "/overleggen/nieuw"))
        {
            Assert.Equal(HttpStatusCode.Redirect, meeting.StatusCode);
        }

        var (_, tafel) = await kit.Staff.PageAsync("/pgatafel");
        Assert.Contains(kenmerk1, tafel, StringComparison.Ordinal);
        Assert.Contains($"href=\"/casussen/{emmen1}/plan\"", tafel, StringComparison.Ordinal);
        Assert.Contains($"href=\"/casussen/{emmen1}/pga\"", tafel, StringComparison.Ordinal);
        Assert.Contains("PGA-tafel Zuidoost-Drenthe", tafel, StringComparison.Ordinal);
        Assert.Contains("Borger-Odoorn, Coevorden, Emmen", tafel, StringComparison.Ordinal);

        // One Emmen case closes in 2023.
        using (var close = await kit.Staff.PostAsync($"/casussen/{emmen2}/afsluiten",
                   [new("reden", "Doelen bereikt / afgeschaald naar lokaal"), new("evaluatie", "Goed verlopen."), new("version", $"{await kit.CaseVersionAsync(emmen2)}")],
                   $"/casussen/{emmen2}"))
        {
            Assert.Equal(HttpStatusCode.Redirect, close.StatusCode);
        }

        var (status, cijfers) = await kit.Staff.PageAsync("/pgatafel/cijfers?van=2023-01-01&tot=2023-12-31");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(new Dictionary<string, int> { ["actief"] = 2, ["instroom"] = 2, ["afgesloten"] = 1 }, Row(cijfers, "cijfers", PgaTafelKit.Emmen));
        Assert.Equal(new Dictionary<string, int> { ["actief"] = 1, ["instroom"] = 1, ["afgesloten"] = 0 }, Row(cijfers, "cijfers", PgaTafelKit.Coevorden));
        Assert.Equal(new Dictionary<string, int> { ["actief"] = 0, ["instroom"] = 0, ["afgesloten"] = 0 }, Row(cijfers, "cijfers", PgaTafelKit.BorgerOdoorn));
        Assert.Equal(new Dictionary<string, int> { ["actief"] = 3, ["instroom"] = 3, ["afgesloten"] = 1 }, Row(cijfers, "cijfers", "totaal"));
        Assert.DoesNotContain("data-gemeente=\"GM0106\"", cijfers, StringComparison.Ordinal);

        var (bad, badPage) = await kit.Staff.PageAsync("/pgatafel/cijfers?van=2023-12-31&tot=2023-01-01");
        Assert.Equal(HttpStatusCode.BadRequest, bad);
        Assert.Contains("De einddatum van de periode ligt vóór de begindatum.", badPage, StringComparison.Ordinal);
        _ = coevorden;
    }

    [Fact]
    public async Task A_large_caseload_is_shown_fifty_cases_a_page_newest_first_with_the_total_counted()
    {
        using var kit = await PgaTafelKit.StartAsync();
        var (eerste, eersteKenmerk) = await kit.OpenCaseAsync("Bakker", PgaTafelKit.Emmen);
        await kit.InRegionAsync(async sp =>
        {
            // 60 more running cases of the table and one closed, written directly: opening them through the intake takes long.
            var db = sp.GetRequiredService<CaseworkDbContext>();
            var voorbeeld = await db.Casussen.AsNoTracking().SingleAsync(c => c.Id == eerste);
            for (var i = 0; i < 61; i++)
            {
                var casus = new Core.Casework.Casus
                {
                    Kenmerk = $"P-9{i:000}", ModuleId = "pgatafel", HoofdpersoonId = voorbeeld.HoofdpersoonId, GemeenteCode = PgaTafelKit.Emmen,
                    Doel = voorbeeld.Doel, Grondslag = voorbeeld.Grondslag, GeopendOp = new DateOnly(2022, 1, 1).AddDays(i),
                    Status = i == 60 ? CasusStatus.Afgesloten : CasusStatus.InRegie, AfgeslotenOp = i == 60 ? new DateOnly(2023, 2, 1) : null,
                };
                casus.Personen.Add(new Core.Casework.CasusPersoon { CasusId = casus.Id, PersonId = voorbeeld.HoofdpersoonId, Rol = CaseRole.Hoofdpersoon });
                db.Casussen.Add(casus);
            }

            await db.SaveChangesAsync();
        });

        var (_, page) = await kit.Staff.PageAsync("/pgatafel");
        Assert.Contains("Caseload (61)", page, StringComparison.Ordinal);
        var rijen = Regex.Matches(page, "<tr class=\"utrecht-table__row\" data-casus=").Count;
        Assert.Equal(50, rijen);
        // Newest first: the case opened today, then the directly written ones from the newest (P-9059) down.
        Assert.True(page.IndexOf(eersteKenmerk, StringComparison.Ordinal) < page.IndexOf("P-9059", StringComparison.Ordinal));
        Assert.Contains("P-9011", page, StringComparison.Ordinal);
        Assert.DoesNotContain("P-9010", page, StringComparison.Ordinal);
        Assert.DoesNotContain("P-9060", page, StringComparison.Ordinal);
        var volgende = Regex.Match(page, "data-testid=\"caseload-volgende\" href=\"([^\"#]+)").Groups[1].Value;
        Assert.Equal("/pgatafel?na=2022-01-12_P-9011", System.Net.WebUtility.HtmlDecode(volgende).Replace("%5F", "_", StringComparison.Ordinal));

        var (status, next) = await kit.Staff.PageAsync(System.Net.WebUtility.HtmlDecode(volgende));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(11, Regex.Matches(next, "<tr class=\"utrecht-table__row\" data-casus=").Count);
        Assert.Contains("P-9010", next, StringComparison.Ordinal);
        Assert.Contains("P-9000", next, StringComparison.Ordinal);
        Assert.DoesNotContain("P-9011", next, StringComparison.Ordinal);
        Assert.DoesNotContain("caseload-volgende", next, StringComparison.Ordinal);
        Assert.Contains("Nieuwste casussen", next, StringComparison.Ordinal);

        // A cursor that does not parse shows the first page, as the core's case list does.
        var (_, onzin) = await kit.Staff.PageAsync("/pgatafel?na=gisteren");
        Assert.Equal(50, Regex.Matches(onzin, "<tr class=\"utrecht-table__row\" data-casus=").Count);
    }

    [Fact]
    public async Task Opschalen_to_Top_X_goes_through_the_core_as_an_aanmelding_with_route_opschaling_and_its_intake_rules()
    {
        using var kit = await PgaTafelKit.StartAsync();
        var (casus, kenmerk) = await kit.OpenCaseAsync("Escalant", PgaTafelKit.Emmen);
        var (page200, page) = await kit.Staff.PageAsync($"/pgatafel/casussen/{casus}");
        Assert.Equal(HttpStatusCode.OK, page200);
        Assert.Contains("Deze casus is niet opgeschaald.", page, StringComparison.Ordinal);

        Guid politie = Guid.Empty, ggz = Guid.Empty;
        await kit.InRegionAsync(async sp =>
        {
            var partners = await sp.GetRequiredService<ZvhPlatform.Core.Contracts.Partners.IPartnerDirectory>().ActivePartnersAsync();
            politie = partners.First(p => p.Type == ZvhPlatform.Core.Contracts.Partners.PartnerType.Politie).Id;
            ggz = partners.First(p => p.Type is not (ZvhPlatform.Core.Contracts.Partners.PartnerType.Politie or ZvhPlatform.Core.Contracts.Partners.PartnerType.Gemeente
                or ZvhPlatform.Core.Contracts.Partners.PartnerType.OpenbaarMinisterie)).Id;
        });
        List<KeyValuePair<string, string>> Fields(Guid partner, string reden) =>
        [
            new("subAanpak", "topx"), new("verwijzerPartnerId", partner.ToString()), new("hoofdonderwerp", "(Ernstige) overlast"), new("reden", reden),
            new("persoonGeinformeerd", "true"), new("nietGeinformeerdReden", ""),
        ];

        // Top X only on behalf of gemeente, politie or OM: CoVeCa's own intake rule, applied by the core.
        using (var refused = await kit.Staff.PostAsync($"/pgatafel/casussen/{casus}/opschalen", Fields(ggz, "Escalatie van de tafel"), $"/pgatafel/casussen/{casus}"))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Contains("Top X", await refused.BodyAsync(), StringComparison.Ordinal);
        }

        using (var noReason = await kit.Staff.PostAsync($"/pgatafel/casussen/{casus}/opschalen", Fields(politie, ""), $"/pgatafel/casussen/{casus}"))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
            Assert.Contains("Beschrijf waarom de casus wordt opgeschaald.", await noReason.BodyAsync(), StringComparison.Ordinal);
        }

        await kit.InRegionAsync(async sp => Assert.Equal(0, await sp.GetRequiredService<CaseworkDbContext>().Aanmeldingen.CountAsync()));

        using (var ok = await kit.Staff.PostAsync($"/pgatafel/casussen/{casus}/opschalen", Fields(politie, "Herhaald geweld; Top X nodig."), $"/pgatafel/casussen/{casus}"))
        {
            Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        }

        Guid aanmeldingId = Guid.Empty;
        await kit.InRegionAsync(async sp =>
        {
            var aanmelding = await sp.GetRequiredService<CaseworkDbContext>().Aanmeldingen.SingleAsync();
            Assert.Equal("coveca", aanmelding.ModuleId);
            Assert.Equal("topx", aanmelding.SubAanpak);
            Assert.Equal(AanmeldRoute.Opschaling, aanmelding.Route);
            Assert.Equal(PgaTafelKit.Emmen, aanmelding.GemeenteCode);
            Assert.NotNull(aanmelding.PersonId);
            Assert.Equal($"Opgeschaald vanuit PGA-tafel, casus {kenmerk}.", aanmelding.DoelCasusoverleg);
            aanmeldingId = aanmelding.Id;
        });
        var (_, after) = await kit.Staff.PageAsync($"/pgatafel/casussen/{casus}");
        Assert.Contains($"href=\"/aanmeldingen/{aanmeldingId}\"", after, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await kit.Staff.PageAsync($"/aanmeldingen/{aanmeldingId}")).Status);

        // A case of another aanpak does not exist for the table's screen.
        var person = await kit.RegisterPersonAsync("Anders", PgaTafelKit.Assen);
        using var coveca = await kit.TryOpenCaseAsync(person, "coveca");
        var covecaId = coveca.Location()!.Split('/')[^1];
        Assert.Equal(HttpStatusCode.NotFound, (await kit.Staff.PageAsync($"/pgatafel/casussen/{covecaId}")).Status);
    }
}
