using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Access;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Modules;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Casework;

/// <summary>
/// Opschalen from one aanpak to another: an aanmelding for the target aanpak with route opschaling for the case's main
/// person (already known, so the bekendheidscheck is done), or for a person a module keeps itself, checked by the same
/// intake rules as any aanmelding.
/// </summary>
internal sealed class CaseEscalation(CaseworkDbContext db, CoreDbContext core, ICaseAccess access, AanmeldingIntake intake, ModuleCatalog catalog,
    CurrentUser user, IAccessLog log) : ICaseEscalation
{
    public async Task<OpschalingResultaat> OpschalenAsync(OpschalingVerzoek verzoek, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(verzoek);
        if (!user.HasPermission(CorePermissions.AanmeldingenBehandelen))
        {
            throw new RequestForbiddenException("U heeft geen recht op deze handeling.");
        }

        var (casus, _) = await db.RequireCaseAsync(access, verzoek.CaseId, cancellationToken);
        if (casus.AfgeslotenOp is not null)
        {
            throw new RequestValidationException([new ValidationProblem("", "Deze casus is afgesloten of afgeschaald; opschalen kan alleen vanuit een lopende casus.")]);
        }

        if (verzoek.NaarModuleId == casus.ModuleId)
        {
            throw new RequestValidationException([new ValidationProblem(nameof(verzoek.NaarModuleId), "Kies een andere aanpak dan die van deze casus.")]);
        }

        var person = await core.Persons.AsNoTracking().Where(p => p.Id == casus.HoofdpersoonId)
                         .Select(p => new { p.Id, p.Bsn, p.Voornamen, p.Tussenvoegsel, p.Achternaam, p.Geboortedatum, p.Adres, p.GemeenteCode })
                         .SingleOrDefaultAsync(cancellationToken)
                     ?? throw new KeyNotFoundException("Persoon niet gevonden.");
        var van = catalog.Find(casus.ModuleId)?.Manifest.DisplayName ?? casus.ModuleId;
        var input = new AanmeldingInput(verzoek.NaarModuleId, verzoek.SubAanpak, AanmeldRoute.Opschaling, null,
            verzoek.VerwijzerPartnerId, $"{van} (casus {casus.Kenmerk})", user.DisplayName, null, null,
            person.Bsn, person.Voornamen, string.Join(' ', new[] { person.Tussenvoegsel, person.Achternaam }.Where(s => !string.IsNullOrWhiteSpace(s))),
            person.Geboortedatum, person.Adres, person.GemeenteCode ?? casus.GemeenteCode,
            verzoek.Reden, $"Opgeschaald vanuit {van}, casus {casus.Kenmerk}.", null, verzoek.PersoonGeinformeerd, verzoek.NietGeinformeerdReden,
            verzoek.Hoofdonderwerp, false, false, false, false, Gemeentegrens.Geen);
        var problems = AanmeldingIntake.CheckFields(input, intake.Today, staff: true).ToList();
        if (problems.Count > 0)
        {
            throw new RequestValidationException(problems);
        }

        var aanmelding = await intake.BuildAsync(input, cancellationToken);
        aanmelding.PersonId = person.Id;
        db.Aanmeldingen.Add(aanmelding);
        await db.SaveChangesAsync(cancellationToken);
        await log.RecordAsync(new AccessRecord(AccessAction.Aanmaken, Purposes.Aanmelding, [person.Id], casus.Id, aanmelding.ModuleId, "toegestaan", false,
            $"opschaling van casus {casus.Kenmerk} naar aanmelding {aanmelding.Kenmerk}"), cancellationToken);
        return new OpschalingResultaat(aanmelding.Id, aanmelding.Kenmerk, aanmelding.GemeenteCode ?? "");
    }

    public async Task<OpschalingResultaat> OpschalenAsync(ModuleOpschaling opschaling, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(opschaling);
        var input = new AanmeldingInput(opschaling.NaarModuleId, opschaling.SubAanpak, AanmeldRoute.Opschaling, null, opschaling.VerwijzerPartnerId,
            opschaling.VerwijzerPartnerId is null ? $"Zorg- en Veiligheidshuis, aanpak {opschaling.VanModuleId}" : null, null, null, null,
            opschaling.Bsn, opschaling.Voornamen, opschaling.Achternaam, opschaling.Geboortedatum, null, opschaling.GemeenteCode,
            opschaling.Reden, null, null, opschaling.PersoonGeinformeerd, opschaling.NietGeinformeerdReden, opschaling.Hoofdonderwerp,
            false, false, false, false, Gemeentegrens.Geen);
        var problems = AanmeldingIntake.CheckFields(input, intake.Today, staff: true).ToList();
        if (problems.Count > 0)
        {
            throw new RequestValidationException(problems);
        }

        var aanmelding = await intake.BuildAsync(input, cancellationToken);
        db.Aanmeldingen.Add(aanmelding);
        await db.SaveChangesAsync(cancellationToken);
        await log.RecordAsync(new AccessRecord(AccessAction.Aanmaken, Purposes.Aanmelding, [], null, aanmelding.ModuleId, "toegestaan", false,
            $"aanmelding {aanmelding.Kenmerk} (opschaling vanuit {opschaling.VanModuleId})"), cancellationToken);
        return new OpschalingResultaat(aanmelding.Id, aanmelding.Kenmerk, aanmelding.GemeenteCode ?? "");
    }
}
