using System.Diagnostics;
using System.Net;
using Xunit.Abstractions;

namespace ZvhPlatform.ScaleOutTests;

/// <summary>
/// Two app instances on one PostgreSQL database behave as one platform: a session started on one is valid on the
/// other and ends on both; a contract changed on one is obeyed by the other within seconds; every job runs once,
/// however many instances poll; and killing an instance in the middle of a job loses nothing.
/// </summary>
[TestCaseOrderer(StepOrderer.Name, StepOrderer.Assembly)]
public sealed class ScaleOutTests(TwoInstances platform, ITestOutputHelper output) : IClassFixture<TwoInstances>
{
    /// <summary>How soon an instance must notice a contract changed on the other (the default recheck is two seconds).</summary>
    private static readonly TimeSpan ContractPropagation = TimeSpan.FromSeconds(6);

    [PostgresFact]
    [Step(1)]
    public async Task A_user_signed_in_on_one_instance_is_signed_in_on_the_other_and_signing_out_on_either_ends_the_session_on_both()
    {
        var cookies = new CookieContainer();
        using var onA = TwoInstances.NewClient(platform.A, cookies);
        using var onB = TwoInstances.NewClient(platform.B, cookies);

        // Password on A, code on B: a load balancer without sticky sessions may do exactly this.
        await platform.SignInAsync(onA, onB, Demo.Beheer);

        var (statusA, homeA, _) = await Screens.PageAsync(onA, "/beheer/contracten");
        var (statusB, homeB, _) = await Screens.PageAsync(onB, "/beheer/contracten");
        Assert.Equal(HttpStatusCode.OK, statusA);
        Assert.Equal(HttpStatusCode.OK, statusB);
        Assert.Contains("Fenna", homeA, StringComparison.Ordinal);
        Assert.Contains("Fenna", homeB, StringComparison.Ordinal);

        // A copy of the session cookie, as someone who stole it would keep it.
        var session = cookies.GetCookies(platform.A.BaseAddress)["zvh.sessie"]?.Value;
        Assert.False(string.IsNullOrEmpty(session), "no session cookie after signing in");

        // Signing out on B (with B's antiforgery token, protected by the shared key ring) ...
        using (var signOut = await ZvhPlatform.Testing.SignIn.PostFormAsync(onB, "/account/afmelden", new Dictionary<string, string>(), "/beheer/contracten"))
        {
            Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        }

        // ... ends the session on A too, even for the copied cookie.
        foreach (var instance in new[] { platform.A, platform.B })
        {
            var replay = new CookieContainer();
            replay.Add(instance.BaseAddress, new Cookie("zvh.sessie", session));
            using var thief = TwoInstances.NewClient(instance, replay);
            var (status, _, location) = await Screens.PageAsync(thief, "/beheer/contracten");
            Assert.True(Screens.IsLoginRedirect(status, location), $"instance {instance.Name} accepted the ended session: {(int)status} {location}");
        }
    }

    [PostgresFact]
    [Step(2)]
    public async Task A_contract_changed_on_one_instance_is_obeyed_by_the_other_within_seconds_and_an_ended_contract_makes_the_module_route_404_there()
    {
        var cookies = new CookieContainer();
        using var onA = TwoInstances.NewClient(platform.A, cookies);
        using var onB = TwoInstances.NewClient(platform.B, cookies);
        await platform.SignInAsync(onA, onA, Demo.Beheer);
        var today = DateOnly.FromDateTime(DateTime.Now);

        // B has just looked: the region has no proefaanpak, and B caches that.
        Assert.Equal(HttpStatusCode.NotFound, await Screens.StatusAsync(onB, "/proefaanpak"));

        await Screens.CreateContractAsync(onA, "proefaanpak", today.AddDays(-10));
        Assert.Equal(HttpStatusCode.OK, await Screens.StatusAsync(onA, "/proefaanpak")); // at once where it was changed
        var opened = await WaitForStatusAsync(onB, "/proefaanpak", HttpStatusCode.OK);
        output.WriteLine($"B served the new contract's module after {opened.TotalMilliseconds:0} ms");

        await Screens.EndContractAsync(onA, "proefaanpak", today.AddDays(-1));
        Assert.Equal(HttpStatusCode.NotFound, await Screens.StatusAsync(onA, "/proefaanpak"));
        var closed = await WaitForStatusAsync(onB, "/proefaanpak", HttpStatusCode.NotFound);
        output.WriteLine($"B answered 404 for the ended contract's module after {closed.TotalMilliseconds:0} ms");
        var (_, home, _) = await Screens.PageAsync(onB, "/");
        Assert.DoesNotContain("href=\"/proefaanpak\"", home, StringComparison.Ordinal); // and its navigation entry is gone
    }

    [PostgresFact]
    [Step(3)]
    public async Task An_enqueued_job_runs_exactly_once_while_both_instances_poll_for_work()
    {
        Assert.True(platform.Jobs.GetMonitoringApi().Servers().Count >= 2, "both instances should run a Hangfire server");
        var keys = Enumerable.Range(1, 12).Select(i => $"eenmalig-{i:00}").ToList();
        var jobIds = keys.Select(k => platform.Enqueue("EenmaligJob", k)).ToList();

        await WaitUntilAsync(async () => await CountAsync("SELECT count(*) FROM proefschaal.\"Effecten\" WHERE \"Sleutel\" LIKE 'eenmalig-%'") == keys.Count,
            TimeSpan.FromSeconds(90), "all enqueued jobs to finish");
        await Task.Delay(TimeSpan.FromSeconds(3)); // room for a duplicate run to show up

        var starts = await platform.RowsAsync("SELECT \"Sleutel\", \"ProcessId\" FROM proefschaal.\"Uitvoeringen\" WHERE \"Taak\" = 'eenmalig'");
        var effects = await platform.RowsAsync("SELECT \"Sleutel\" FROM proefschaal.\"Effecten\" WHERE \"Sleutel\" LIKE 'eenmalig-%'");
        foreach (var key in keys)
        {
            Assert.Equal(1, starts.Count(r => (string)r[0] == key));
            Assert.Equal(1, effects.Count(r => (string)r[0] == key));
        }

        Assert.All(jobIds, id => Assert.Equal("Succeeded", platform.JobState(id)));
        var processes = starts.Select(r => (int)r[1]).ToHashSet();
        output.WriteLine($"jobs per instance: A {starts.Count(r => (int)r[1] == platform.A.ProcessId)}, B {starts.Count(r => (int)r[1] == platform.B.ProcessId)}");
        Assert.Subset(new HashSet<int> { platform.A.ProcessId, platform.B.ProcessId }, processes);
        Assert.True(processes.Count == 2, "the work should be shared by both instances: " + string.Join(", ", processes));
    }

    [PostgresFact]
    [Step(4)]
    public async Task A_recurring_job_runs_once_per_occurrence_of_its_schedule_not_once_per_instance()
    {
        const string runs = "SELECT \"GestartUtc\", \"ProcessId\" FROM proefschaal.\"Uitvoeringen\" WHERE \"Taak\" = 'telling' ORDER BY \"GestartUtc\"";
        await WaitUntilAsync(async () => (await platform.RowsAsync(runs)).Count >= 3, TimeSpan.FromSeconds(60), "three runs of the recurring job");
        await Task.Delay(TimeSpan.FromSeconds(2)); // a second run of the same occurrence would come now

        var rows = await platform.RowsAsync(runs);
        var times = rows.Select(r => DateTime.SpecifyKind((DateTime)r[0], DateTimeKind.Utc)).ToList();
        output.WriteLine("runs: " + string.Join(", ", rows.Select(r => $"{(DateTime)r[0]:HH:mm:ss.fff} by {((int)r[1] == platform.A.ProcessId ? "A" : "B")}")));

        // Each run belongs to the occurrence it follows (*/10 seconds); two runs of one occurrence would share it.
        var perOccurrence = times.GroupBy(t => t.Ticks / TimeSpan.TicksPerSecond / TwoInstances.RecurringPeriodSeconds).ToList();
        Assert.All(perOccurrence, g => Assert.True(g.Count() == 1, $"occurrence {g.Key} ran {g.Count()} times: {string.Join(", ", g.Select(t => t.ToString("HH:mm:ss.fff")))}"));
        var span = (times[^1] - times[0]).TotalSeconds;
        Assert.True(times.Count <= (span / TwoInstances.RecurringPeriodSeconds) + 1.5,
            $"{times.Count} runs in {span:0.0} s with a schedule of every {TwoInstances.RecurringPeriodSeconds} s");
    }

    [PostgresFact]
    [Step(5)]
    public async Task Killing_the_instance_that_runs_a_job_loses_nothing_the_job_runs_again_on_the_other_and_does_each_step_once()
    {
        const string key = "twee-stappen-1";
        var jobId = platform.Enqueue("TweeStappenJob", key);

        // Step 1 is done and the job waits for its signal on one instance: kill that instance.
        await WaitUntilAsync(async () => await CountAsync($"SELECT count(*) FROM proefschaal.\"Effecten\" WHERE \"Sleutel\" = '{key}' AND \"Stap\" = 1") == 1,
            TimeSpan.FromSeconds(60), "step 1 of the job");
        var first = await platform.ScalarAsync<int>($"SELECT \"ProcessId\" FROM proefschaal.\"Uitvoeringen\" WHERE \"Sleutel\" = '{key}'");
        var victim = platform.Running.Single(i => i.ProcessId == first);
        var survivor = platform.Running.Single(i => i != victim);
        var killed = Stopwatch.StartNew();
        victim.Kill();
        Assert.False(victim.IsRunning);
        File.WriteAllText(Path.Combine(platform.Signals, key), "ga door");

        await WaitUntilAsync(async () => await CountAsync($"SELECT count(*) FROM proefschaal.\"Effecten\" WHERE \"Sleutel\" = '{key}' AND \"Stap\" = 2") == 1,
            TimeSpan.FromSeconds(90), "step 2 of the job on the surviving instance");
        output.WriteLine($"instance {victim.Name} killed; {survivor.Name} finished the job {killed.Elapsed.TotalSeconds:0.0} s later " +
                         $"(invisibility timeout {TwoInstances.InvisibilityTimeout.TotalSeconds:0} s)");
        await WaitUntilAsync(() => Task.FromResult(platform.JobState(jobId) == "Succeeded"), TimeSpan.FromSeconds(30), "the job to be marked succeeded");

        var starts = await platform.RowsAsync($"SELECT \"ProcessId\" FROM proefschaal.\"Uitvoeringen\" WHERE \"Sleutel\" = '{key}' ORDER BY \"GestartUtc\"");
        Assert.Equal([victim.ProcessId, survivor.ProcessId], starts.Select(r => (int)r[0]).ToArray());
        var effects = await platform.RowsAsync($"SELECT \"Stap\", \"ProcessId\" FROM proefschaal.\"Effecten\" WHERE \"Sleutel\" = '{key}' ORDER BY \"Stap\"");
        Assert.Equal(2, effects.Count);
        Assert.Equal((1, victim.ProcessId), ((int)effects[0][0], (int)effects[0][1])); // not redone by the survivor
        Assert.Equal((2, survivor.ProcessId), ((int)effects[1][0], (int)effects[1][1])); // not lost with the victim

        // The survivor still serves people.
        var cookies = new CookieContainer();
        using var client = TwoInstances.NewClient(survivor, cookies);
        await platform.SignInAsync(client, client, Demo.Regisseur);
        Assert.Equal(HttpStatusCode.OK, await Screens.StatusAsync(client, "/"));
    }

    private async Task<long> CountAsync(string sql) => await platform.ScalarAsync<long>(sql);

    /// <summary>Polls until the instance answers the status; fails when that takes longer than the propagation limit.</summary>
    private async Task<TimeSpan> WaitForStatusAsync(HttpClient client, string path, HttpStatusCode expected)
    {
        var watch = Stopwatch.StartNew();
        HttpStatusCode last;
        do
        {
            last = await Screens.StatusAsync(client, path);
            if (last == expected)
            {
                return watch.Elapsed;
            }

            await Task.Delay(100);
        }
        while (watch.Elapsed < ContractPropagation);

        Assert.Fail($"{client.BaseAddress}{path.TrimStart('/')} still answered {(int)last} after {ContractPropagation.TotalSeconds:0} s instead of {(int)expected}");
        return watch.Elapsed;
    }

    private async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out after {timeout.TotalSeconds:0} s waiting for {what}.{Environment.NewLine}{platform.Output()}");
            }

            await Task.Delay(250);
        }
    }
}
