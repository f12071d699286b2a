using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Features.Casework;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Core.Casework;

/// <summary>
/// The nightly retention run: per region, every closed case past its term (protocol months after closing,
/// or a logged extension) is deleted with its persons that have no other case, leaving a receipt without
/// personal content. The access log is not touched: it outlives the data. Running it again deletes nothing more.
/// </summary>
public sealed class RetentionJob(IServiceScopeFactory scopes, ILogger<RetentionJob> logger)
{
    /// <summary>Runs for every region; Hangfire's entry point.</summary>
    [Hangfire.DisableConcurrentExecution(timeoutInSeconds: 3600)]
    public async Task RunAllRegionsAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<RegionInfo> regions;
        await using (var root = scopes.CreateAsyncScope())
        {
            regions = await root.ServiceProvider.GetRequiredService<IRegionStore>().AllAsync(cancellationToken);
        }

        foreach (var region in regions)
        {
            var deleted = await RunForRegionAsync(region, cancellationToken);
            if (deleted > 0)
            {
                logger.LogInformation("Retention deleted {Count} cases in region {RegionKey}", deleted, region.Key);
            }
        }
    }

    /// <summary>Deletes what passed its term in one region; returns the number of cases deleted.</summary>
    public async Task<int> RunForRegionAsync(RegionInfo region, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(region);
        await using var scope = scopes.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<IRegionContextSetter>().SetRegion(region, "retention");
        var db = sp.GetRequiredService<CaseworkDbContext>();
        var core = sp.GetRequiredService<CoreDbContext>();
        var clock = sp.GetRequiredService<TimeProvider>();
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var protocol = await sp.GetRequiredService<IPrivacyProtocol>().InForceOnAsync(today, cancellationToken);
        var due = (await db.Casussen.Include(c => c.Personen).Where(c => c.AfgeslotenOp != null).ToListAsync(cancellationToken))
            .Where(c => RetentionRules.DeletionDate(c, protocol) is { } date && date <= today)
            .ToList();
        foreach (var casus in due)
        {
            var personIds = casus.Personen.Select(p => p.PersonId).ToList();
            var stillUsed = await db.CasusPersonen.Where(p => personIds.Contains(p.PersonId) && p.CasusId != casus.Id)
                .Select(p => p.PersonId).Distinct().ToListAsync(cancellationToken);
            var orphans = personIds.Except(stillUsed).ToList();

            db.Verwijderbewijzen.Add(new Verwijderbewijs
            {
                CasusId = casus.Id, Kenmerk = casus.Kenmerk, ModuleId = casus.ModuleId, AfgeslotenOp = casus.AfgeslotenOp!.Value,
                Bewaartermijn = protocol?.RetentionMonths(casus.ModuleId) ?? 0, VerwijderdUtc = clock.GetUtcNow().UtcDateTime, PersonenVerwijderd = orphans.Count,
            });
            db.Noodtoegangen.RemoveRange(await db.Noodtoegangen.Where(n => n.CasusId == casus.Id).ToListAsync(cancellationToken));
            db.Bewaarverlengingen.RemoveRange(await db.Bewaarverlengingen.Where(n => n.CasusId == casus.Id).ToListAsync(cancellationToken));
            db.Casussen.Remove(casus);
            await db.SaveChangesAsync(cancellationToken);

            // Persons of this case only: their record, aliases and history go too; merged-away duplicates with them.
            var persons = await core.Persons.Where(p => orphans.Contains(p.Id) || (p.MergedIntoId != null && orphans.Contains(p.MergedIntoId.Value)))
                .ToListAsync(cancellationToken);
            var allIds = persons.Select(p => p.Id).ToList();
            core.PersonChanges.RemoveRange(await core.PersonChanges.Where(c => allIds.Contains(c.PersonId)).ToListAsync(cancellationToken));
            core.PersonMerges.RemoveRange(await core.PersonMerges.Where(m => allIds.Contains(m.SurvivorId) || allIds.Contains(m.MergedId)).ToListAsync(cancellationToken));
            core.Persons.RemoveRange(persons);
            await core.SaveChangesAsync(cancellationToken);
        }

        return due.Count;
    }
}
