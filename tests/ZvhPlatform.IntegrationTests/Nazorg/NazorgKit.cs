using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.IntegrationTests.Http;
using ZvhPlatform.Kernel.Tenancy;
using ZvhPlatform.Modules.Nazorg.Data;
using ZvhPlatform.Testing;

namespace ZvhPlatform.IntegrationTests.Nazorg;

internal static partial class NazorgKit
{
    public const string Regisseur = "regisseur.drenthe@demo.zvh.nl";
    public const string Beheer = "beheer.drenthe@demo.zvh.nl";
    public const string Hoogeveen = "GM0118";
    public const string Meppel = "GM0119";
    public const string Emmen = "GM0114";

    [GeneratedRegex("^/nazorg/meldingen/([0-9a-f-]{36})$")]
    private static partial Regex MeldingLocation();

    [GeneratedRegex("name=\"version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();

    public static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 9, 0, 0, TimeSpan.Zero);

    public static List<KeyValuePair<string, string>> MeldingFields(string gemeente, string achternaam = "Jansen", DateOnly? ontvangen = null,
        DateOnly? verwachtOntslag = null, string bsn = "", DateOnly? detentieStart = null) =>
    [
        new("achternaam", achternaam), new("voornamen", "Jan"), new("bsn", bsn), new("geboortedatum", "1985-04-12"), new("gemeenteCode", gemeente),
        new("inrichting", "PI Veenhuizen"), new("detentieStart", D(detentieStart ?? new DateOnly(2020, 1, 6))),
        new("verwachteOntslagdatum", verwachtOntslag is { } v ? D(v) : ""), new("ontvangenOp", ontvangen is { } o ? D(o) : ""),
    ];

    public static Task<HttpResponseMessage> RegisterAsync(HttpClient client, IEnumerable<KeyValuePair<string, string>> fields) =>
        client.PostAsync("/nazorg/meldingen/nieuw", fields, "/nazorg/meldingen/nieuw");

    /// <summary>Registers a melding and answers its id; fails the test when it is not registered.</summary>
    public static async Task<Guid> RegisterOkAsync(HttpClient client, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var response = await RegisterAsync(client, fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{(int)response.StatusCode}: {await response.BodyAsync()}");
        return Guid.Parse(MeldingLocation().Match(response.Location() ?? "").Groups[1].Value);
    }

    public static async Task<long> VersionAsync(HttpClient client, Guid id)
    {
        var (_, html) = await client.PageAsync($"/nazorg/meldingen/{id}");
        return long.Parse(VersionField().Match(html).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>POSTs an action on the melding page with its current version (or the given one).</summary>
    public static async Task<HttpResponseMessage> ActAsync(HttpClient client, Guid id, string action, IEnumerable<KeyValuePair<string, string>> fields,
        long? version = null)
    {
        var v = version ?? await VersionAsync(client, id);
        return await client.PostAsync($"/nazorg/meldingen/{id}/{action}",
            fields.Append(new("version", v.ToString(CultureInfo.InvariantCulture))), $"/nazorg/meldingen/{id}");
    }

    public static async Task ActOkAsync(HttpClient client, Guid id, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var response = await ActAsync(client, id, action, fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{action}: {(int)response.StatusCode}: {await response.BodyAsync()}");
    }

    public static List<KeyValuePair<string, string>> VoorwaardenFields(params (BasisvoorwaardeSoort Soort, VoorwaardeStatus Status, string Wie, string Datum)[] rows)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var soort in Enum.GetValues<BasisvoorwaardeSoort>())
        {
            var row = rows.FirstOrDefault(r => r.Soort == soort);
            fields.Add(new($"status_{soort}", rows.Any(r => r.Soort == soort) ? row.Status.ToString() : nameof(VoorwaardeStatus.Onbekend)));
            fields.Add(new($"verantwoordelijke_{soort}", row.Wie ?? ""));
            fields.Add(new($"datum_{soort}", row.Datum ?? ""));
        }

        return fields;
    }

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string csv, string name = "dji.csv")
    {
        var token = await SignIn.TokenFromAsync(client, "/nazorg/import");
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "bestand", name);
        content.Add(new StringContent(token), "__RequestVerificationToken");
        return await client.PostAsync(new Uri("/nazorg/import", UriKind.Relative), content);
    }

    public static async Task InDrentheAsync(ZvhTestHost host, Func<IServiceProvider, Task> work)
    {
        using var scope = host.Services.CreateScope();
        var region = await scope.ServiceProvider.GetRequiredService<IRegionStore>().FindByKeyAsync("drenthe");
        scope.ServiceProvider.GetRequiredService<IRegionContextSetter>().SetRegion(region!, "test");
        await work(scope.ServiceProvider);
    }

    /// <summary>The melding's version as stored (for posting to a page that no longer offers the form).</summary>
    public static async Task<long> StoredVersionAsync(ZvhTestHost host, Guid id)
    {
        long version = 0;
        await InDrentheAsync(host, async sp => version = (await sp.GetRequiredService<NazorgDbContext>().Meldingen.FindAsync(id))!.Version);
        return version;
    }

    /// <summary>A valid BSN (elfproef) made from a number.</summary>
    public static string Bsn(int n)
    {
        for (var candidate = 10_000_000 + (n * 7); ; candidate++)
        {
            var digits = candidate.ToString(CultureInfo.InvariantCulture);
            var sum = 0;
            for (var i = 0; i < 8; i++)
            {
                sum += (9 - i) * (digits[i] - '0');
            }

            var check = sum % 11;
            if (check < 10)
            {
                return digits + check.ToString(CultureInfo.InvariantCulture);
            }
        }
    }

    /// <summary>The instroom and actief cells of a municipality's row in the report.</summary>
    public static (int Instroom, int Actief) Cijfers(string html, string gemeente)
    {
        var row = Regex.Match(html, $"data-gemeente=\"{gemeente}\">(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;
        int Cell(string id) => int.Parse(Regex.Match(row, $"data-testid=\"{id}\">(\\d+)<").Groups[1].Value, CultureInfo.InvariantCulture);
        return (Cell("instroom"), Cell("actief"));
    }
}
