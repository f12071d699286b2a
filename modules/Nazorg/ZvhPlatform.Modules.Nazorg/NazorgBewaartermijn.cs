using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Kernel.Jobs;
using ZvhPlatform.Modules.Nazorg.Data;

namespace ZvhPlatform.Modules.Nazorg;

/// <summary>
/// The nightly retention run for nazorg (03:30 UTC, in every region, also after its nazorg contract ended: the data
/// stays behind and its term still runs). A melding that ended (afgesloten, consent refused, parked one turned down)
/// is deleted with its basisvoorwaarden and 18b exchanges once the privacy protocol's term for nazorg has passed since
/// it ended; without a term in the protocol in force nothing is deleted, as for the core's cases. Each deletion is
/// written to the access log (which outlives the data) naming the reference only. Running it again deletes nothing more.
/// </summary>
internal sealed class NazorgBewaartermijn(NazorgDbContext db, IPrivacyProtocol protocol, IAccessLog log, TimeProvider clock,
    ILogger<NazorgBewaartermijn> logger) : IRegionRecurringJob
{
    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if ((await protocol.InForceOnAsync(today, cancellationToken))?.RetentionMonths(NazorgModule.Id) is not { } months)
        {
            return;
        }

        // Ended on or before this day means the term has passed today (AddMonths keeps month ends valid).
        var endedBy = today.AddMonths(-months);
        var due = await db.Meldingen.Where(m => m.AfgeslotenOp != null && m.AfgeslotenOp <= endedBy)
            .Include(m => m.Basisvoorwaarden).Include(m => m.Informatie18b).ToListAsync(cancellationToken);
        foreach (var melding in due)
        {
            db.Meldingen.Remove(melding);
            await db.SaveChangesAsync(cancellationToken);
            await log.RecordAsync(new AccessRecord(AccessAction.Verwijderen, Purposes.Beheer, [melding.PersoonId], null, NazorgModule.Id, "toegestaan", false,
                string.Create(CultureInfo.InvariantCulture,
                    $"bewaartermijn verstreken: nazorgmelding {melding.Kenmerk} ({melding.Status}, geëindigd {melding.AfgeslotenOp:dd-MM-yyyy}, {months} maanden)")),
                cancellationToken);
        }

        if (due.Count > 0)
        {
            logger.LogInformation("Nazorg retention deleted {Count} meldingen", due.Count);
        }
    }
}
