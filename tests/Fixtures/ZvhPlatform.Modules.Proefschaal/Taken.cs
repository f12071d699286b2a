using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Kernel.Jobs;
using ZvhPlatform.Modules.Proefschaal.Data;

namespace ZvhPlatform.Modules.Proefschaal;

/// <summary>The recurring job: records each run, with the process that ran it.</summary>
internal sealed class TellingJob(ProefschaalDbContext db, TimeProvider clock) : IRegionRecurringJob
{
    public Task ExecuteAsync(CancellationToken cancellationToken) => Boekhouding.StartAsync(db, clock, "telling", "", cancellationToken);
}

/// <summary>A one-off job: records its start, works a moment (so several overlap) and does its effect once.</summary>
internal sealed class EenmaligJob(ProefschaalDbContext db, TimeProvider clock) : IRegionJob
{
    public async Task ExecuteAsync(string? argument, CancellationToken cancellationToken)
    {
        var key = Boekhouding.Key(argument);
        await Boekhouding.StartAsync(db, clock, "eenmalig", key, cancellationToken);
        await Task.Delay(TimeSpan.FromMilliseconds(300), cancellationToken);
        await Boekhouding.EffectOnceAsync(db, clock, key, 1, cancellationToken);
    }
}

/// <summary>
/// A one-off job in two steps with a wait in between until a signal file appears, so a test can kill the
/// process that runs it halfway: the job must then run again elsewhere, redo nothing of step 1 and do step 2.
/// </summary>
internal sealed class TweeStappenJob(ProefschaalDbContext db, TimeProvider clock, Seinen seinen) : IRegionJob
{
    public async Task ExecuteAsync(string? argument, CancellationToken cancellationToken)
    {
        var key = Boekhouding.Key(argument);
        await Boekhouding.StartAsync(db, clock, "twee-stappen", key, cancellationToken);
        await Boekhouding.EffectOnceAsync(db, clock, key, 1, cancellationToken);
        await seinen.WaitForAsync(key, TimeSpan.FromMinutes(2), cancellationToken);
        await Boekhouding.EffectOnceAsync(db, clock, key, 2, cancellationToken);
    }
}

/// <summary>The folder where a test drops signal files that let a waiting job continue.</summary>
internal sealed class Seinen(string folder)
{
    public async Task WaitForAsync(string key, TimeSpan atMost, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, key);
        var deadline = DateTime.UtcNow + atMost;
        while (!File.Exists(path))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No signal '{key}' in {folder} within {atMost}.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }
    }
}

internal static partial class Boekhouding
{
    [GeneratedRegex("^[a-z0-9-]{1,100}$")]
    private static partial Regex KeyPattern();

    public static string Key(string? argument) =>
        argument is not null && KeyPattern().IsMatch(argument)
            ? argument
            : throw new ArgumentException("The job needs a key of lowercase letters, digits and hyphens.", nameof(argument));

    public static async Task StartAsync(ProefschaalDbContext db, TimeProvider clock, string taak, string key, CancellationToken cancellationToken)
    {
        db.Uitvoeringen.Add(new Uitvoering
        {
            Taak = taak, Sleutel = key, ProcessId = Environment.ProcessId, GestartUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Does step <paramref name="stap"/> of <paramref name="key"/> unless it was done before (idempotent).</summary>
    public static async Task EffectOnceAsync(ProefschaalDbContext db, TimeProvider clock, string key, int stap, CancellationToken cancellationToken)
    {
        if (await db.Effecten.AnyAsync(e => e.Sleutel == key && e.Stap == stap, cancellationToken))
        {
            return;
        }

        db.Effecten.Add(new Effect { Sleutel = key, Stap = stap, ProcessId = Environment.ProcessId, GereedUtc = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(cancellationToken);
    }
}
