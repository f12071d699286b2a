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

        eerste.Dispose();
        eerste.Dispose();
        using (await tweede)
        {
            Assert.Equal(1, wachtrij.InBehandeling);
        }

        Assert.Equal(0, wachtrij.InBehandeling);
    }

    [Fact]
    public async Task A_user_who_leaves_while_waiting_gives_up_the_place_in_the_queue()
    {
        using var wachtrij = new RapportageWachtrij(gelijktijdig: 1, maximaalWachtend: 1);
        using var bezig = await wachtrij.BeurtAsync(CancellationToken.None);
        using var weg = new CancellationTokenSource();
        var wachtend = wachtrij.BeurtAsync(weg.Token);
        await weg.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wachtend);
        Assert.Equal(1, wachtrij.InBehandeling);

        // The place is free again: a next report may wait.
        var volgende = wachtrij.BeurtAsync(CancellationToken.None);
        Assert.False(volgende.IsCompleted);
        bezig.Dispose();
        (await volgende).Dispose();
        Assert.Equal(0, wachtrij.InBehandeling);
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
        bezig.Dispose();
        using (var pagina = await manager.GetAsync(new Uri("/rapportage?jaar=2022", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, pagina.StatusCode);
            Assert.Contains("data-testid=\"rapport-kop\"", await pagina.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(0, wachtrij.InBehandeling);
    }
}
