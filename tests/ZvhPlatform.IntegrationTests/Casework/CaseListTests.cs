using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Testing;

namespace ZvhPlatform.IntegrationTests.Casework;

/// <summary>
/// The case list by status runs on a compiled query, every other filter on the composed one (ListCases.cs):
/// both must keep to the region, the filter and the keyset order, page after page.
/// </summary>
public sealed partial class CaseworkTests
{
    [GeneratedRegex("<a class=\"utrecht-link\" href=\"/casussen/[0-9a-f-]{36}\">([^<]+)</a>")]
    private static partial Regex CaseKenmerk();

    [GeneratedRegex("data-testid=\"next-page\" href=\"([^\"]+)\"")]
    private static partial Regex NextPage();

    /// <summary>Cases written straight into a region: kenmerk prefix, status, and opening day per case.</summary>
    private static Task SeedCasesAsync(ZvhTestHost host, string region, string prefix, CasusStatus status, int count) =>
        InRegionAsync(host, region, async sp =>
        {
            var db = sp.GetRequiredService<CaseworkDbContext>();
            for (var i = 0; i < count; i++)
            {
                // Three cases per day, so the cursor must break ties on the kenmerk.
                db.Casussen.Add(new Casus
                {
                    Kenmerk = $"{prefix}-{i:D3}", ModuleId = "proefaanpak", HoofdpersoonId = Guid.NewGuid(), Doel = "Procesregie",
                    Grondslag = "art. 6 lid 1 sub e AVG; WGS", GeopendOp = new DateOnly(2026, 1, 1).AddDays(i / 3), Status = status,
                });
            }

            await db.SaveChangesAsync();
        });

    private static async Task<(List<string> Kenmerken, string? Next)> CasePageAsync(HttpClient client, string url, bool htmx = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        if (htmx)
        {
            request.Headers.Add("HX-Request", "true");
        }

        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var html = await response.Content.ReadAsStringAsync();
        var next = NextPage().Match(html);
        return (CaseKenmerk().Matches(html).Select(m => m.Groups[1].Value).ToList(), next.Success ? System.Net.WebUtility.HtmlDecode(next.Groups[1].Value) : null);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_case_list_by_status_pages_through_the_own_region_only_newest_first_without_overlap(DatabaseProvider provider)
    {
        var s = await SetUpAsync(provider);
        using var host = s.Host;
        using var staff = s.Staff;
        await SeedCasesAsync(host, "utrecht", "U-AFG", CasusStatus.Afgeschaald, 25);
        await SeedCasesAsync(host, "utrecht", "U-REG", CasusStatus.InRegie, 4);
        await SeedCasesAsync(host, "drenthe", "D-AFG", CasusStatus.Afgeschaald, 6);

        var first = await CasePageAsync(staff, "/casussen?status=Afgeschaald");
        Assert.NotNull(first.Next);
        var second = await CasePageAsync(staff, first.Next!, htmx: true);

        var expected = Enumerable.Range(0, 25).Select(i => $"U-AFG-{i:D3}").Reverse().ToList();
        Assert.Equal(expected.Take(20), first.Kenmerken);
        Assert.Equal(expected.Skip(20), second.Kenmerken);
        Assert.Null(second.Next);

        // The composed query (no status: the open cases) still sees the other statuses and no other region.
        var open = await CasePageAsync(staff, "/casussen");
        Assert.Equal(Enumerable.Range(0, 4).Select(i => $"U-REG-{i:D3}").Reverse(), open.Kenmerken);
        var byModule = await CasePageAsync(staff, "/casussen?status=Afgeschaald&aanpak=proefaanpak");
        Assert.Equal(expected.Take(20), byModule.Kenmerken);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_open_case_list_merges_werkvoorraad_and_in_regie_newest_first_page_after_page(DatabaseProvider provider)
    {
        var s = await SetUpAsync(provider);
        using var host = s.Host;
        using var staff = s.Staff;
        // Both open statuses on the same days (three cases a day), so the merge must interleave them and break ties on the kenmerk.
        await SeedCasesAsync(host, "utrecht", "U-WERK", CasusStatus.Werkvoorraad, 14);
        await SeedCasesAsync(host, "utrecht", "U-REGIE", CasusStatus.InRegie, 17);
        await SeedCasesAsync(host, "utrecht", "U-AFG", CasusStatus.Afgeschaald, 9);
        await SeedCasesAsync(host, "drenthe", "D-WERK", CasusStatus.Werkvoorraad, 5);

        var first = await CasePageAsync(staff, "/casussen");
        Assert.NotNull(first.Next);
        var second = await CasePageAsync(staff, first.Next!, htmx: true);
        Assert.Null(second.Next);

        // Newest opening day first, on the same day the higher kenmerk first ("U-WERK-..." sorts after "U-REGIE-...").
        var expected = Enumerable.Range(0, 14).Select(i => (Day: i / 3, Kenmerk: $"U-WERK-{i:D3}"))
            .Concat(Enumerable.Range(0, 17).Select(i => (Day: i / 3, Kenmerk: $"U-REGIE-{i:D3}")))
            .OrderByDescending(c => c.Day).ThenByDescending(c => c.Kenmerk, StringComparer.Ordinal)
            .Select(c => c.Kenmerk).ToList();
        Assert.Equal("U-REGIE-016", expected[0]);
        Assert.Equal(expected.Take(20), first.Kenmerken);
        Assert.Equal(expected.Skip(20), second.Kenmerken);

        // "Ook afgesloten" is not the merge: it lists every status of the region in the same order.
        var all = await CasePageAsync(staff, "/casussen?afgesloten=true");
        Assert.Contains("U-AFG-008", all.Kenmerken);
        Assert.DoesNotContain(all.Kenmerken, k => k.StartsWith("D-", StringComparison.Ordinal));
    }
}
