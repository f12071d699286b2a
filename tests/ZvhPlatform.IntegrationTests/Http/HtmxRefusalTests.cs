using System.Net;
using ZvhPlatform.Testing;

namespace ZvhPlatform.IntegrationTests.Http;

/// <summary>
/// An htmx request that is refused (403, 404, 400, ...) gets the Dutch message as a fragment, never the whole error page
/// with its layout, and never an address for the browser history; site.js shows it where the result would have gone.
/// A normal request keeps getting the full error page.
/// </summary>
public sealed class HtmxRefusalTests
{
    [Fact]
    public async Task A_forbidden_htmx_read_gets_a_403_message_fragment_and_a_normal_read_the_error_page()
    {
        using var host = new ZvhTestHost();
        using var partner = await host.SignedInAsync(Demo.Partner);

        using var fragment = await partner.SendAsync(Htmx("/beheer/contracten/historie"));
        var html = await fragment.BodyAsync();
        Assert.Equal(HttpStatusCode.Forbidden, fragment.StatusCode);
        AssertMessageFragment(fragment, html);
        Assert.Contains("Geen toegang", html, StringComparison.Ordinal);

        using var page = await partner.GetPathAsync("/beheer/contracten/historie");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/fout/403", page.Location(), StringComparison.Ordinal);
        var (status, full) = await partner.PageAsync(new Uri(page.Location()!).PathAndQuery);
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("<html", full, StringComparison.Ordinal);
        Assert.Contains("Geen toegang", full, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_htmx_read_of_an_unknown_address_or_an_unknown_case_gets_a_404_message_fragment()
    {
        using var host = new ZvhTestHost();
        using var regisseur = await host.SignedInAsync(Demo.RegisseurUtrecht);

        // No route at all: the status code page, re-executed for the htmx request.
        using var unknown = await regisseur.SendAsync(Htmx("/bestaat-niet"));
        var unknownHtml = await unknown.BodyAsync();
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        AssertMessageFragment(unknown, unknownHtml);
        Assert.Contains("Pagina niet gevonden", unknownHtml, StringComparison.Ordinal);

        // A route whose case does not exist (or is not for this user): the domain's refusal, through the exception filter.
        using var noCase = await regisseur.SendAsync(Htmx($"/casussen/{Guid.NewGuid()}/plan/rij"));
        var noCaseHtml = await noCase.BodyAsync();
        Assert.Equal(HttpStatusCode.NotFound, noCase.StatusCode);
        AssertMessageFragment(noCase, noCaseHtml);

        var (status, full) = await regisseur.PageAsync("/bestaat-niet");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("<html", full, StringComparison.Ordinal);
        Assert.DoesNotContain("data-zvh-melding", full, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_htmx_read_without_a_session_sends_the_browser_to_the_login_page_and_a_normal_read_is_redirected()
    {
        using var host = new ZvhTestHost();
        using var anonymous = host.NewClient();

        using var fragment = await anonymous.SendAsync(Htmx("/casussen"));
        Assert.Equal(HttpStatusCode.Unauthorized, fragment.StatusCode);
        Assert.Contains("/account/inloggen", Assert.Single(fragment.Headers.GetValues("HX-Redirect")), StringComparison.Ordinal);

        using var page = await anonymous.GetPathAsync("/casussen");
        Assert.True(page.RedirectsToLogin(), $"/casussen without a session -> {(int)page.StatusCode}");
    }

    private static HttpRequestMessage Htmx(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add("HX-Request", "true");
        return request;
    }

    private static void AssertMessageFragment(HttpResponseMessage response, string html)
    {
        Assert.Contains("data-zvh-melding", html, StringComparison.Ordinal);
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<html", html, StringComparison.Ordinal);
        Assert.Equal("false", Assert.Single(response.Headers.GetValues("HX-Push-Url")));
        Assert.Contains("HX-Request", response.Headers.Vary);
    }
}
