using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Features.Rapportage;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Testing;
using static ZvhPlatform.IntegrationTests.Rapportage.RapportageKit;

namespace ZvhPlatform.IntegrationTests.Rapportage;

/// <summary>
/// Reports take their turn: a few are computed at once, a limited number wait, and beyond that a new one is refused
/// with a Dutch 503 and Retry-After instead of slowing every page on the instance.
/// </summary>
public sealed class RapportageWachtrijTests
{
    [Fact]
    public async Task A_report_waits_for_a_free_turn_and_is_refused_when_the_queue_is_full()
    {
        using var wachtrij = new RapportageWachtrij(gelijktijdig: 1, maximaalWachtend: 1);
        var eerste = await wachtrij.BeurtAsync(CancellationToken.None);
        var tweede = wachtrij.BeurtAsync(CancellationToken.None);
        Assert.False(tweede.IsCompleted);
        Assert.Equal(2, wachtrij.InBehandeling);

        var derde = await Assert.ThrowsAsync<RequestCapacityException>(() => wachtrij.BeurtAsync(CancellationToken.None));
        Assert.Contains("Probeer het over een halve minuut opnieuw", derde.Message, StringComparison.Ordinal);
        Assert.Equal(2, wachtrij.InBehandeling);

        await eerste.DisposeAsync();
        await eerste.DisposeAsync();
        await using (await tweede)
        {
            Assert.Equal(1, wachtrij.InBehandeling);
        }

        Assert.Equal(0, wachtrij.InBehandeling);
    }

    [Fact]
    public async Task A_user_who_leaves_while_waiting_gives_up_the_place_in_the_queue()
    {
        using var wachtrij = new RapportageWachtrij(gelijktijdig: 1, maximaalWachtend: 1);
        var bezig = await wachtrij.BeurtAsync(CancellationToken.None);
        using var weg = new CancellationTokenSource();
        var wachtend = wachtrij.BeurtAsync(weg.Token);
        await weg.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wachtend);
        Assert.Equal(1, wachtrij.InBehandeling);

        // The place is free again: a next report may wait.
        var volgende = wachtrij.BeurtAsync(CancellationToken.None);
        Assert.False(volgende.IsCompleted);
        await bezig.DisposeAsync();
        await (await volgende).DisposeAsync();
        Assert.Equal(0, wachtrij.InBehandeling);
    }

    private static readonly RapportSleutel Jaar2022 = new(Guid.NewGuid(), new RapportageFilter("coveca", null, new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31)), true);

    private static Rapport Leeg(RapportSleutel sleutel) => new(sleutel.Filter, "CoVeCa / Top X", [], [], 0, sleutel.Onderdrukken, []);

    [Fact]
    public async Task Requests_for_the_same_report_that_wait_for_a_turn_share_one_computation_and_other_reports_get_their_own()
    {
        using var wachtrij = new RapportageWachtrij(gelijktijdig: 1, maximaalWachtend: 2);
        var anderFilter = Jaar2022 with { Filter = Jaar2022.Filter with { District = "Oost" } };
        var exact = Jaar2022 with { Onderdrukken = false };
        var berekeningen = new System.Collections.Concurrent.ConcurrentBag<RapportSleutel>();
        Task<Rapport> Vraag(RapportSleutel sleutel) => wachtrij.RapportAsync(sleutel, _ =>
        {
            berekeningen.Add(sleutel);
            return Task.FromResult(Leeg(sleutel));
        }, CancellationToken.None);

        var bezig = await wachtrij.BeurtAsync(CancellationToken.None);
        var drie = new[] { Vraag(Jaar2022), Vraag(Jaar2022), Vraag(Jaar2022) };
        var oost = Vraag(anderFilter);
        Assert.Equal(3, wachtrij.InBehandeling);

        // The queue is full (one turn, two waiting): a third kind of report is refused, the same report may still join.
        await Assert.ThrowsAsync<RequestCapacityException>(() => Vraag(exact));
        var vierde = Vraag(Jaar2022);
        Assert.All(drie, t => Assert.False(t.IsCompleted));

        await bezig.DisposeAsync();
        var rapporten = await Task.WhenAll([.. drie, vierde]);
        Assert.Equal(anderFilter.Filter, (await oost).Filter);
        Assert.All(rapporten, r => Assert.Same(rapporten[0], r));
        Assert.Equal(1, berekeningen.Count(k => k == Jaar2022));
        Assert.Equal(1, berekeningen.Count(k => k == anderFilter));
        Assert.DoesNotContain(exact, berekeningen);
        Assert.Equal(0, wachtrij.InBehandeling);
    }

    [Fact]
    public async Task A_request_that_arrives_while_the_same_report_is_computed_gets_a_computation_of_its_own()
    {
        using var wachtrij = new RapportageWachtrij(gelijktijdig: 1, maximaalWachtend: 2);
        var klaar = new TaskCompletionSource();
        var berekeningen = 0;
        Task<Rapport> Vraag() => wachtrij.RapportAsync(Jaar2022, async _ =>
        {
            Interlocked.Increment(ref berekeningen);
            await klaar.Task;
            return Leeg(Jaar2022);
        }, CancellationToken.None);

        var eerste = Vraag();
        Assert.Equal(1, Volatile.Read(ref berekeningen));

        // The first computation may already have read the data, so the second must not take its figures.
        var tweede = Vraag();
        Assert.Equal(2, wachtrij.InBehandeling);
        klaar.SetResult();
        Assert.NotSame(await eerste, await tweede);
        Assert.Equal(2, berekeningen);
    }

    [Fact]
    public async Task The_report_is_computed_for_those_who_stay_when_its_first_requester_leaves_and_not_at_all_when_all_leave()
    {
        using var wachtrij = new RapportageWachtrij(gelijktijdig: 1, maximaalWachtend: 2);
        var berekeningen = 0;
        Task<Rapport> Vraag(CancellationToken ct) => wachtrij.RapportAsync(Jaar2022, _ =>
        {
            Interlocked.Increment(ref berekeningen);
            return Task.FromResult(Leeg(Jaar2022));
        }, ct);

        var bezig = await wachtrij.BeurtAsync(CancellationToken.None);
        using var eersteWeg = new CancellationTokenSource();
        var eerste = Vraag(eersteWeg.Token);
        var tweede = Vraag(CancellationToken.None);
        await eersteWeg.CancelAsync();
        Assert.False(eerste.IsCompleted);
        await bezig.DisposeAsync();
        Assert.NotNull(await tweede);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => eerste);
        Assert.Equal(1, berekeningen);

        bezig = await wachtrij.BeurtAsync(CancellationToken.None);
        using var allenWeg = new CancellationTokenSource();
        var a = Vraag(allenWeg.Token);
        var b = Vraag(allenWeg.Token);
        await allenWeg.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => a);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => b);
        Assert.Equal(1, wachtrij.InBehandeling);
        await bezig.DisposeAsync();
        Assert.Equal(1, berekeningen);
        Assert.Equal(0, wachtrij.InBehandeling);
    }

    [Fact]
    public async Task A_failed_computation_fails_every_request_that_shared_it_and_frees_the_turn()
    {
        using var wachtrij = new RapportageWachtrij(gelijktijdig: 1, maximaalWachtend: 1);
        var bezig = await wachtrij.BeurtAsync(CancellationToken.None);
        Task<Rapport> Vraag() => wachtrij.RapportAsync(Jaar2022, _ => throw new InvalidOperationException("kapot"), CancellationToken.None);
        var eerste = Vraag();
        var tweede = Vraag();
        await bezig.DisposeAsync();
        Assert.Equal("kapot", (await Assert.ThrowsAsync<InvalidOperationException>(() => eerste)).Message);
        Assert.Equal("kapot", (await Assert.ThrowsAsync<InvalidOperationException>(() => tweede)).Message);
        Assert.Equal(0, wachtrij.InBehandeling);
        await using (await wachtrij.BeurtAsync(CancellationToken.None))
        {
            Assert.Equal(1, wachtrij.InBehandeling);
        }
    }

    [Fact]
    public void Without_settings_half_the_cores_compute_and_32_may_wait()
    {
        using var wachtrij = new RapportageWachtrij(null, null);
        Assert.Equal(Math.Max(1, Environment.ProcessorCount / 2), wachtrij.Gelijktijdig);
        Assert.Equal(32, wachtrij.MaximaalWachtend);
    }

    [Fact]
    public async Task A_busy_instance_answers_503_in_Dutch_with_Retry_After_on_the_page_and_in_the_htmx_fragment_and_computes_again_when_free()
    {
        using var host = new ZvhTestHost(now: Now, settings: new Dictionary<string, string?>
        {
            [RapportageWachtrij.GelijktijdigKey] = "1",
            [RapportageWachtrij.WachtendKey] = "0",
        });
        using var manager = await SignedInAsync(host, "manager.utrecht@demo.zvh.nl");
        var wachtrij = host.Services.GetRequiredService<RapportageWachtrij>();
        Assert.Equal(1, wachtrij.Gelijktijdig);

        var bezig = await wachtrij.BeurtAsync(CancellationToken.None);
        using (var pagina = await manager.GetAsync(new Uri("/rapportage?jaar=2022", UriKind.Relative)))
        {
            var html = await pagina.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, pagina.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(30), pagina.Headers.RetryAfter?.Delta);
            Assert.Contains("Er worden nu veel rapportages tegelijk berekend", html, StringComparison.Ordinal);
            Assert.Contains("<html", html, StringComparison.Ordinal);
        }

        using (var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/rapportage?jaar=2022&district=Oost", UriKind.Relative)))
        {
            request.Headers.Add("HX-Request", "true");
            request.Headers.Add("HX-Target", "rapport");
            using var fragment = await manager.SendAsync(request);
            var html = await fragment.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, fragment.StatusCode);
            Assert.Contains("data-testid=\"error-fragment\"", html, StringComparison.Ordinal);
            Assert.Contains("Er worden nu veel rapportages tegelijk berekend", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<html", html, StringComparison.Ordinal);
        }

        Assert.Equal(1, wachtrij.InBehandeling);
        await bezig.DisposeAsync();
        using (var pagina = await manager.GetAsync(new Uri("/rapportage?jaar=2022", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, pagina.StatusCode);
            Assert.Contains("data-testid=\"rapport-kop\"", await pagina.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(0, wachtrij.InBehandeling);
    }
}
