using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Kernel.Jobs;
using ZvhPlatform.Kernel.Tenancy;
using ZvhPlatform.Modules.Proefaanpak.Data;

namespace ZvhPlatform.Modules.Proefaanpak;

/// <summary>Records, per run, which region it ran as and how many notes it saw there.</summary>
public sealed class JobRunLog
{
    /// <summary>(region id, number of notes visible) per run.</summary>
    public ConcurrentQueue<(Guid RegionId, int Notities)> Runs { get; } = new();
}

internal sealed class DagelijkseTelling(ProefaanpakDbContext db, IRegionContext region, JobRunLog log) : IRegionRecurringJob
{
    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        var count = await db.Notities.CountAsync(cancellationToken);
        log.Runs.Enqueue((region.RequiredRegion.Id, count));
    }
}

/// <summary>A one-off region job: counts the notes of the region it runs as.</summary>
internal sealed class TelNotities(ProefaanpakDbContext db, IRegionContext region, JobRunLog log) : IRegionJob
{
    public async Task ExecuteAsync(string? argument, CancellationToken cancellationToken)
    {
        var count = await db.Notities.CountAsync(cancellationToken);
        log.Runs.Enqueue((region.RequiredRegion.Id, count));
    }
}
