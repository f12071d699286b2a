using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Testing;

namespace ZvhPlatform.IntegrationTests.Casework;

/// <summary>
/// The coordinator's lists on PostgreSQL are read through an index, not by reading a whole table: the statements a page
/// sends are recorded and explained with sequential scans priced out, so a plan can only avoid one when an index serves
/// it. Without the index the plan still reads the table (or the region's every row) and the test names the index it misses.
/// </summary>
public sealed partial class CaseworkTests
{
    [Fact]
    public async Task Mijn_acties_and_the_organisations_actions_are_read_through_an_owner_index_on_postgresql()
    {
        var s = await SetUpAsync(DatabaseProvider.PostgreSql);
        using var host = s.Host;
        using var staff = s.Staff;
        var caseId = CaseIdOf(await OpenCaseAsync(s));
        // A region's worth of other people's actions on the case, so the planner weighs the table as it would in production.
        await SeedInUtrechtAndAnalyzeAsync(host, db => db.Acties.AddRange(Enumerable.Range(0, 3000).Select(i => new Actie
        {
            CasusId = caseId, Omschrijving = $"Actie {i}", EigenaarOrganisatie = $"Organisatie {i % 300}", EigenaarUserId = Guid.NewGuid(),
            Deadline = new DateOnly(2026, 4, 1), Status = i % 4 == 0 ? ActieStatus.Gereed : ActieStatus.Open,
        })));

        var mine = await PlansOfAsync(host.Database.ConnectionString, () => staff.GetAsync(new Uri("/acties", UriKind.Relative)), "\"Acties\"");
        Assert.Contains("IX_Acties_RegionId_EigenaarUserId_Status", mine, StringComparison.Ordinal);
        var organisation = await PlansOfAsync(host.Database.ConnectionString, () => staff.GetAsync(new Uri("/acties?weergave=organisatie", UriKind.Relative)), "\"Acties\"");
        Assert.Contains("IX_Acties_RegionId_EigenaarOrganisatie_Status", organisation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_timelines_of_a_case_and_a_person_find_their_aanmeldingen_through_an_index_on_postgresql()
    {
        var s = await SetUpAsync(DatabaseProvider.PostgreSql);
        using var host = s.Host;
        using var staff = s.Staff;
        var caseId = CaseIdOf(await OpenCaseAsync(s));
        // Other people's aanmeldingen, most without a case.
        await SeedInUtrechtAndAnalyzeAsync(host, db => db.Aanmeldingen.AddRange(OtherAanmeldingen("A", (i, a) =>
        {
            a.PersonId = Guid.NewGuid();
            a.CasusId = i % 10 == 0 ? Guid.NewGuid() : null;
        })));

        var ofCase = await PlansOfAsync(host.Database.ConnectionString, () => staff.GetAsync(new Uri($"/casussen/{caseId}/tijdlijn", UriKind.Relative)),
            "\"Aanmeldingen\"");
        Assert.Contains("IX_Aanmeldingen_RegionId_CasusId", ofCase, StringComparison.Ordinal);
        var ofPerson = await PlansOfAsync(host.Database.ConnectionString, () => staff.GetAsync(new Uri($"/personen/{s.PersonId}/tijdlijn", UriKind.Relative)),
            "\"Aanmeldingen\"");
        Assert.Contains("IX_Aanmeldingen_RegionId_PersonId", ofPerson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_partners_own_aanmeldingen_are_read_through_an_index_on_postgresql()
    {
        var s = await SetUpAsync(DatabaseProvider.PostgreSql);
        using var host = s.Host;
        s.Staff.Dispose();
        using var partner = await PartnerInUtrechtAsync(host);
        // Other professionals' aanmeldingen.
        await SeedInUtrechtAndAnalyzeAsync(host, db => db.Aanmeldingen.AddRange(OtherAanmeldingen("B", (_, a) => a.IngediendDoorUserId = Guid.NewGuid())));

        var mine = await PlansOfAsync(host.Database.ConnectionString, () => partner.GetAsync(new Uri("/r/utrecht/aanmeldingen/mijn", UriKind.Relative)), "\"Aanmeldingen\"");
        Assert.Contains("IX_Aanmeldingen_RegionId_IngediendDoorUserId_OntvangenOp", mine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_open_case_list_on_postgresql_merges_two_index_reads_instead_of_sorting_the_regions_open_cases()
    {
        var s = await SetUpAsync(DatabaseProvider.PostgreSql);
        using var host = s.Host;
        using var staff = s.Staff;

        var plan = await PlansOfAsync(host.Database.ConnectionString, () => staff.GetAsync(new Uri("/casussen", UriKind.Relative)), "\"Casussen\"");
        Assert.Contains("Merge Append", plan, StringComparison.Ordinal);
        Assert.Contains("IX_Casussen_RegionId_Status_GeopendOp_Kenmerk", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_casusoverlegs_actions_are_read_through_an_index_on_postgresql()
    {
        var s = await SetUpAsync(DatabaseProvider.PostgreSql);
        using var host = s.Host;
        using var staff = s.Staff;
        var caseId = CaseIdOf(await OpenCaseAsync(s));
        using var planned = await SignIn.PostFormAsync(staff, "/overleggen/nieuw", new Dictionary<string, string>
        {
            ["titel"] = "Casusoverleg Stad", ["moduleId"] = "proefaanpak", ["aanvang"] = "2026-03-09T10:00", ["locatie"] = "Stadskantoor",
        }, "/overleggen/nieuw");
        var meeting = planned.Headers.Location?.OriginalString ?? "";
        Assert.StartsWith("/overleggen/", meeting, StringComparison.Ordinal);
        // The region's other actions, a tenth of them agreed in other meetings.
        await SeedInUtrechtAndAnalyzeAsync(host, db => db.Acties.AddRange(Enumerable.Range(0, 3000).Select(i => new Actie
        {
            CasusId = caseId, Omschrijving = $"Actie {i}", EigenaarOrganisatie = "Politie", Deadline = new DateOnly(2026, 4, 1),
            OverlegId = i % 10 == 0 ? Guid.NewGuid() : null,
        })));

        var plan = await PlansOfAsync(host.Database.ConnectionString, () => staff.GetAsync(new Uri(meeting, UriKind.Relative)), "\"Acties\"");
        Assert.Contains("IX_Acties_RegionId_OverlegId", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_modules_newest_cases_of_one_sub_aanpak_are_read_in_index_order_on_postgresql()
    {
        var s = await SetUpAsync(DatabaseProvider.PostgreSql);
        using var host = s.Host;
        s.Staff.Dispose();
        // Other cases of the aanpak, over three sub-aanpakken and several years, a third of them closed.
        await SeedInUtrechtAndAnalyzeAsync(host, db => db.Casussen.AddRange(Enumerable.Range(0, 3000).Select(i => new Casus
        {
            Kenmerk = $"2026-P{i:D5}", ModuleId = "proefaanpak", SubAanpak = (i % 3) switch { 0 => "een", 1 => "twee", _ => "drie" },
            HoofdpersoonId = Guid.NewGuid(), Doel = "Procesregie", Grondslag = "art. 6 lid 1 sub e AVG",
            GeopendOp = new DateOnly(2020, 1, 1).AddDays(i % 2000), AfgeslotenOp = i % 3 == 0 ? new DateOnly(2026, 1, 1) : null,
        })));

        IReadOnlyList<CaseSummary> page = [];
        var plan = await PlansOfAsync(host.Database.ConnectionString, async () =>
        {
            await InRegionAsync(host, "utrecht", async sp =>
            {
                // As a procesregisseur (the staff's view, without the per-case participation check).
                sp.GetRequiredService<Microsoft.AspNetCore.Http.IHttpContextAccessor>().HttpContext = new Microsoft.AspNetCore.Http.DefaultHttpContext
                {
                    User = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
                    [
                        new(System.Security.Claims.ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()),
                        new(System.Security.Claims.ClaimTypes.Role, ZvhPlatform.Core.Contracts.Access.ZvhRoles.Procesregisseur),
                    ], "test")),
                };
                page = await sp.GetRequiredService<ICaseDirectory>()
                    .PageAsync(new ModuleCasePage("proefaanpak", IncludeClosed: false, ["twee"], Overige: false, Na: null, 21));
            });
            return new HttpResponseMessage(System.Net.HttpStatusCode.OK);
        }, "\"Casussen\"");

        Assert.Equal(21, page.Count);
        Assert.All(page, c => Assert.Equal("twee", c.SubAanpak));
        Assert.Contains("IX_Casussen_RegionId_ModuleId_SubAanpak_GeopendOp_Kenmerk", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("Sort Key", plan, StringComparison.Ordinal);
    }

    /// <summary>3,000 aanmeldingen that are none of the test's, each varied by its number.</summary>
    private static IEnumerable<Aanmelding> OtherAanmeldingen(string prefix, Action<int, Aanmelding> vary) =>
        Enumerable.Range(0, 3000).Select(i =>
        {
            var aanmelding = new Aanmelding
            {
                Kenmerk = $"2026-{prefix}{i:D5}", ModuleId = "proefaanpak", OntvangenOp = new DateOnly(2026, 1, 1).AddDays(i % 60),
                Route = AanmeldRoute.Convenantpartner, Status = AanmeldingStatus.Ontvangen, VerwijzerOrganisatie = "Politie",
            };
            vary(i, aanmelding);
            return aanmelding;
        });

    /// <summary>Adds rows in Utrecht, then lets PostgreSQL gather statistics as autovacuum would, so the planner weighs them.</summary>
    private static async Task SeedInUtrechtAndAnalyzeAsync(ZvhTestHost host, Action<CaseworkDbContext> seed)
    {
        await InRegionAsync(host, "utrecht", async sp =>
        {
            var db = sp.GetRequiredService<CaseworkDbContext>();
            seed(db);
            await db.SaveChangesAsync();
        });
        await using var connection = new NpgsqlConnection(host.Database.ConnectionString);
        await connection.OpenAsync();
        await using var analyze = new NpgsqlCommand("ANALYZE", connection);
        await analyze.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// Runs the request, records the statements EF sent to this test's database that name the table, and returns their
    /// plans (EXPLAIN with the same parameters, sequential scans priced out), one after the other.
    /// </summary>
    private static async Task<string> PlansOfAsync(string connectionString, Func<Task<HttpResponseMessage>> request, string table)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database;
        using var recorder = new StatementRecorder(database!, table);
        // EF remembers for its logging cache time (one second by default) that nobody listened, and sends no events until
        // it looks again.
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        using (var response = await request())
        {
            response.EnsureSuccessStatusCode();
        }

        Assert.NotEmpty(recorder.Statements);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var off = new NpgsqlCommand("SET enable_seqscan = off", connection))
        {
            await off.ExecuteNonQueryAsync();
        }

        var plans = new List<string>();
        foreach (var (text, parameters) in recorder.Statements)
        {
            await using var explain = new NpgsqlCommand("EXPLAIN " + text, connection);
            explain.Parameters.AddRange(parameters);
            await using var reader = await explain.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                plans.Add(reader.GetString(0));
            }
        }

        return string.Join('\n', plans);
    }

    /// <summary>EF's executed commands (its diagnostic events) against one database that name one table.</summary>
    private sealed class StatementRecorder : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly string _database;
        private readonly string _table;
        private readonly IDisposable _all;
        private readonly List<IDisposable> _subscriptions = [];
        private readonly List<(string Text, NpgsqlParameter[] Parameters)> _statements = [];

        public StatementRecorder(string database, string table)
        {
            _database = database;
            _table = table;
            _all = DiagnosticListener.AllListeners.Subscribe(this);
        }

        public IReadOnlyList<(string Text, NpgsqlParameter[] Parameters)> Statements
        {
            get
            {
                lock (_statements)
                {
                    return [.. _statements];
                }
            }
        }

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                lock (_subscriptions)
                {
                    _subscriptions.Add(value.Subscribe(this));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Value is CommandExecutedEventData { Command: NpgsqlCommand command } && command.Connection?.Database == _database
                && command.CommandText.Contains(_table, StringComparison.Ordinal) && command.CommandText.TrimStart().StartsWith("SELECT", StringComparison.Ordinal))
            {
                lock (_statements)
                {
                    _statements.Add((command.CommandText, command.Parameters.Select(p => p.Clone()).ToArray()));
                }
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            _all.Dispose();
            lock (_subscriptions)
            {
                _subscriptions.ForEach(s => s.Dispose());
            }
        }
    }
}
