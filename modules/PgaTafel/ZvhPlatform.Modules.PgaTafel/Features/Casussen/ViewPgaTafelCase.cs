using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Partners;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Modules.PgaTafel.Data;

namespace ZvhPlatform.Modules.PgaTafel.Features.Casussen;

/// <summary>
/// A case of the table as the module sees it: the case, links to the core's plan and PGA monitor, the opschalingen made
/// from it, and what is needed to escalate it to CoVeCa / Top X. Not found for other aanpakken and without need-to-know;
/// every view is logged.
/// </summary>
[RequiresPermission(PgaTafelModule.Werken)]
internal sealed record ViewPgaTafelCase(Guid CaseId) : IQuery<PgaTafelCaseDetails>;

internal sealed record OpschalingRegel(DateOnly Datum, string NaarModuleId, string? SubAanpak, Guid AanmeldingId, string AanmeldingKenmerk);

/// <summary>The case screen: the case, its opschalingen, and the choices for a new one (sub-aanpakken of the target aanpak, partners).</summary>
internal sealed record PgaTafelCaseDetails(CaseSummary Casus, IReadOnlyList<OpschalingRegel> Opschalingen, bool DoelInstalleerd,
    IReadOnlyList<SubAanpakInfo> DoelSubAanpakken, IReadOnlyList<PartnerInfo> Partners);

internal sealed class ViewPgaTafelCaseHandler(ICaseDirectory cases, ICaseAccess access, PgaTafelDbContext db, IEnumerable<ICaseworkExtension> extensions,
    IPartnerDirectory partners, IAccessLog log) : IQueryHandler<ViewPgaTafelCase, PgaTafelCaseDetails>
{
    public async ValueTask<PgaTafelCaseDetails> Handle(ViewPgaTafelCase query, CancellationToken cancellationToken)
    {
        var casus = await PgaTafelCase.FindAsync(cases, query.CaseId, cancellationToken);
        var opschalingen = await db.Opschalingen.AsNoTracking().Where(o => o.CasusId == casus.Id).OrderByDescending(o => o.Datum)
            .Select(o => new OpschalingRegel(o.Datum, o.NaarModuleId, o.SubAanpak, o.AanmeldingId, o.AanmeldingKenmerk)).ToListAsync(cancellationToken);
        var doel = extensions.FirstOrDefault(e => e.ModuleId == PgaTafelModule.OpschalenNaar);
        var emergency = (await access.CheckAsync(casus.Id, cancellationToken)).ViaEmergency;
        await log.RecordAsync(new AccessRecord(AccessAction.Inzien, Purposes.Procesregie, [casus.HoofdpersoonId], casus.Id, PgaTafelModule.Id, "toegestaan",
            emergency, "pgatafel-casus"), cancellationToken);
        return new PgaTafelCaseDetails(casus, opschalingen, doel is not null, doel?.SubAanpakken ?? [],
            await partners.ActivePartnersAsync(cancellationToken));
    }
}

/// <summary>Finding the case through the core's directory, which applies need-to-know.</summary>
internal static class PgaTafelCase
{
    public static async Task<CaseSummary> FindAsync(ICaseDirectory cases, Guid caseId, CancellationToken cancellationToken)
    {
        var casus = await cases.FindAsync(caseId, cancellationToken);
        return casus is { ModuleId: PgaTafelModule.Id } ? casus : throw new KeyNotFoundException("Casus niet gevonden.");
    }
}
