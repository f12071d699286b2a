using System.Net;
using System.Text.RegularExpressions;
using OtpNet;

namespace ZvhPlatform.Bench.Pages;

/// <summary>A signed-in user of the app: the cookie header wrk sends, and an antiforgery token for POSTs.</summary>
internal sealed partial record Session(string CookieHeader, HttpClient Client)
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"|name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    /// <summary>Signs in through the real pages: password, then the TOTP code.</summary>
    public static async Task<Session> SignInAsync(string baseUrl, string email, string password, string totpSecret)
    {
        var cookies = new CookieContainer();
        var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(baseUrl) };
        await PostAsync(client, "/account/inloggen", "/account/inloggen", new() { ["Email"] = email, ["Password"] = password });
        var code = new Totp(Base32Encoding.ToBytes(totpSecret)).ComputeTotp(DateTime.UtcNow);
        await PostAsync(client, "/account/tweestaps", "/account/tweestaps", new() { ["Code"] = code });
        var header = cookies.GetCookieHeader(new Uri(baseUrl));
        return new Session(header, client);
    }

    /// <summary>An antiforgery token valid for this session (tokens are not single-use, so wrk may send it many times).</summary>
    public async Task<string> TokenAsync(string page) => Token(await Client.GetStringAsync(new Uri(page, UriKind.Relative)));

    private static async Task PostAsync(HttpClient client, string tokenPage, string path, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = Token(await client.GetStringAsync(new Uri(tokenPage, UriKind.Relative)));
        using var content = new FormUrlEncodedContent(fields);
        var response = await client.PostAsync(new Uri(path, UriKind.Relative), content);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in step {path} answered {(int)response.StatusCode}.");
        }
    }

    private static string Token(string html)
    {
        var match = TokenPattern().Match(html);
        return match.Success
            ? WebUtility.HtmlDecode(match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value)
            : throw new InvalidOperationException("The page has no antiforgery token.");
    }
}
