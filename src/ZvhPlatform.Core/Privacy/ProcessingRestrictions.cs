using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Privacy;

/// <summary>Answers from the active (not lifted) restrictions of the current region.</summary>
internal sealed class ProcessingRestrictions(PrivacyDbContext db, TimeProvider clock) : IProcessingRestrictions
{
    public Task<bool> IsRestrictedAsync(Guid personId, CancellationToken cancellationToken = default) =>
        db.Verwerkingsbeperkingen.AnyAsync(r => r.PersonId == personId && r.OpgehevenUtc == null, cancellationToken);

    public Task EnsureNotRestrictedAsync(Guid personId, CancellationToken cancellationToken = default) =>
        EnsureNotRestrictedAsync([personId], cancellationToken);

    public async Task EnsureNotRestrictedAsync(IEnumerable<Guid> personIds, CancellationToken cancellationToken = default)
    {
        var ids = personIds.Distinct().ToList();
        var since = await db.Verwerkingsbeperkingen.AsNoTracking()
            .Where(r => ids.Contains(r.PersonId) && r.OpgehevenUtc == null)
            .OrderBy(r => r.SindsUtc).Select(r => (DateTime?)r.SindsUtc).FirstOrDefaultAsync(cancellationToken);
        if (since is { } utc)
        {
            var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), clock.LocalTimeZone);
            throw new RequestValidationException([new ValidationProblem("PersonId",
                "De verwerking van de gegevens van deze persoon is beperkt op verzoek van betrokkene " +
                $"(sinds {local.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)}); wijzigen is niet mogelijk.")]);
        }
    }
}
