using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Entitlement;
using ZvhPlatform.Kernel.Modules;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Core.Features.Casework;

/// <summary>
/// Opens a case in an aanpak for a person from the register. Refused without a purpose that the
/// region's privacy protocol gives a legal basis for, and for a resident of a municipality the
/// module's contract does not cover.
/// </summary>
[RequiresPermission(CorePermissions.CasussenWerken)]
internal sealed record OpenCase(string ModuleId, Guid PersonId, string Doel) : ICommand<Guid>;

internal sealed class OpenCaseValidator(ModuleCatalog catalog) : IRequestValidator<OpenCase>
{
    public IEnumerable<ValidationProblem> Validate(OpenCase request)
    {
        if (!catalog.Contains(request.ModuleId ?? ""))
        {
            yield return new(nameof(request.ModuleId), "Kies een aanpak.");
        }

        if (string.IsNullOrWhiteSpace(request.Doel))
        {
            yield return new(nameof(request.Doel), "Kies het doel van de casus; zonder doel en grondslag kan er geen casus worden aangemaakt.");
        }
    }
}

internal sealed class OpenCaseHandler(CaseworkDbContext db, CoreDbContext core, IPrivacyProtocol protocol, IModuleEntitlement entitlement,
    IRegionContext region, IAccessLog log, IProcessingRestrictions restrictions, TimeProvider clock) : ICommandHandler<OpenCase, Guid>
{
    public async ValueTask<Guid> Handle(OpenCase command, CancellationToken cancellationToken)
    {
        var person = await core.Persons.AsNoTracking().Where(p => p.Id == command.PersonId && p.MergedIntoId == null)
                         .Select(p => new { p.Id, p.GemeenteCode }).SingleOrDefaultAsync(cancellationToken)
                     ?? throw new KeyNotFoundException("Persoon niet gevonden.");
        await restrictions.EnsureNotRestrictedAsync(person.Id, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var regionId = region.RequiredRegion.Id;
        if (!await entitlement.IsEnabledAsync(regionId, command.ModuleId, today, cancellationToken))
        {
            throw new RequestValidationException([new ValidationProblem(nameof(command.ModuleId), "Deze regio neemt deze aanpak vandaag niet af.")]);
        }

        if (person.GemeenteCode is { } gemeente)
        {
            var decision = await entitlement.CheckMunicipalityAsync(regionId, command.ModuleId, gemeente, today, cancellationToken);
            if (!decision.Allowed)
            {
                throw new RequestValidationException([new ValidationProblem(nameof(command.ModuleId), decision.Reason ?? "Deze gemeente neemt deze aanpak niet af.")]);
            }
        }

        var purpose = await protocol.RequirePurposeAsync(command.ModuleId, command.Doel, cancellationToken);
        var year = today.Year.ToString(CultureInfo.InvariantCulture);
        var count = await db.Casussen.CountAsync(c => c.Kenmerk.StartsWith(year), cancellationToken);
        var casus = new Casus
        {
            Kenmerk = $"{year}-{count + 1:0000}",
            ModuleId = command.ModuleId,
            HoofdpersoonId = person.Id,
            GemeenteCode = person.GemeenteCode,
            Doel = purpose.Doel,
            Grondslag = purpose.Grondslag,
            GeopendOp = today,
        };
        casus.Personen.Add(new CasusPersoon { CasusId = casus.Id, PersonId = person.Id, Rol = CaseRole.Hoofdpersoon });
        db.Casussen.Add(casus);
        db.StatusWijzigingen.Add(new CasusStatusWijziging
        {
            CasusId = casus.Id, Datum = today, Naar = CasusStatus.InRegie, Toelichting = "Casus geopend", Door = "", VastgelegdUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        await log.RecordAsync(new AccessRecord(AccessAction.Aanmaken, purpose.Doel, [person.Id], casus.Id, command.ModuleId, "toegestaan", false, "casus"),
            cancellationToken);
        return casus.Id;
    }
}
