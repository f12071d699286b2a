using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Access;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Entitlement;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Core.Casework;

/// <summary>
/// Opens a case for a person: refused for a restricted person, for an aanpak the region does not have today,
/// for a resident of a municipality outside the contract, and for a purpose without a legal basis in the
/// privacy protocol. Used by "open a case" and by a triage that chooses procesregie.
/// </summary>
internal sealed class CaseOpener(CaseworkDbContext db, CoreDbContext core, IPrivacyProtocol protocol, IModuleEntitlement entitlement,
    IRegionContext region, IProcessingRestrictions restrictions, CurrentUser user, TimeProvider clock)
{
    /// <summary>Adds the case, its main person and its first status change to the context; the caller saves.</summary>
    public async Task<Casus> OpenAsync(string moduleId, Guid personId, string doel, CasusStatus status, string toelichting, CancellationToken cancellationToken,
        DateOnly? datum = null)
    {
        var person = await core.Persons.AsNoTracking().Where(p => p.Id == personId && p.MergedIntoId == null)
                         .Select(p => new { p.Id, p.GemeenteCode }).SingleOrDefaultAsync(cancellationToken)
                     ?? throw new KeyNotFoundException("Persoon niet gevonden.");
        await restrictions.EnsureNotRestrictedAsync(person.Id, cancellationToken);
        var today = Today;
        var regionId = region.RequiredRegion.Id;
        if (!await entitlement.IsEnabledAsync(regionId, moduleId, today, cancellationToken))
        {
            throw new RequestValidationException([new ValidationProblem("ModuleId", "Deze regio neemt deze aanpak vandaag niet af.")]);
        }

        if (person.GemeenteCode is { } gemeente)
        {
            var decision = await entitlement.CheckMunicipalityAsync(regionId, moduleId, gemeente, today, cancellationToken);
            if (!decision.Allowed)
            {
                throw new RequestValidationException([new ValidationProblem("ModuleId", decision.Reason ?? "Deze gemeente neemt deze aanpak niet af.")]);
            }
        }

        var purpose = await protocol.RequirePurposeAsync(moduleId, doel, cancellationToken);
        var year = today.Year.ToString(CultureInfo.InvariantCulture);
        var kenmerk = await Kenmerken.NextAsync(db.Casussen.Select(c => c.Kenmerk), year + "-", cancellationToken);
        var casus = new Casus
        {
            Kenmerk = kenmerk,
            ModuleId = moduleId,
            HoofdpersoonId = person.Id,
            GemeenteCode = person.GemeenteCode,
            Doel = purpose.Doel,
            Grondslag = purpose.Grondslag,
            GeopendOp = datum ?? today,
        };
        casus.Personen.Add(new CasusPersoon { CasusId = casus.Id, PersonId = person.Id, Rol = CaseRole.Hoofdpersoon });
        db.Casussen.Add(casus);
        CaseStatusChanges.Record(db, casus, null, status, casus.GeopendOp, toelichting, user.DisplayName, clock);
        return casus;
    }

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
