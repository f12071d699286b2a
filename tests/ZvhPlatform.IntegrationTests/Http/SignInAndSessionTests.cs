using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Identity;
using ZvhPlatform.Testing;

namespace ZvhPlatform.IntegrationTests.Http;

/// <summary>Signing in, and how long and how far a session is honoured.</summary>
public sealed class SignInAndSessionTests
{
    private const string LockedOut = "Dit account is tijdelijk geblokkeerd na te veel mislukte pogingen.";

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_so_that_even_the_right_password_is_refused()
    {
        using var host = new ZvhTestHost();
        using var client = host.NewClient();

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var wrong = await host.PasswordStepAsync(client, Demo.RegisseurUtrecht, "Fout-wachtwoord-" + attempt);
            var body = await wrong.BodyAsync();
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
            Assert.Equal(attempt == 5, body.Contains(LockedOut, StringComparison.Ordinal));
            if (attempt < 5)
            {
                Assert.Contains("De combinatie van e-mailadres en wachtwoord is onjuist.", body, StringComparison.Ordinal);
            }
        }

        using var right = await host.PasswordStepAsync(client, Demo.RegisseurUtrecht);
        Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode);
        Assert.Contains(LockedOut, await right.BodyAsync(), StringComparison.Ordinal);
        using var start = await client.GetPathAsync("/");
        Assert.True(start.RedirectsToLogin());

        // Another account is not affected.
        using var other = await host.SignedInAsync(Demo.BeheerUtrecht);
        Assert.Equal(HttpStatusCode.OK, (await other.PageAsync("/")).Status);
    }

    [Fact]
    public async Task A_wrong_authenticator_code_is_refused_with_a_Dutch_message_and_starts_no_session()
    {
        using var host = new ZvhTestHost();
        using var client = host.NewClient();
        using var password = await host.PasswordStepAsync(client, Demo.RegisseurUtrecht);
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);

        var right = SignIn.TotpCode(host.User(Demo.RegisseurUtrecht).TotpSecret, DateTime.UtcNow);
        var wrong = ((int.Parse(right, System.Globalization.CultureInfo.InvariantCulture) + 500_000) % 1_000_000).ToString("D6",
            System.Globalization.CultureInfo.InvariantCulture);
        using var code = await client.PostAsync("/account/tweestaps", [new("Code", wrong)], "/account/tweestaps");

        Assert.Equal(HttpStatusCode.BadRequest, code.StatusCode);
        Assert.Contains("De code is onjuist of verlopen.", await code.BodyAsync(), StringComparison.Ordinal);
        using var start = await client.GetPathAsync("/");
        Assert.True(start.RedirectsToLogin());
    }

    [Fact]
    public async Task After_signing_out_the_old_session_cookie_no_longer_works_anywhere()
    {
        using var host = new ZvhTestHost();
        using var browser = host.NewClient();
        using (var password = await host.PasswordStepAsync(browser, Demo.RegisseurUtrecht))
        {
            Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        }

        using var second = await browser.PostAsync("/account/tweestaps",
            [new("Code", SignIn.TotpCode(host.User(Demo.RegisseurUtrecht).TotpSecret, DateTime.UtcNow))], "/account/tweestaps");
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var sessionCookie = string.Join("; ", second.Headers.GetValues("Set-Cookie")
            .Where(c => c.StartsWith("zvh.sessie", StringComparison.Ordinal))
            .Select(c => c.Split(';')[0]));
        Assert.NotEmpty(sessionCookie);

        using var thief = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

        async Task<HttpResponseMessage> ReplayAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
            request.Headers.Add("Cookie", sessionCookie);
            return await thief.SendAsync(request);
        }

        using (var before = await ReplayAsync())
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode); // the copied cookie is a working session until sign-out
        }

        using (var logout = await browser.PostAsync("/account/afmelden", [], "/"))
        {
            Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        }

        using var after = await ReplayAsync();
        Assert.True(after.RedirectsToLogin(), $"replayed cookie after sign-out -> {(int)after.StatusCode}");
        using var own = await browser.GetPathAsync("/");
        Assert.True(own.RedirectsToLogin());
    }

    [Fact]
    public async Task A_session_ends_after_twenty_minutes_without_activity_but_not_while_in_use()
    {
        using var host = new ZvhTestHost();
        using var client = await host.SignedInAsync(Demo.RegisseurUtrecht);

        host.Clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(HttpStatusCode.OK, (await client.PageAsync("/")).Status);
        host.Clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(HttpStatusCode.OK, (await client.PageAsync("/")).Status); // 30 minutes after sign-in, 15 since the last request

        host.Clock.Advance(TimeSpan.FromMinutes(21));
        using var idle = await client.GetPathAsync("/");
        Assert.True(idle.RedirectsToLogin(), $"after 21 idle minutes -> {(int)idle.StatusCode}");
    }

    [Fact]
    public async Task A_session_ends_ten_hours_after_sign_in_even_when_it_is_used_all_the_time()
    {
        using var host = new ZvhTestHost();
        using var client = await host.SignedInAsync(Demo.RegisseurUtrecht);

        for (var quarter = 1; quarter <= 40; quarter++) // a request every 15 minutes up to exactly 10 hours
        {
            host.Clock.Advance(TimeSpan.FromMinutes(15));
            using var response = await client.GetPathAsync("/");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"after {quarter * 15} minutes -> {(int)response.StatusCode}");
        }

        host.Clock.Advance(TimeSpan.FromMinutes(15));
        using var expired = await client.GetPathAsync("/");
        Assert.True(expired.RedirectsToLogin(), $"after 10h15 -> {(int)expired.StatusCode}");
    }

    [Fact]
    public async Task A_revoked_role_takes_effect_on_the_users_very_next_request()
    {
        using var host = new ZvhTestHost();
        using var beheerder = await host.SignedInAsync(Demo.BeheerUtrecht);
        using var manager = await host.SignedInAsync(Demo.ManagerUtrecht);
        Guid managerId;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            managerId = (await scope.ServiceProvider.GetRequiredService<UserManager<ZvhUser>>().FindByEmailAsync(Demo.ManagerUtrecht))!.Id;
        }

        // The manager also becomes analist, so that after the revocation they still work in the region.
        using (var added = await beheerder.PostAsync("/beheer/gebruikers",
                   [new("Email", Demo.ManagerUtrecht), new("DisplayName", "Mirjam Manager"), new("Organisation", ""), new("Role", "analist")],
                   "/beheer/gebruikers"))
        {
            Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await manager.PageAsync("/beheer/contracten")).Status);

        using (var revoked = await beheerder.PostAsync($"/beheer/gebruikers/{managerId}/rol-intrekken", [new("role", "manager")], "/beheer/gebruikers"))
        {
            Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        }

        using var next = await manager.GetPathAsync("/beheer/contracten");
        // Left with only the analist role, the user is refused as analysts are: 404 on every page they may not open.
        Assert.True(next.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
                    || (next.StatusCode == HttpStatusCode.Redirect && next.Location()!.Contains("/fout/403", StringComparison.Ordinal)),
            $"the very next request after the revocation -> {(int)next.StatusCode} {next.Location()}");
        var (status, start) = await manager.PageAsync("/");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("</strong> als analist.", start, StringComparison.Ordinal); // the role list is exactly "analist"
    }
}
