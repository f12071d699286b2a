using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Rapportage;

/// <summary>
/// At most a few report computations at once per instance; the others wait their turn, and beyond a limit of waiting
/// reports a new one is refused with a Dutch message. A report is half a second to a second of CPU, and sixteen at once
/// on two cores took eight seconds each while the coordinators' pages on the same instance slowed with them (on SQLite,
/// whose asynchronous calls run synchronously, every running report also holds a thread-pool thread). A waiting report
/// holds no thread, and a user who leaves while it waits takes it out of the queue (docs/adr/0013).
/// </summary>
internal sealed class RapportageWachtrij : IDisposable
{
    public const string GelijktijdigKey = "Rapportage:GelijktijdigeBerekeningen";
    public const string WachtendKey = "Rapportage:MaximaalWachtend";

    private readonly SemaphoreSlim _beurten;
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

    /// <summary>Reports being computed or waiting now.</summary>
    public int InBehandeling => Volatile.Read(ref _inBehandeling);

    /// <summary>Waits for a turn; dispose the result when the report is computed.</summary>
    public async Task<IDisposable> BeurtAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _inBehandeling) > Gelijktijdig + MaximaalWachtend)
        {
            Interlocked.Decrement(ref _inBehandeling);
            throw new RequestCapacityException(
                "Er worden nu veel rapportages tegelijk berekend. Probeer het over een halve minuut opnieuw; er is niets verloren gegaan.");
        }

        try
        {
            await _beurten.WaitAsync(cancellationToken);
        }
        catch
        {
            Interlocked.Decrement(ref _inBehandeling);
            throw;
        }

        return new Beurt(this);
    }

    public void Dispose() => _beurten.Dispose();

    private sealed class Beurt(RapportageWachtrij wachtrij) : IDisposable
    {
        private int _klaar;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _klaar, 1) == 0)
            {
                wachtrij._beurten.Release();
                Interlocked.Decrement(ref wachtrij._inBehandeling);
            }
        }
    }
}
