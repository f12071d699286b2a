using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Privacy;
using ZvhPlatform.Kernel.Modules;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Privacy;

/// <summary>The protocol in force on a date, the open concept (if any) and the history of all versions.</summary>
[RequiresPermission(CorePermissions.PrivacyprotocolInzien)]
internal sealed record ViewPrivacyprotocol(DateOnly Date) : IQuery<PrivacyprotocolOverview>;

internal sealed record ProtocolVersieRow(Guid Id, int VersieNummer, ProtocolStatus Status, DateOnly? GeldigVanaf, string? DpiaReferentie,
    string? VastgesteldDoor, DateTime? VastgesteldUtc, bool InForce);

internal sealed record PrivacyprotocolOverview(ProtocolVersieDetails? InForce, Guid? ConceptId, IReadOnlyList<ProtocolVersieRow> Versies);

internal sealed class ViewPrivacyprotocolHandler(PrivacyDbContext db, ModuleCatalog catalog) : IQueryHandler<ViewPrivacyprotocol, PrivacyprotocolOverview>
{
    public async ValueTask<PrivacyprotocolOverview> Handle(ViewPrivacyprotocol query, CancellationToken cancellationToken)
    {
        var inForce = await PrivacyProtocol.InForceQuery(db, query.Date).AsNoTracking()
            .Include(v => v.Doelen).Include(v => v.Gegevensdelingen).Include(v => v.Bewaartermijnen).Include(v => v.Informeren)
            .AsSplitQuery()
            .FirstOrDefaultAsync(cancellationToken);
        var versions = await db.ProtocolVersies.AsNoTracking().OrderByDescending(v => v.VersieNummer).ToListAsync(cancellationToken);
        return new PrivacyprotocolOverview(
            inForce is null ? null : ViewProtocolVersieHandler.Details(inForce, catalog),
            versions.FirstOrDefault(v => v.Status == ProtocolStatus.Concept)?.Id,
            versions.Select(v => new ProtocolVersieRow(v.Id, v.VersieNummer, v.Status, v.GeldigVanaf, v.DpiaReferentie, v.VastgesteldDoor,
                v.VastgesteldUtc, v.Id == inForce?.Id)).ToList());
    }
}
