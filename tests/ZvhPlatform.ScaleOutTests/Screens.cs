using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ZvhPlatform.Testing;

namespace ZvhPlatform.ScaleOutTests;

/// <summary>The real screens the tests use: pages, the contract screen.</summary>
internal static partial class Screens
{
    [GeneratedRegex("data-contract=\"([0-9a-fA-F-]{36})\" data-module=\"([a-z0-9]+)\"")]
    private static partial Regex ContractRow();

    [GeneratedRegex("name=\"Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();

    public static async Task<HttpStatusCode> StatusAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return response.StatusCode;
    }

    public static async Task<(HttpStatusCode Status, string Html, string? Location)> PageAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), response.Headers.Location?.OriginalString);
    }

    public static bool IsLoginRedirect(HttpStatusCode status, string? location) =>
        status == HttpStatusCode.Redirect && location?.Contains("/account/inloggen", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>The beheerder creates a contract for the whole region on the contract screen; throws when it is not saved.</summary>
    public static async Task CreateContractAsync(HttpClient beheerder, string moduleId, DateOnly from)
    {
        using var response = await SignIn.PostFormAsync(beheerder, "/beheer/contracten/nieuw", new Dictionary<string, string>
        {
            ["ModuleId"] = moduleId,
            ["Kind"] = "Plustaak",
            ["ValidFrom"] = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["ValidTo"] = "",
            ["Note"] = "twee instanties",
            ["Version"] = "0",
        }, "/beheer/contracten/nieuw");
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"The contract was not saved ({(int)response.StatusCode}): {await response.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>The beheerder ends the module's contract with <paramref name="lastDay"/> as its last day; throws when refused.</summary>
    public static async Task EndContractAsync(HttpClient beheerder, string moduleId, DateOnly lastDay)
    {
        var (_, overview, _) = await PageAsync(beheerder, "/beheer/contracten");
        var id = ContractRow().Matches(overview).Where(m => m.Groups[2].Value == moduleId).Select(m => m.Groups[1].Value).Distinct().Single();
        var (_, form, _) = await PageAsync(beheerder, $"/beheer/contracten/{id}/bewerken");
        var version = VersionField().Match(form).Groups[1].Value;
        using var response = await SignIn.PostFormAsync(beheerder, $"/beheer/contracten/{id}/beeindigen", new Dictionary<string, string>
        {
            ["lastDay"] = lastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["version"] = version,
        }, "/beheer/contracten");
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"The contract was not ended ({(int)response.StatusCode}): {await response.Content.ReadAsStringAsync()}");
        }
    }
}
