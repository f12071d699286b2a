using System.Globalization;
using System.Net;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Testing;

namespace ZvhPlatform.IntegrationTests.Http;

/// <summary>A session of one region is never honoured in another, and one region's data never shows in another's pages.</summary>
public sealed class RegionIsolationTests
{
    private static async Task<HttpResponseMessage> GetWithHostAsync(HttpClient client, string hostName, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Host = hostName;
        return await client.SendAsync(request);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_session_of_one_region_is_rejected_in_another_region_by_path_and_by_host_name(DatabaseProvider provider)
    {
        using var host = new ZvhTestHost(provider);
        using var utrechtOnly = await host.SignedInAsync(Demo.RegisseurUtrecht);

        // Own region through each strategy: served.
        var (ownPath, ownPathHtml) = await utrechtOnly.PageAsync("/r/utrecht/");
        using var ownHost = await GetWithHostAsync(utrechtOnly, "utrecht.localhost", "/");
        Assert.Equal(HttpStatusCode.OK, ownPath);
        Assert.Contains(Demo.UtrechtName, ownPathHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, ownHost.StatusCode);

        // Another region: as if it did not exist.
        var (otherPath, otherPathHtml) = await utrechtOnly.PageAsync("/r/drenthe/");
        using var otherHost = await GetWithHostAsync(utrechtOnly, "drenthe.localhost", "/");
        using var otherHostPage = await GetWithHostAsync(utrechtOnly, "drenthe.localhost", "/beheer/contracten");
        Assert.Equal(HttpStatusCode.NotFound, otherPath);
        Assert.DoesNotContain(Demo.DrentheName, otherPathHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, otherHost.StatusCode);
        Assert.DoesNotContain(Demo.DrentheName, await otherHost.BodyAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, otherHostPage.StatusCode);
    }

    [Fact]
    public async Task A_member_of_two_regions_switches_explicitly_and_a_forged_switch_to_a_foreign_region_is_refused()
    {
        using var host = new ZvhTestHost();
        var utrecht = await host.RegionAsync("utrecht");
        var drenthe = await host.RegionAsync("drenthe");

        using var partner = await host.SignedInAsync(Demo.Partner);
        var (_, choices) = await partner.PageAsync("/regio");
        Assert.Contains(Demo.UtrechtName, choices, StringComparison.Ordinal);
        Assert.Contains(Demo.DrentheName, choices, StringComparison.Ordinal);

        foreach (var (target, name, otherName) in new[] { (drenthe, Demo.DrentheName, Demo.UtrechtName), (utrecht, Demo.UtrechtName, Demo.DrentheName) })
        {
            using var switched = await partner.PostAsync("/regio/wisselen", [new("regionId", target.Id.ToString())], "/regio");
            Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
            var (_, start) = await partner.PageAsync("/");
            Assert.Contains($"U werkt in <strong>{name}</strong>", start, StringComparison.Ordinal);
            Assert.DoesNotContain($"U werkt in <strong>{otherName}</strong>", start, StringComparison.Ordinal);
        }

        using var utrechtOnly = await host.SignedInAsync(Demo.RegisseurUtrecht);
        using var forged = await utrechtOnly.PostAsync("/regio/wisselen", [new("regionId", drenthe.Id.ToString())], "/");
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        using var unknown = await utrechtOnly.PostAsync("/regio/wisselen", [new("regionId", Guid.NewGuid().ToString())], "/");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var (_, after) = await utrechtOnly.PageAsync("/");
        Assert.Contains($"U werkt in <strong>{Demo.UtrechtName}</strong>", after, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Interleaved_parallel_requests_of_two_regions_each_see_only_their_own_regions_canary(DatabaseProvider provider)
    {
        using var host = new ZvhTestHost(provider);
        await host.ContractAsync(Demo.BeheerUtrecht, host.Today(), null);
        await host.ContractAsync(Demo.BeheerDrenthe, host.Today(), null);
        var utrechtCanary = "kanarie-utrecht-" + Guid.NewGuid().ToString("N");
        var drentheCanary = "kanarie-drenthe-" + Guid.NewGuid().ToString("N");

        using var utrecht = await host.SignedInAsync(Demo.RegisseurUtrecht);
        using var drenthe = await host.SignedInAsync(Demo.RegisseurDrenthe);
        using (var added = await utrecht.AddNoteAsync(utrechtCanary, "GM0344"))
        {
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        using (var added = await drenthe.AddNoteAsync(drentheCanary, "GM0106"))
        {
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        var requests = Enumerable.Range(0, 50).Select(async i =>
        {
            var (client, own, foreign) = i % 2 == 0 ? (utrecht, utrechtCanary, drentheCanary) : (drenthe, drentheCanary, utrechtCanary);
            var (status, html) = await client.PageAsync("/proefaanpak");
            return (Index: i, status, SeesOwn: html.Contains(own, StringComparison.Ordinal), SeesForeign: html.Contains(foreign, StringComparison.Ordinal));
        });
        var results = await Task.WhenAll(requests);

        Assert.All(results, r => Assert.Equal(HttpStatusCode.OK, r.status));
        Assert.All(results, r => Assert.True(r.SeesOwn, string.Create(CultureInfo.InvariantCulture, $"request {r.Index} missed its own canary")));
        Assert.All(results, r => Assert.False(r.SeesForeign, string.Create(CultureInfo.InvariantCulture, $"request {r.Index} saw the other region's canary")));
    }
}
