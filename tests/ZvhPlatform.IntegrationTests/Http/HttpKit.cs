using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Tenancy;
using ZvhPlatform.Testing;

namespace ZvhPlatform.IntegrationTests.Http;

/// <summary>The demo users the HTTP tests act as.</summary>
internal static class Demo
{
    public const string BeheerUtrecht = "beheer.utrecht@demo.zvh.nl";
    public const string RegisseurUtrecht = "regisseur.utrecht@demo.zvh.nl";
    public const string ManagerUtrecht = "manager.utrecht@demo.zvh.nl";
    public const string Partner = "partner@demo.zvh.nl";
    public const string BeheerDrenthe = "beheer.drenthe@demo.zvh.nl";
    public const string RegisseurDrenthe = "regisseur.drenthe@demo.zvh.nl";
    public const string Module = "proefaanpak";

    public const string UtrechtName = "ZVH Regio Utrecht";
    public const string DrentheName = "Zorg- en Veiligheidshuis Drenthe";
}

/// <summary>The two providers the data-sensitive HTTP tests run on.</summary>
public static class Providers
{
    /// <summary>SQLite and PostgreSQL (the PostgreSQL case fails clearly when ZVH_TEST_POSTGRES is not set).</summary>
    public static TheoryData<DatabaseProvider> Both => new() { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql };
}

/// <summary>Small helpers over the real screens: sign in, GET, POST forms, contracts through the contract screen.</summary>
internal static partial class Web
{
    [GeneratedRegex("<nav[^>]*aria-label=\"Hoofdmenu\"[^>]*>(.*?)</nav>", RegexOptions.Singleline)]
    private static partial Regex NavPattern();

    [GeneratedRegex("data-contract=\"([0-9a-fA-F-]{36})\" data-module=\"proefaanpak\"")]
    private static partial Regex EditLinkPattern();

    [GeneratedRegex("name=\"Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionPattern();

    /// <summary>
    /// A new client, signed in completely (password and TOTP) as the demo user. The TOTP code is computed
    /// from the real time, because ASP.NET Identity checks authenticator codes against the system clock,
    /// not the host's (fake) TimeProvider; so this also works after <c>host.Clock</c> was moved.
    /// </summary>
    public static async Task<HttpClient> SignedInAsync(this ZvhTestHost host, string email)
    {
        var client = host.NewClient();
        using var password = await host.PasswordStepAsync(client, email);
        if (password.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Password step failed for {email}: {(int)password.StatusCode}");
        }

        using var second = await client.PostAsync("/account/tweestaps", [new("Code", SignIn.TotpCode(host.User(email).TotpSecret, DateTime.UtcNow))],
            "/account/tweestaps");
        if (second.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"TOTP step failed for {email}: {(int)second.StatusCode}");
        }

        return client;
    }

    /// <summary>Only the first step of signing in: e-mail and password (right or wrong).</summary>
    public static Task<HttpResponseMessage> PasswordStepAsync(this ZvhTestHost host, HttpClient client, string email, string? password = null) =>
        client.PostAsync("/account/inloggen", [new("Email", email), new("Password", password ?? host.User(email).Password)], "/account/inloggen");

    public static Task<HttpResponseMessage> GetPathAsync(this HttpClient client, string path) =>
        client.GetAsync(new Uri(path, UriKind.Relative));

    public static async Task<(HttpStatusCode Status, string Html)> PageAsync(this HttpClient client, string path)
    {
        using var response = await client.GetPathAsync(path);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>POSTs a form with the antiforgery token of <paramref name="tokenPage"/> (repeated fields allowed).</summary>
    public static async Task<HttpResponseMessage> PostAsync(this HttpClient client, string path, IEnumerable<KeyValuePair<string, string>> fields,
        string tokenPage)
    {
        var token = await SignIn.TokenFromAsync(client, tokenPage);
        using var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    public static async Task<string> BodyAsync(this HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    /// <summary>The main navigation of a page ("" when the page has none).</summary>
    public static string Navigation(string html)
    {
        var match = NavPattern().Match(html);
        return match.Success ? match.Groups[1].Value : "";
    }

    public static bool NavigationOffersModule(string html) =>
        Navigation(html).Contains("href=\"/proefaanpak\"", StringComparison.Ordinal);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly Today(this ZvhTestHost host) => DateOnly.FromDateTime(host.Clock.GetUtcNow().UtcDateTime);

    /// <summary>The fields of the contract form, as the browser would send them.</summary>
    public static List<KeyValuePair<string, string>> ContractFields(string moduleId, string validFrom, string? validTo, IEnumerable<string> gemeenten,
        string? note = null, long version = 0)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("ModuleId", moduleId),
            new("Kind", "Plustaak"),
            new("ValidFrom", validFrom),
            new("ValidTo", validTo ?? ""),
            new("Note", note ?? ""),
            new("Version", version.ToString(CultureInfo.InvariantCulture)),
        };
        fields.AddRange(gemeenten.Select(g => new KeyValuePair<string, string>("GemeenteCodes", g)));
        return fields;
    }

    /// <summary>The functioneel beheerder creates a contract through the contract screen; throws when it is not saved.</summary>
    public static async Task CreateContractAsync(this HttpClient beheerder, DateOnly from, DateOnly? to, params string[] gemeenten)
    {
        using var response = await beheerder.PostAsync("/beheer/contracten/nieuw",
            ContractFields(Demo.Module, Date(from), to is { } t ? Date(t) : null, gemeenten), "/beheer/contracten/nieuw");
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"The contract was not saved ({(int)response.StatusCode}): {await response.BodyAsync()}");
        }
    }

    /// <summary>Signs the region's beheerder in and creates a contract for the fixture module.</summary>
    public static async Task ContractAsync(this ZvhTestHost host, string beheerderEmail, DateOnly from, DateOnly? to, params string[] gemeenten)
    {
        using var beheerder = await host.SignedInAsync(beheerderEmail);
        await beheerder.CreateContractAsync(from, to, gemeenten);
    }

    /// <summary>Adds a note in the fixture module for a municipality (POST /proefaanpak).</summary>
    public static Task<HttpResponseMessage> AddNoteAsync(this HttpClient client, string tekst, string gemeenteCode) =>
        client.PostAsync("/proefaanpak", [new("tekst", tekst), new("gemeenteCode", gemeenteCode)], "/");

    /// <summary>The ids of the fixture module's contracts on the contract overview.</summary>
    public static async Task<IReadOnlyList<Guid>> ContractIdsAsync(this HttpClient beheerder)
    {
        var (_, html) = await beheerder.PageAsync("/beheer/contracten");
        return EditLinkPattern().Matches(html).Select(m => Guid.Parse(m.Groups[1].Value)).Distinct().ToList();
    }

    public static long VersionIn(string html) => long.Parse(VersionPattern().Match(html).Groups[1].Value, CultureInfo.InvariantCulture);

    public static async Task<ZvhPlatform.Kernel.Tenancy.RegionInfo> RegionAsync(this ZvhTestHost host, string key)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IRegionStore>().FindByKeyAsync(key)
               ?? throw new InvalidOperationException($"Region {key} is not in the demo.");
    }

    public static string? Location(this HttpResponseMessage response) => response.Headers.Location?.OriginalString;

    public static bool RedirectsToLogin(this HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect
        && response.Location() is { } location
        && location.Contains("/account/inloggen", StringComparison.OrdinalIgnoreCase);
}
