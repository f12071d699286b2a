using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ZvhPlatform.Core.Contracts.Notifications;
using ZvhPlatform.Kernel.Jobs;
using ZvhPlatform.Modules.Nazorg.Data;
using ZvhPlatform.Modules.Nazorg.Features.Meldingen;

namespace ZvhPlatform.Modules.Nazorg;

/// <summary>
/// The daily warning (06:00 UTC, per region that has nazorg): the coordinator of each person released within 14 days
/// with basisvoorwaarden still open gets an in-app melding naming the references (no names). The coordinator is the one
/// who registered the melding while they still work in nazorg, otherwise everyone who does. Once a day: a second run
/// on the same day sends nothing.
/// </summary>
internal sealed class OntslagWaarschuwing(NazorgDbContext db, NazorgCijfers cijfers, INotifications notifications, TimeProvider clock,
    ILogger<OntslagWaarschuwing> logger) : IRegionRecurringJob
{
    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var instelling = await db.Instellingen.SingleOrDefaultAsync(cancellationToken);
        if (instelling?.LaatsteWaarschuwingOp >= today)
        {
            return;
        }

        var open = (await cijfers.BinnenkortVrijAsync(today, cancellationToken)).Where(r => r.Open.Count > 0).ToList();
        if (instelling is null)
        {
            instelling = new NazorgInstelling { RegionId = db.CurrentRegionId, Version = 1 };
            db.Instellingen.Add(instelling);
        }

        instelling.LaatsteWaarschuwingOp = today;
        try
        {
            // Claim the day first, so two instances running the job at once cannot both warn.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            logger.LogInformation("Nazorg release warning already claimed for today by another run");
            return;
        }

        if (open.Count == 0)
        {
            return;
        }

        var ids = open.Select(r => r.Id).ToList();
        var coordinators = await db.Meldingen.AsNoTracking().Where(m => ids.Contains(m.Id)).Select(m => new { m.Id, m.CoordinatorUserId })
            .ToDictionaryAsync(m => m.Id, m => m.CoordinatorUserId, cancellationToken);
        var holders = await notifications.UsersWithPermissionAsync(NazorgModule.Werken, cancellationToken);
        var perUser = new Dictionary<Guid, List<OntslagRij>>();
        foreach (var rij in open)
        {
            IEnumerable<Guid> ontvangers = coordinators.GetValueOrDefault(rij.Id) is { } c && holders.Contains(c) ? [c] : holders;
            foreach (var user in ontvangers)
            {
                (perUser.TryGetValue(user, out var list) ? list : perUser[user] = []).Add(rij);
            }
        }

        foreach (var (user, rijen) in perUser)
        {
            var lijst = string.Join(", ", rijen.Select(r => $"{r.Kenmerk} ({r.VerwachteOntslagdatum.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)}, open: {r.Open.Count})"));
            var tekst = rijen.Count == 1
                ? $"Nazorg: 1 gedetineerde komt binnen {NazorgCijfers.DagenVooruit} dagen vrij met open basisvoorwaarden: {lijst}."
                : $"Nazorg: {rijen.Count} gedetineerden komen binnen {NazorgCijfers.DagenVooruit} dagen vrij met open basisvoorwaarden: {lijst}.";
            await notifications.NotifyAsync(user, tekst.Length > 1000 ? tekst[..997] + "..." : tekst, "/nazorg", cancellationToken);
        }
    }
}
