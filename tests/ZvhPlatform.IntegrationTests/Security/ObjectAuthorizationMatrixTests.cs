using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Privacy;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Tenancy;
using ZvhPlatform.Testing;

namespace ZvhPlatform.IntegrationTests.Security;

/// <summary>
/// Every page about one object (every GET route with an id), as every role of Utrecht, for an object of Utrecht and
/// for an object of Drenthe, and for a case as a participating and a non-participating partner professional,
/// compared with the checked-in table <c>authorization-matrix-objects.txt</c>. Another region's objects must answer
/// 404 to everyone; a new object route without a line fails the test.
/// </summary>
public sealed partial class ObjectAuthorizationMatrixTests
{
    private static readonly (string Role, string Email)[] Roles =
    [
        ("procesregisseur", "regisseur.utrecht@demo.zvh.nl"),
        ("procesondersteuner", "ondersteuning.utrecht@demo.zvh.nl"),
        ("manager", "manager.utrecht@demo.zvh.nl"),
        ("functioneel-beheerder", "beheer.utrecht@demo.zvh.nl"),
        ("ketenpartner", "partner@demo.zvh.nl"),
        ("analist", "analist.utrecht@demo.zvh.nl"),
        ("privacy-officer", "privacy.utrecht@demo.zvh.nl"),
    ];

    [GeneratedRegex("/personen/([0-9a-f-]{36})/bewerken")]
    private static partial Regex PersonLink();

    private sealed record RegionObjects(Guid Contract, Guid Partner, Guid Person, Guid Case, Guid Protocol, Guid Verzoek, Guid Aanmelding, Guid Import, Guid Overleg, Guid Zsm, Guid CoVeCaCase, Guid PgaTafelCase, Guid NazorgMelding);

    [Fact]
    public async Task Every_object_page_answers_every_role_as_the_checked_in_table_says_and_other_regions_objects_are_404()
    {
        using var host = new ZvhTestHost(now: new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var utrecht = await ObjectsAsync(host, "utrecht", "regisseur.utrecht@demo.zvh.nl");
        var drenthe = await ObjectsAsync(host, "drenthe", "regisseur.drenthe@demo.zvh.nl");
        using (var staff = host.NewClient())
        {
            await SignIn.SignInAsync(staff, host, "regisseur.utrecht@demo.zvh.nl");
            await SignIn.PostFormAsync(staff, $"/casussen/{utrecht.Case}/deelnemers", new Dictionary<string, string> { ["email"] = "partner@demo.zvh.nl" },
                $"/casussen/{utrecht.Case}");
        }

        var routes = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.Parameters.Count > 0
                        && (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("GET") ?? false))
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").Trim('/'))
            .Where(r => !r.StartsWith("/fout", StringComparison.Ordinal))
            .Distinct().Order(StringComparer.Ordinal).ToList();

        var lines = new StringBuilder();
        lines.AppendLine("# route | object | " + string.Join(" ", Roles.Select(r => r.Role)));
        var unknown = new List<string>();
        foreach (var route in routes)
        {
            foreach (var (label, objects) in new[] { ("eigen regio", utrecht), ("andere regio", drenthe) })
            {
                var id = IdFor(route, objects);
                if (id is null)
                {
                    unknown.Add(route);
                    continue;
                }

                var path = "/r/utrecht" + Regex.Replace(route, "\\{[^}]+\\}", id.Value.ToString());
                lines.Append(route).Append(" | ").Append(label).Append(" | ");
                var cells = new List<string>();
                foreach (var (role, email) in Roles)
                {
                    using var client = host.NewClient();
                    await SignIn.SignInAsync(client, host, email);
                    using var response = await client.GetAsync(new Uri(path + (route.StartsWith("/personen", StringComparison.Ordinal) ? "?doel=Procesregie" : ""),
                        UriKind.Relative));
                    cells.Add($"{role}={Outcome(response)}");
                }

                lines.AppendJoin(" ", cells).AppendLine();
            }
        }

        // A partner who does not take part in Drenthe's case (and is no member there either) gets nothing of it.
        using (var partner = host.NewClient())
        {
            await SignIn.SignInAsync(partner, host, "partner@demo.zvh.nl");
            var nonMember = await partner.GetAsync(new Uri($"/r/drenthe/casussen/{drenthe.Case}", UriKind.Relative));
            lines.AppendLine($"/casussen/{{id:guid}} | niet-deelnemer in eigen regio (drenthe) | ketenpartner={Outcome(nonMember)}");
        }

        var rendered = lines.ToString();
        var expectedPath = Path.Combine(AppContext.BaseDirectory, "Security", "authorization-matrix-objects.txt");
        var expected = File.Exists(expectedPath) ? await File.ReadAllTextAsync(expectedPath) : "";
        Assert.Empty(unknown.Distinct());
        Assert.DoesNotContain(rendered.Split('\n').Where(l => l.Contains("| andere regio |", StringComparison.Ordinal)),
            l => Regex.IsMatch(l, "=(ok|naar [^ ]+)"));
        MatrixFile.UpdateWhenAsked("authorization-matrix-objects.txt", rendered);
        Assert.True(Normalize(expected) == Normalize(rendered),
            "The object authorization matrix changed. If intended, replace tests/ZvhPlatform.IntegrationTests/Security/authorization-matrix-objects.txt with:\n" + rendered);
    }

    private static Guid? IdFor(string route, RegionObjects o) => route switch
    {
        _ when route.StartsWith("/beheer/contracten/", StringComparison.Ordinal) => o.Contract,
        _ when route.StartsWith("/beheer/partners/", StringComparison.Ordinal) => o.Partner,
        _ when route.StartsWith("/personen/", StringComparison.Ordinal) => o.Person,
        _ when route.StartsWith("/casussen/", StringComparison.Ordinal) => o.Case,
        _ when route.StartsWith("/privacy/protocol/", StringComparison.Ordinal) => o.Protocol,
        _ when route.StartsWith("/privacy/verzoeken/", StringComparison.Ordinal) => o.Verzoek,
        _ when route.StartsWith("/aanmeldingen/", StringComparison.Ordinal) => o.Aanmelding,
        _ when route.StartsWith("/import/", StringComparison.Ordinal) => o.Import,
        _ when route.StartsWith("/overleggen/", StringComparison.Ordinal) => o.Overleg,
        _ when route.StartsWith("/zsm/", StringComparison.Ordinal) => o.Zsm,
        _ when route.StartsWith("/coveca/casussen/", StringComparison.Ordinal) => o.CoVeCaCase,
        _ when route.StartsWith("/pgatafel/casussen/", StringComparison.Ordinal) => o.PgaTafelCase,
        _ when route.StartsWith("/nazorg/meldingen/", StringComparison.Ordinal) => o.NazorgMelding,
        _ => null,
    };

    private static string Outcome(HttpResponseMessage response) => response.StatusCode switch
    {
        HttpStatusCode.OK => "ok",
        HttpStatusCode.NotFound => "404",
        HttpStatusCode.Forbidden => "geweigerd",
        HttpStatusCode.Redirect when response.Headers.Location?.OriginalString.Contains("/fout/403", StringComparison.Ordinal) == true => "geweigerd",
        HttpStatusCode.Redirect => "naar " + response.Headers.Location?.OriginalString,
        var other => ((int)other).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string Normalize(string text) =>
        string.Join("\n", text.Replace("\r", "", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));

    /// <summary>One object of every kind in a region: through the screens where a regisseur can, else directly.</summary>
    private static async Task<RegionObjects> ObjectsAsync(ZvhTestHost host, string key, string regisseur)
    {
        Guid regionId;
        Guid contract, partner, protocol;
        using (var scope = host.Services.CreateScope())
        {
            var sp = scope.ServiceProvider;
            var region = await sp.GetRequiredService<IRegionStore>().FindByKeyAsync(key);
            regionId = region!.Id;
            sp.GetRequiredService<IRegionContextSetter>().SetRegion(region, "test");
            contract = await sp.GetRequiredService<CoreDbContext>().Contracts.Select(c => c.Id).FirstAsync();
            partner = await sp.GetRequiredService<PartnersDbContext>().Partners.Select(p => p.Id).FirstAsync();
            var privacy = sp.GetRequiredService<PrivacyDbContext>();
            var version = await privacy.ProtocolVersies.OrderByDescending(v => v.VersieNummer).FirstAsync();
            protocol = version.Id;
            privacy.ProtocolDoelen.Add(new ProtocolDoel { VersieId = version.Id, ModuleId = "proefaanpak", Doel = "Procesregie", Grondslag = "WGS" });
            privacy.ProtocolDoelen.Add(new ProtocolDoel { VersieId = version.Id, ModuleId = "pgatafel", Doel = "PGA-tafel", Grondslag = "WGS" });
            await privacy.SaveChangesAsync();
            var core = sp.GetRequiredService<CoreDbContext>();
            core.Contracts.Add(new ZvhPlatform.Core.Regions.ModuleContract
            {
                ModuleId = "proefaanpak", Kind = ZvhPlatform.Kernel.Modules.ModuleKind.Plustaak, ValidFrom = new DateOnly(2026, 1, 1),
            });
            core.Contracts.Add(new ZvhPlatform.Core.Regions.ModuleContract
            {
                ModuleId = "pgatafel", Kind = ZvhPlatform.Kernel.Modules.ModuleKind.Plustaak, ValidFrom = new DateOnly(2026, 1, 1),
            });
            if (!await core.Contracts.AnyAsync(c => c.ModuleId == "nazorg"))
            {
                core.Contracts.Add(new ZvhPlatform.Core.Regions.ModuleContract
                {
                    ModuleId = "nazorg", Kind = ZvhPlatform.Kernel.Modules.ModuleKind.Plustaak, ValidFrom = new DateOnly(2026, 1, 1),
                });
            }

            await core.SaveChangesAsync();
            ZvhPlatform.Core.Entitlement.ContractEntitlement.Invalidate(sp.GetRequiredService<Microsoft.Extensions.Caching.Memory.IMemoryCache>(), regionId);
        }

        using var staff = host.NewClient();
        await SignIn.SignInAsync(staff, host, regisseur);
        var prefix = $"/r/{key}";
        var registered = await SignIn.PostFormAsync(staff, prefix + "/personen/nieuw", new Dictionary<string, string>
        {
            ["Doel"] = Purposes.Aanmelding, ["Bsn"] = "", ["Voornamen"] = "Object", ["Tussenvoegsel"] = "", ["Achternaam"] = "Persoon " + key,
            ["Geboortedatum"] = "1980-01-01", ["Geslacht"] = "X", ["Adres"] = "", ["Postcode"] = "", ["Woonplaats"] = "", ["GemeenteCode"] = "",
            ["Telefoon"] = "", ["Email"] = "", ["Aliassen"] = "", ["Version"] = "0",
        }, prefix + "/personen/nieuw");
        var person = Guid.Parse(PersonLink().Match(await registered.Content.ReadAsStringAsync()).Groups[1].Value);
        var opened = await SignIn.PostFormAsync(staff, prefix + "/casussen/nieuw",
            new Dictionary<string, string> { ["persoon"] = person.ToString(), ["keuze"] = "proefaanpak|Procesregie" }, $"{prefix}/casussen/nieuw?persoon={person}");
        var casus = Guid.Parse(Regex.Match(opened.Headers.Location?.OriginalString ?? "", "casussen/([0-9a-f-]{36})").Groups[1].Value);

        Guid verzoek, aanmelding, import, overleg, zsm, nazorgMelding;
        using (var scope = host.Services.CreateScope())
        {
            var sp = scope.ServiceProvider;
            sp.GetRequiredService<IRegionContextSetter>().SetRegion((await sp.GetRequiredService<IRegionStore>().FindByIdAsync(regionId))!, "test");
            var privacy = sp.GetRequiredService<PrivacyDbContext>();
            var row = new Verzoek
            {
                PersonId = person, Soort = VerzoekSoort.Inzage, OntvangenOp = new DateOnly(2026, 3, 1), Termijn = Verzoek.TermijnVan(new DateOnly(2026, 3, 1)),
                Status = VerzoekStatus.Ontvangen, GeregistreerdDoor = "test", GeregistreerdUtc = DateTime.UtcNow,
            };
            privacy.Verzoeken.Add(row);
            await privacy.SaveChangesAsync();
            verzoek = row.Id;
            var casework = sp.GetRequiredService<CaseworkDbContext>();
            var melding = new ZvhPlatform.Core.Casework.Aanmelding
            {
                Kenmerk = "A2026-0001", ModuleId = "proefaanpak", OntvangenOp = new DateOnly(2026, 3, 1), VerwijzerOrganisatie = "Politie",
                Achternaam = "Aanmelding " + key, Reden = "Overlast", PersoonGeinformeerd = true, Hoofdonderwerp = "(Ernstige) overlast",
            };
            casework.Aanmeldingen.Add(melding);
            await casework.SaveChangesAsync();
            aanmelding = melding.Id;
            var opdracht = new ZvhPlatform.Core.Casework.ImportOpdracht { Bestandsnaam = "import.json", Status = "Gereed", Door = "test", AangemaaktUtc = DateTime.UtcNow };
            casework.ImportOpdrachten.Add(opdracht);
            await casework.SaveChangesAsync();
            import = opdracht.Id;
            var meeting = new ZvhPlatform.Core.Casework.Overleg { Titel = "Overleg " + key, ModuleId = "proefaanpak", Aanvang = new DateTime(2026, 3, 9, 10, 0, 0, DateTimeKind.Utc) };
            meeting.Agenda.Add(new ZvhPlatform.Core.Casework.Agendapunt { OverlegId = meeting.Id, CasusId = casus, Volgorde = 1 });
            casework.Overleggen.Add(meeting);
            await casework.SaveChangesAsync();
            overleg = meeting.Id;
            var scenario = new ZvhPlatform.Core.Casework.ZsmScenario
            {
                PersonId = person, Context = "Context", Advies = "Advies", OpgesteldOp = new DateOnly(2026, 3, 1), GeldigTot = new DateOnly(2026, 6, 1), Door = "test",
            };
            casework.ZsmScenarios.Add(scenario);
            await casework.SaveChangesAsync();
            zsm = scenario.Id;
            var nazorg = new ZvhPlatform.Modules.Nazorg.Data.NazorgMelding
            {
                Kenmerk = "N2026-0001", Achternaam = "Melding " + key, GemeenteCode = key == "utrecht" ? "GM0344" : "GM0118", OntvangenOp = new DateOnly(2026, 3, 1),
                Status = ZvhPlatform.Modules.Nazorg.Data.MeldingStatus.Ontvangen,
            };
            sp.GetRequiredService<ZvhPlatform.Modules.Nazorg.Data.NazorgDbContext>().Meldingen.Add(nazorg);
            await sp.GetRequiredService<ZvhPlatform.Modules.Nazorg.Data.NazorgDbContext>().SaveChangesAsync();
            nazorgMelding = nazorg.Id;
        }

        var covecaOpened = await SignIn.PostFormAsync(staff, prefix + "/casussen/nieuw",
            new Dictionary<string, string> { ["persoon"] = person.ToString(), ["keuze"] = "coveca|Procesregie" }, $"{prefix}/casussen/nieuw?persoon={person}");
        var coveca = Guid.Parse(Regex.Match(covecaOpened.Headers.Location?.OriginalString ?? "", "casussen/([0-9a-f-]{36})").Groups[1].Value);
        var pgaOpened = await SignIn.PostFormAsync(staff, prefix + "/casussen/nieuw",
            new Dictionary<string, string> { ["persoon"] = person.ToString(), ["keuze"] = "pgatafel|PGA-tafel" }, $"{prefix}/casussen/nieuw?persoon={person}");
        var pgatafel = Guid.Parse(Regex.Match(pgaOpened.Headers.Location?.OriginalString ?? "", "casussen/([0-9a-f-]{36})").Groups[1].Value);
        return new RegionObjects(contract, partner, person, casus, protocol, verzoek, aanmelding, import, overleg, zsm, coveca, pgatafel, nazorgMelding);
    }
}
