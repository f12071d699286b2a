using System.Net;
using System.Text.RegularExpressions;
using OtpNet;

namespace ZvhPlatform.Testing;

/// <summary>Signing in through the real login pages: password, then a TOTP code.</summary>
public static partial class SignIn
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"|name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    /// <summary>The current TOTP code for a secret.</summary>
    public static string TotpCode(string base32Secret, DateTime? utc = null) =>
        new Totp(Base32Encoding.ToBytes(base32Secret)).ComputeTotp(utc ?? DateTime.UtcNow);

    /// <summary>The antiforgery token in a page.</summary>
    public static string AntiforgeryToken(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var match = TokenPattern().Match(html);
        if (!match.Success)
        {
            throw new InvalidOperationException("The page has no antiforgery token.");
        }

        return WebUtility.HtmlDecode(match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value);
    }

    /// <summary>GETs a page and returns its antiforgery token.</summary>
    public static async Task<string> TokenFromAsync(HttpClient client, string path)
    {
        ArgumentNullException.ThrowIfNull(client);
        var html = await client.GetStringAsync(new Uri(path, UriKind.Relative));
        return AntiforgeryToken(html);
    }

    /// <summary>POSTs a form with the antiforgery token of <paramref name="tokenPage"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, IDictionary<string, string> fields, string? tokenPage = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(fields);
        var token = await TokenFromAsync(client, tokenPage ?? "/account/inloggen");
        var all = new List<KeyValuePair<string, string>>(fields) { new("__RequestVerificationToken", token) };
        using var content = new FormUrlEncodedContent(all);
        return await client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    /// <summary>Signs a demo user in completely (password and TOTP); throws when that fails.</summary>
    public static async Task SignInAsync(HttpClient client, ZvhTestHost host, string email)
    {
        ArgumentNullException.ThrowIfNull(host);
        var credential = host.User(email);
        await SignInAsync(client, client, email, credential.Password, credential.TotpSecret);
    }

    /// <summary>
    /// Signs a user in completely with a known password and TOTP secret; the password step is sent with
    /// <paramref name="passwordClient"/> and the code with <paramref name="codeClient"/> (the same client, or two clients
    /// sharing cookies that reach different app instances). Throws when a step fails.
    /// </summary>
    public static async Task SignInAsync(HttpClient passwordClient, HttpClient codeClient, string email, string password, string totpSecret)
    {
        ArgumentNullException.ThrowIfNull(codeClient);
        using var first = await PostFormAsync(passwordClient, "/account/inloggen",
            new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
        if (first.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Password step failed for {email}: {(int)first.StatusCode}");
        }

        // Identity checks authenticator codes against the real clock, not the host's TimeProvider.
        var code = TotpCode(totpSecret);
        using var second = await PostFormAsync(codeClient, "/account/tweestaps", new Dictionary<string, string> { ["Code"] = code }, "/account/tweestaps");
        if (second.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"TOTP step failed for {email}: {(int)second.StatusCode}");
        }
    }
}
