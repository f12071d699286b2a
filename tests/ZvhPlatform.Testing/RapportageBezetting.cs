using ZvhPlatform.Core.Features.Rapportage;

namespace ZvhPlatform.Testing;

/// <summary>
/// Holds a turn of the report queue the way a long report would: a computation of a report nobody else asks for that
/// runs until the result is disposed. Tests use it to fill the queue without a slow database.
/// </summary>
internal static class RapportageBezetting
{
    /// <summary>Completes once the held computation runs (it may first wait for a turn); fails as a report would (503, cancelled).</summary>
    public static async Task<IAsyncDisposable> BeurtAsync(this RapportageWachtrij wachtrij, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wachtrij);
        var loopt = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var klaar = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sleutel = new RapportSleutel(Guid.NewGuid(), new RapportageFilter("bezet", null, DateOnly.MinValue, DateOnly.MinValue), false);
        var rapport = wachtrij.RapportAsync(sleutel, async _ =>
        {
            loopt.TrySetResult();
            await klaar.Task.ConfigureAwait(false);
            return new Rapport(sleutel.Filter, "", [], [], 0, false, []);
        }, cancellationToken);
        if (await Task.WhenAny(loopt.Task, rapport).ConfigureAwait(false) == rapport)
        {
            await rapport.ConfigureAwait(false);
        }

        return new Beurt(klaar, rapport);
    }

    private sealed class Beurt(TaskCompletionSource klaar, Task<Rapport> rapport) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            // The queue gives the turn back when the computation has ended, so wait for that.
            klaar.TrySetResult();
            await rapport.ConfigureAwait(false);
        }
    }
}
