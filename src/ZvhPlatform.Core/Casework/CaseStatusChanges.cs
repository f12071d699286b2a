using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Outbox;

namespace ZvhPlatform.Core.Casework;

/// <summary>
/// Every status change of a case goes through here: the case's status, the dated history row the caseload
/// figures are counted from, and the <see cref="CasusStatusGewijzigd"/> event in the same SaveChanges (outbox).
/// </summary>
internal static class CaseStatusChanges
{
    public static void Record(CaseworkDbContext db, Casus casus, CasusStatus? van, CasusStatus naar, DateOnly datum, string? toelichting, string door,
        TimeProvider clock)
    {
        casus.Status = naar;
        db.StatusWijzigingen.Add(new CasusStatusWijziging
        {
            CasusId = casus.Id, Datum = datum, Van = van, Naar = naar, Toelichting = toelichting, Door = door, VastgelegdUtc = clock.GetUtcNow().UtcDateTime,
        });
        db.Publish(new CasusStatusGewijzigd(casus.Id, casus.ModuleId, van, naar, datum), clock);
    }

    /// <summary>Tells the referrer of the case's aanmelding where it stands now (the referrer sees this text).</summary>
    public static async Task InformReferrerAsync(CaseworkDbContext db, Casus casus, string terugkoppeling, CancellationToken cancellationToken)
    {
        if (casus.AanmeldingId is not { } aanmeldingId)
        {
            return;
        }

        var aanmelding = await db.Aanmeldingen.FindAsync([aanmeldingId], cancellationToken);
        if (aanmelding is not null)
        {
            aanmelding.TerugkoppelingAanVerwijzer = terugkoppeling;
        }
    }
}
