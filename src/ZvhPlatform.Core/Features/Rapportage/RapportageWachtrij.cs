using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Rapportage;

/// <summary>Everything that shapes a report's figures: the region, the filter and whether small cells are suppressed.</summary>
internal readonly record struct RapportSleutel(Guid RegionId, RapportageFilter Filter, bool Onderdrukken);

/// <summary>
/// At most a few report computations at once per instance; the others wait their turn, and beyond a limit of waiting
/// reports a new one is refused with a Dutch message. A report is half a second to a second of CPU, and sixteen at once
/// on two cores took eight seconds each while the coordinators' pages on the same instance slowed with them (on SQLite,
/// whose asynchronous calls run synchronously, every running report also holds a thread-pool thread). A waiting report
/// holds no thread, and a user who leaves while it waits takes it out of the queue. Requests for the same report (same
/// region, filter and suppression) that arrive while it waits for its turn are answered by that one computation: it
/// starts after they arrived, so each gets figures at least as fresh as when it asked (docs/adr/0013).
/// </summary>
internal sealed class RapportageWachtrij : IDisposable
{
    public const string GelijktijdigKey = "Rapportage:GelijktijdigeBerekeningen";
    public const string WachtendKey = "Rapportage:MaximaalWachtend";

    private const string Vol =
        "Er worden nu veel rapportages tegelijk berekend. Probeer het over een halve minuut opnieuw; er is niets verloren gegaan.";

    private readonly SemaphoreSlim _beurten;
    private readonly Dictionary<RapportSleutel, Groep> _wachtend = [];
    private int _inBehandeling;

    public RapportageWachtrij(int? gelijktijdig, int? maximaalWachtend)
    {
        // Half the cores by default: the other half stays free for the coordinators' pages.
        Gelijktijdig = Math.Max(1, gelijktijdig ?? (Environment.ProcessorCount / 2));
        MaximaalWachtend = Math.Max(0, maximaalWachtend ?? 32);
        _beurten = new SemaphoreSlim(Gelijktijdig, Gelijktijdig);
    }

    /// <summary>How many reports are computed at once.</summary>
    public int Gelijktijdig { get; }

    /// <summary>How many reports may wait for their turn before new ones are refused.</summary>
    public int MaximaalWachtend { get; }

    /// <summary>Computations running or waiting now (requests that share one count once).</summary>
    public int InBehandeling => Volatile.Read(ref _inBehandeling);

    /// <summary>
    /// The report under <paramref name="sleutel"/>: joins a computation of the same report that is still waiting for its
    /// turn, or queues a new one that <paramref name="bereken"/> runs when the turn comes.
    /// </summary>
    /// <remarks>
    /// The request that queued the computation runs it in its own scope (its database contexts), so it stays until the
    /// computation ends even when its user left; the computation is cancelled only when every request for it left.
    /// </remarks>
    public async Task<Rapport> RapportAsync(RapportSleutel sleutel, Func<CancellationToken, Task<Rapport>> bereken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bereken);
        Groep groep;
        bool eigen;
        lock (_wachtend)
        {
            eigen = !(_wachtend.TryGetValue(sleutel, out var bestaand) && bestaand.Aansluiten());
            if (eigen)
            {
                Aanmelden();
                bestaand = new Groep();
                _wachtend[sleutel] = bestaand;
            }

            groep = bestaand!;
        }

        if (!eigen)
        {
            try
            {
                return await groep.Resultaat.Task.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                groep.Verlaten();
                throw;
            }
        }

        using (cancellationToken.Register(groep.Verlaten))
        {
            await BerekenAsync(sleutel, groep, bereken);
        }

        cancellationToken.ThrowIfCancellationRequested();
        return await groep.Resultaat.Task;
    }

    private async Task BerekenAsync(RapportSleutel sleutel, Groep groep, Func<CancellationToken, Task<Rapport>> bereken)
    {
        try
        {
            await _beurten.WaitAsync(groep.Stoppen.Token);
            try
            {
                // From here on the computation may already have read data, so later requests start a new one.
                NietMeerAansluiten(sleutel, groep);
                groep.Resultaat.TrySetResult(await bereken(groep.Stoppen.Token));
            }
            finally
            {
                _beurten.Release();
            }
        }
        catch (Exception ex)
        {
            // Handed to every request for this report (the owner's included), not swallowed.
            NietMeerAansluiten(sleutel, groep);
            if (ex is OperationCanceledException && groep.Stoppen.IsCancellationRequested)
            {
                // Everyone who asked for it left.
                groep.Resultaat.TrySetCanceled(groep.Stoppen.Token);
            }
            else
            {
                groep.Resultaat.TrySetException(ex);
            }
        }
        finally
        {
            Interlocked.Decrement(ref _inBehandeling);
            groep.Stoppen.Dispose();
        }
    }

    private void NietMeerAansluiten(RapportSleutel sleutel, Groep groep)
    {
        lock (_wachtend)
        {
            if (_wachtend.TryGetValue(sleutel, out var huidig) && ReferenceEquals(huidig, groep))
            {
                _wachtend.Remove(sleutel);
            }
        }
    }

    private void Aanmelden()
    {
        if (Interlocked.Increment(ref _inBehandeling) > Gelijktijdig + MaximaalWachtend)
        {
            Interlocked.Decrement(ref _inBehandeling);
            throw new RequestCapacityException(Vol);
        }
    }

    public void Dispose() => _beurten.Dispose();

    private sealed class Groep
    {
        private readonly Lock _slot = new();
        private int _leden = 1;

        public TaskCompletionSource<Rapport> Resultaat { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public CancellationTokenSource Stoppen { get; } = new();

        public bool Aansluiten()
        {
            lock (_slot)
            {
                if (_leden == 0)
                {
                    return false;
                }

                _leden++;
                return true;
            }
        }

        public void Verlaten()
        {
            lock (_slot)
            {
                if (--_leden == 0)
                {
                    try
                    {
                        Stoppen.Cancel();
                    }
                    catch (ObjectDisposedException)
                    {
                        // The computation already ended.
                    }
                }
            }
        }
    }
}
