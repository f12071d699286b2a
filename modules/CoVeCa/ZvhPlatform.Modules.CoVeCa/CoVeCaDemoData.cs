using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Modules.CoVeCa.Data;

namespace ZvhPlatform.Modules.CoVeCa;

/// <summary>
/// CoVeCa's part of the demo: who placed each Top X case on the list and when, the selection checklist of every case
/// taken into regie, and the closing checklist of a closed case, as the procesregisseur would have filled them in.
/// </summary>
internal sealed class CoVeCaDemoData(CoVeCaDbContext db, CriteriaCatalog criteria, TimeProvider clock) : ICaseworkDemoData
{
    public string ModuleId => CoVeCaModule.Id;

    public async Task SeedAsync(IReadOnlyList<DemoCasus> casussen, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(casussen);
        var selectie = await criteria.ListAsync(CriteriumSoort.Selectie, alleenActief: true, cancellationToken);
        var afsluiting = await criteria.ListAsync(CriteriumSoort.Afsluiting, alleenActief: true, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var c in casussen)
        {
            var own = new CoVeCaCasus { CasusId = c.CaseId, Version = 1 };
            if (CoVeCaSubAanpakken.IsTopXLijst(c.SubAanpak) && CoVeCaSubAanpakken.WeigeringTopX(c.SubAanpak!, c.Verwijzer) is null)
            {
                own.PlaatsingSubAanpak = c.SubAanpak;
                own.PlaatsingPartnerId = c.Verwijzer!.Id;
                own.PlaatsingPartnerNaam = c.Verwijzer.Naam;
                own.PlaatsingPartnerType = c.Verwijzer.Type;
                own.GeplaatstOp = c.GeopendOp;
            }

            if (c.Status != CasusStatus.Werkvoorraad)
            {
                own.SelectieIngevuldOp = c.GeopendOp;
                foreach (var (criterium, i) in selectie.Select((x, i) => (x, i)))
                {
                    // The last default criterion (plaatsing by gemeente, politie and OM) does not apply to doorgroeiers.
                    var voldaan = c.SubAanpak != CoVeCaSubAanpakken.Doorgroeiers || i < selectie.Count - 1;
                    own.Antwoorden.Add(Antwoord(c.CaseId, criterium, voldaan, voldaan ? "Besproken in de triage." : "Niet van toepassing op een doorgroeier.", now));
                }
            }

            if (c.Status == CasusStatus.Afgesloten && c.AfgeslotenOp is { } dicht)
            {
                own.AfsluitingIngevuldOp = dicht;
                foreach (var (criterium, i) in afsluiting.Select((x, i) => (x, i)))
                {
                    own.Antwoorden.Add(Antwoord(c.CaseId, criterium, i == 0, i == 0 ? "Sinds ruim een jaar geen nieuwe antecedenten." : null, now));
                }
            }

            db.Casussen.Add(own);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static ChecklistAntwoord Antwoord(Guid caseId, Criterium criterium, bool voldaan, string? toelichting, DateTime now) => new()
    {
        CasusId = caseId, CriteriumId = criterium.Id, Soort = criterium.Soort, Voldaan = voldaan, Toelichting = toelichting, VastgelegdUtc = now,
    };
}
