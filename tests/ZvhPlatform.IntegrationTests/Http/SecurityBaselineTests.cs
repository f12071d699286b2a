using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Testing;

namespace ZvhPlatform.IntegrationTests.Http;

/// <summary>One host for the read-only security checks: Utrecht has the fixture module, so its routes are live.</summary>
public sealed class SecurityBaselineHost : IAsyncLifetime
{
    public ZvhTestHost Host { get; } = new();

    public async Task InitializeAsync() => await Host.ContractAsync(Demo.BeheerUtrecht, Host.Today(), null);

    public Task DisposeAsync()
    {
        Host.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>What every route of the platform must do, found by enumerating the routes instead of listing them by hand.</summary>
public sealed partial class SecurityBaselineTests(SecurityBaselineHost fixture) : IClassFixture<SecurityBaselineHost>
{
    private static readonly string[] AnonymousPaths =
        ["/account/inloggen", "/account/tweestaps", "/account/herstelcode", "/account/koppelen", "/health/live", "/health/ready"];

    private static readonly string[] UnsafeMethods = ["POST", "PUT", "PATCH", "DELETE"];

    private ZvhTestHost Host => fixture.Host;

    [GeneratedRegex(@"\{([^}:=?]+)(:[^}=?]*)?[=?]?[^}]*\}")]
    private static partial Regex RouteParameter();

    /// <summary>The first alternative of a <c>regex(^(a|b)$)</c> route constraint, so the filled-in route matches.</summary>
    [GeneratedRegex(@"regex\(\^\(([^|)]+)")]
    private static partial Regex RegexAlternative();

    private sealed record Route(string Path, IReadOnlyList<string>? Methods)
    {
        public bool AcceptsAnyMethod => Methods is null || Methods.Count == 0;

        public bool IsUnsafe => AcceptsAnyMethod || Methods!.Any(m => UnsafeMethods.Contains(m, StringComparer.OrdinalIgnoreCase));

        public bool ChangesNothing => Path.StartsWith("/fout", StringComparison.OrdinalIgnoreCase) || Path.StartsWith("/health", StringComparison.OrdinalIgnoreCase);

        public bool IsAnonymousByDesign =>
            AnonymousPaths.Contains(Path, StringComparer.OrdinalIgnoreCase) || Path.StartsWith("/fout", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Every routed endpoint with its parameters filled in (a Guid for guid constraints, a regex constraint's first value, 1 otherwise).</summary>
    private IReadOnlyList<Route> Routes()
    {
        // The conventional area route is only a template ("Route: {area:exists}/...") until a module brings areas; it is no handler.
        var routes = Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.DisplayName?.StartsWith("Route: ", StringComparison.Ordinal) != true)
            .Select(e => new Route(
                "/" + RouteParameter().Replace(e.RoutePattern.RawText!.TrimStart('/'),
                    m => m.Value.Contains(":guid", StringComparison.OrdinalIgnoreCase) ? Guid.NewGuid().ToString()
                        : RegexAlternative().Match(m.Value) is { Success: true } alternative ? alternative.Groups[1].Value : "1"),
                e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.ToList()))
            .Where(r => !r.Path.Contains('{', StringComparison.Ordinal))
            .ToList();
        Assert.Contains(routes, r => r.Path == "/beheer/contracten");
        Assert.Contains(routes, r => r.Path == "/proefaanpak");
        Assert.Contains(routes, r => r.Path == "/health/live");
        return routes;
    }

    [Fact]
    public async Task Every_route_except_sign_in_health_and_error_pages_sends_an_anonymous_visitor_to_the_sign_in_page()
    {
        using var anonymous = Host.NewClient();
        var failures = new List<string>();
        foreach (var route in Routes().Where(r => !r.IsAnonymousByDesign).DistinctBy(r => r.Path))
        {
            using var response = await anonymous.GetPathAsync(route.Path);
            var ok = response.RedirectsToLogin() || response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed;
            if (!ok)
            {
                failures.Add($"GET {route.Path} -> {(int)response.StatusCode} {response.Location()}");
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task Someone_who_only_passed_the_password_step_reaches_no_page()
    {
        using var pending = Host.NewClient();
        using var password = await Host.PasswordStepAsync(pending, Demo.BeheerUtrecht);
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.Contains("/account/tweestaps", password.Location(), StringComparison.Ordinal);

        foreach (var path in new[] { "/", "/beheer/contracten", "/beheer/gebruikers", "/regio", "/proefaanpak" })
        {
            using var response = await pending.GetPathAsync(path);
            Assert.True(response.RedirectsToLogin(), $"GET {path} with only the pending cookie -> {(int)response.StatusCode} {response.Location()}");
        }
    }

    [Fact]
    public async Task Every_unsafe_request_without_an_antiforgery_token_is_refused_with_400()
    {
        using var beheerder = await Host.SignedInAsync(Demo.BeheerUtrecht);
        var failures = new List<string>();
        // Error pages and health checks answer any method and change nothing; every other route that takes an unsafe method is checked.
        var unsafeRoutes = Routes().Where(r => r.IsUnsafe && !r.ChangesNothing).DistinctBy(r => r.Path).ToList();
        Assert.Contains(unsafeRoutes, r => r.Path == "/account/afmelden");
        Assert.Contains(unsafeRoutes, r => r.Path == "/account/inloggen");
        Assert.Contains(unsafeRoutes, r => r.Path == "/proefaanpak");

        foreach (var route in unsafeRoutes)
        {
            using var content = new FormUrlEncodedContent([new("tekst", "zonder token"), new("gemeenteCode", "GM0344")]);
            using var response = await beheerder.PostAsync(new Uri(route.Path, UriKind.Relative), content);
            if (response.StatusCode != HttpStatusCode.BadRequest)
            {
                failures.Add($"POST {route.Path} without token -> {(int)response.StatusCode}");
            }
        }

        Assert.Empty(failures);
        var (status, _) = await beheerder.PageAsync("/");
        Assert.Equal(HttpStatusCode.OK, status); // the token-less POST /account/afmelden did not sign the beheerder out
    }

    [Fact]
    public async Task A_form_posted_with_the_antiforgery_token_of_another_session_is_refused_and_saves_nothing()
    {
        using var first = await Host.SignedInAsync(Demo.BeheerUtrecht);
        using var second = await Host.SignedInAsync(Demo.BeheerUtrecht);
        var before = await second.ContractIdsAsync();
        var foreignToken = await SignIn.TokenFromAsync(first, "/beheer/contracten/nieuw");
        _ = await SignIn.TokenFromAsync(second, "/beheer/contracten/nieuw");

        var fields = Web.ContractFields(Demo.Module, Web.Date(Host.Today()), null, ["GM0344"], "met andermans token");
        fields.Add(new("__RequestVerificationToken", foreignToken));
        using var content = new FormUrlEncodedContent(fields);
        using var response = await second.PostAsync(new Uri("/beheer/contracten/nieuw", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await second.ContractIdsAsync());
    }

    [Fact]
    public async Task Every_kind_of_response_carries_the_security_headers()
    {
        using var anonymous = Host.NewClient();
        using var signedIn = await Host.SignedInAsync(Demo.RegisseurUtrecht);
        using var noToken = new FormUrlEncodedContent([new("Email", "x@example.org"), new("Password", "x")]);
        var responses = new List<(string Kind, HttpStatusCode Expected, HttpResponseMessage Response)>
        {
            ("page", HttpStatusCode.OK, await anonymous.GetPathAsync("/account/inloggen")),
            ("signed-in page", HttpStatusCode.OK, await signedIn.GetPathAsync("/")),
            ("redirect", HttpStatusCode.Redirect, await anonymous.GetPathAsync("/beheer/contracten")),
            ("404", HttpStatusCode.NotFound, await signedIn.GetPathAsync("/bestaat-niet")),
            ("400", HttpStatusCode.BadRequest, await anonymous.PostAsync(new Uri("/account/inloggen", UriKind.Relative), noToken)),
            ("static file", HttpStatusCode.OK, await anonymous.GetPathAsync("/lib/htmx/htmx.min.js")),
            ("health", HttpStatusCode.OK, await anonymous.GetPathAsync("/health/live")),
        };

        try
        {
            foreach (var (kind, expected, response) in responses)
            {
                Assert.True(expected == response.StatusCode, $"{kind}: expected {(int)expected}, got {(int)response.StatusCode}");
                var csp = Header(response, "Content-Security-Policy");
                Assert.True(csp is not null, $"{kind}: no Content-Security-Policy");
                Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
                Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
                Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
                Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
                Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
                Assert.True(Header(response, "X-Content-Type-Options") == "nosniff", $"{kind}: X-Content-Type-Options");
                Assert.True(Header(response, "X-Frame-Options") == "DENY", $"{kind}: X-Frame-Options");
                Assert.True(Header(response, "Referrer-Policy") == "no-referrer", $"{kind}: Referrer-Policy");
            }
        }
        finally
        {
            foreach (var (_, _, response) in responses)
            {
                response.Dispose();
            }
        }
    }

    [Fact]
    public async Task Error_pages_explain_in_Dutch_and_reveal_nothing_internal()
    {
        using var beheerder = await Host.SignedInAsync(Demo.BeheerUtrecht);
        var contract = (await beheerder.ContractIdsAsync())[0];
        using var noToken = new FormUrlEncodedContent([new("lastDay", "morgen")]);
        var cases = new List<(HttpStatusCode Expected, string DutchTitle, HttpResponseMessage Response)>
        {
            (HttpStatusCode.NotFound, "Pagina niet gevonden", await beheerder.GetPathAsync("/bestaat-niet")),
            (HttpStatusCode.NotFound, "Pagina niet gevonden", await beheerder.GetPathAsync($"/beheer/contracten/{Guid.NewGuid()}/bewerken")),
            (HttpStatusCode.BadRequest, "Het verzoek is niet geldig",
                await beheerder.PostAsync(new Uri($"/beheer/contracten/{contract}/beeindigen", UriKind.Relative), noToken)),
            (HttpStatusCode.BadRequest, "Vul een geldige laatste dag in.",
                await beheerder.PostAsync($"/beheer/contracten/{contract}/beeindigen", [new("lastDay", "31-02-x"), new("version", "0")], "/beheer/contracten")),
        };

        try
        {
            foreach (var (expected, title, response) in cases)
            {
                var body = await response.BodyAsync();
                Assert.Equal(expected, response.StatusCode);
                Assert.Contains(title, body, StringComparison.Ordinal);
                foreach (var secret in new[] { "Exception", "StackTrace", "   at ", ".cs:line", "ZvhPlatform.", "Microsoft.", "System.", "SQLite", "Npgsql" })
                {
                    Assert.False(body.Contains(secret, StringComparison.OrdinalIgnoreCase), $"{(int)expected} page reveals '{secret}'");
                }
            }
        }
        finally
        {
            foreach (var (_, _, response) in cases)
            {
                response.Dispose();
            }
        }
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;
}
