using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Partners;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Modules.CoVeCa.Data;

namespace ZvhPlatform.Modules.CoVeCa.Features.Casussen;

/// <summary>
/// A CoVeCa case as the module sees it: sub-aanpak, placement on the Top X list and both checklists. A case that
/// does not exist, is not CoVeCa or is not visible to the user is "not found"; every view is logged.
/// </summary>
[RequiresPermission(CoVeCaModule.Werken)]
internal sealed record ViewCoVeCaCase(Guid CaseId) : IQuery<CoVeCaCaseDetails>;

internal sealed record ChecklistRegel(Guid CriteriumId, string Tekst, bool Actief, bool? Voldaan, string? Toelichting);

internal sealed record Plaatsing(string SubAanpak, string PartnerNaam, PartnerType PartnerType, DateOnly GeplaatstOp);

internal sealed record CoVeCaCaseDetails(
    CaseSummary Casus, string SubAanpakNaam, Plaatsing? Plaatsing, IReadOnlyList<ChecklistRegel> Selectie, DateOnly? SelectieIngevuldOp,
    IReadOnlyList<ChecklistRegel> Afsluiting, DateOnly? AfsluitingIngevuldOp, long Version, IReadOnlyList<PartnerInfo> PlaatsendePartners);

internal sealed class ViewCoVeCaCaseHandler(ICaseDirectory cases, CoVeCaDbContext db, CriteriaCatalog criteria, IPartnerDirectory partners,
    IAccessLog log, ICaseAccess access) : IQueryHandler<ViewCoVeCaCase, CoVeCaCaseDetails>
{
    public async ValueTask<CoVeCaCaseDetails> Handle(ViewCoVeCaCase query, CancellationToken cancellationToken)
    {
        var casus = await CoVeCaCase.FindAsync(cases, query.CaseId, cancellationToken);
        var own = await db.Casussen.AsNoTracking().Include(c => c.Antwoorden).SingleOrDefaultAsync(c => c.CasusId == casus.Id, cancellationToken);
        var answers = own?.Antwoorden ?? [];
        async Task<IReadOnlyList<ChecklistRegel>> ChecklistAsync(CriteriumSoort soort)
        {
            var all = await criteria.ListAsync(soort, alleenActief: false, cancellationToken);
            // Deactivated criteria are shown only where this case answered them, so an old answer stays readable.
            return all.Where(c => c.Actief || answers.Any(a => a.CriteriumId == c.Id))
                .Select(c => answers.FirstOrDefault(a => a.CriteriumId == c.Id) is { } a
                    ? new ChecklistRegel(c.Id, c.Tekst, c.Actief, a.Voldaan, a.Toelichting)
                    : new ChecklistRegel(c.Id, c.Tekst, c.Actief, null, null))
                .ToList();
        }

        var selectie = await ChecklistAsync(CriteriumSoort.Selectie);
        var afsluiting = await ChecklistAsync(CriteriumSoort.Afsluiting);
        var plaatsend = (await partners.ActivePartnersAsync(cancellationToken)).Where(p => CoVeCaSubAanpakken.MagPlaatsen.Contains(p.Type)).ToList();
        var emergency = (await access.CheckAsync(casus.Id, cancellationToken)).ViaEmergency;
        await log.RecordAsync(new AccessRecord(AccessAction.Inzien, Purposes.Procesregie, [casus.HoofdpersoonId], casus.Id, CoVeCaModule.Id, "toegestaan",
            emergency, "coveca-casus"), cancellationToken);
        var plaatsing = own is { PlaatsingSubAanpak: { } sub, PlaatsingPartnerNaam: { } naam, PlaatsingPartnerType: { } type, GeplaatstOp: { } op }
            ? new Plaatsing(sub, naam, type, op)
            : null;
        return new CoVeCaCaseDetails(casus, CoVeCaSubAanpakken.Naam(casus.SubAanpak ?? own?.PlaatsingSubAanpak), plaatsing, selectie, own?.SelectieIngevuldOp,
            afsluiting, own?.AfsluitingIngevuldOp, own?.Version ?? 0, plaatsend);
    }
}

/// <summary>Finding the case through the core's directory, which applies need-to-know.</summary>
internal static class CoVeCaCase
{
    public static async Task<CaseSummary> FindAsync(ICaseDirectory cases, Guid caseId, CancellationToken cancellationToken)
    {
        var casus = await cases.FindAsync(caseId, cancellationToken);
        return casus is { ModuleId: CoVeCaModule.Id } ? casus : throw new KeyNotFoundException("Casus niet gevonden.");
    }

    public static void EnsureOpen(CaseSummary casus)
    {
        if (casus.AfgeslotenOp is not null)
        {
            throw new RequestValidationException([new ValidationProblem("", "Deze casus is afgesloten; de plaatsing en de criteria liggen vast.")]);
        }
    }
}
