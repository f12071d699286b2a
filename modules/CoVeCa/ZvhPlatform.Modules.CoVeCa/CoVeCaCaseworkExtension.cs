using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Modules.CoVeCa.Data;

namespace ZvhPlatform.Modules.CoVeCa;

/// <summary>What CoVeCa adds to the common way of working: its sub-aanpakken, who may refer to Top X, and its closing checklist.</summary>
internal sealed class CoVeCaCaseworkExtension(CoVeCaDbContext db, CriteriaCatalog criteria) : ICaseworkExtension
{
    public string ModuleId => CoVeCaModule.Id;

    public IReadOnlyList<SubAanpakInfo> SubAanpakken => CoVeCaSubAanpakken.All;

    public Task<IReadOnlyList<string>> ValidateIntakeAsync(IntakeContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problems = new List<string>();
        if (context.ModuleId != CoVeCaModule.Id)
        {
            return Task.FromResult<IReadOnlyList<string>>(problems);
        }

        if (context.SubAanpak is { } code && CoVeCaSubAanpakken.All.All(s => s.Code != code))
        {
            problems.Add($"Kies een sub-aanpak van CoVeCa: {string.Join(", ", CoVeCaSubAanpakken.All.Select(s => s.Naam))}.");
        }
        else if (CoVeCaSubAanpakken.IsTopXLijst(context.SubAanpak) && CoVeCaSubAanpakken.WeigeringTopX(context.SubAanpak!, context.Verwijzer) is { } refusal)
        {
            problems.Add(refusal);
        }

        return Task.FromResult<IReadOnlyList<string>>(problems);
    }

    public async Task<IReadOnlyList<string>> ValidateClosingAsync(ClosingContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.ModuleId != CoVeCaModule.Id)
        {
            return [];
        }

        var required = await criteria.ListAsync(CriteriumSoort.Afsluiting, alleenActief: true, cancellationToken);
        var answered = await db.Antwoorden.AsNoTracking()
            .Where(a => a.CasusId == context.CaseId && a.Soort == CriteriumSoort.Afsluiting)
            .Select(a => a.CriteriumId).ToListAsync(cancellationToken);
        var missing = required.Where(c => !answered.Contains(c.Id)).Select(c => c.Tekst).ToList();
        return missing.Count == 0
            ? []
            : [$"Vul eerst de afsluitcriteria van de regio in voor deze casus (CoVeCa / Top X, /coveca/casussen/{context.CaseId}). Nog niet beoordeeld: {string.Join("; ", missing)}."];
    }

    public IReadOnlyList<CaseLink> Links(Guid caseId) => [new CaseLink("CoVeCa / Top X: plaatsing en criteria", $"/coveca/casussen/{caseId}")];
}
