using System.Net;
using ZvhPlatform.Testing;

namespace ZvhPlatform.IntegrationTests;

public sealed class SmokeTests
{
    [Fact]
    public async Task A_demo_user_signs_in_with_password_and_totp_and_sees_the_start_page_of_their_region()
    {
        using var host = new ZvhTestHost();
        using var client = host.NewClient();
        await SignIn.SignInAsync(client, host, "beheer.utrecht@demo.zvh.nl");

        var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ZVH Regio Utrecht", html, StringComparison.Ordinal);
        Assert.Contains("Fenna Beheer", html, StringComparison.Ordinal);
    }
}
