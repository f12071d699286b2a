using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Access;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Core.Features.Casework;

/// <summary>
/// A procesregisseur takes on a case ("oppakken") or is assigned to it: a case from the werkvoorraad goes into
/// regie (its wait ends today), and the referrer is told. On a case already in regie it changes the procesregisseur.
/// </summary>
[RequiresPermission(CorePermissions.CasussenWerken)]
internal sealed record AssignProcesregisseur(Guid CaseId, Guid ProcesregisseurId, long Version) : ICommand;

internal sealed class AssignProcesregisseurHandler(CaseworkDbContext db, IdentityStoreDbContext identity, IRegionContext region, CurrentUser user,
    IAccessLog log, TimeProvider clock) : ICommandHandler<AssignProcesregisseur>
{
    public async ValueTask<Unit> Handle(AssignProcesregisseur command, CancellationToken cancellationToken)
    {
        var casus = await db.Casussen.SingleOrDefaultAsync(c => c.Id == command.CaseId, cancellationToken)
                    ?? throw new KeyNotFoundException("Casus niet gevonden.");
        if (casus.Status is not (CasusStatus.Werkvoorraad or CasusStatus.InRegie))
        {
            throw new RequestValidationException([new ValidationProblem(nameof(command.ProcesregisseurId),
                "Deze casus is afgesloten of afgeschaald; heropen hem eerst.")]);
        }

        var regionId = region.RequiredRegion.Id;
        var regisseur = await (from u in identity.Users.AsNoTracking()
                               join m in identity.Memberships.AsNoTracking() on u.Id equals m.UserId
                               where u.Id == command.ProcesregisseurId && m.RegionId == regionId && m.Role == ZvhRoles.Procesregisseur && u.DeactivatedUtc == null
                               select new { u.Id, u.DisplayName }).FirstOrDefaultAsync(cancellationToken)
                        ?? throw new RequestValidationException([new ValidationProblem(nameof(command.ProcesregisseurId),
                            "Kies een procesregisseur van deze regio.")]);

        db.Entry(casus).Property(c => c.Version).OriginalValue = command.Version;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        casus.ProcesregisseurId = regisseur.Id;
        casus.ProcesregisseurNaam = regisseur.DisplayName;
        if (casus.Status == CasusStatus.Werkvoorraad)
        {
            var plaats = await db.Werkvoorraad.SingleOrDefaultAsync(w => w.CasusId == casus.Id && w.Tot == null, cancellationToken);
            if (plaats is not null)
            {
                plaats.Tot = today;
            }

            CaseStatusChanges.Record(db, casus, CasusStatus.Werkvoorraad, CasusStatus.InRegie, today, $"Opgepakt door {regisseur.DisplayName}", user.DisplayName,
                clock);
            await CaseStatusChanges.InformReferrerAsync(db, casus,
                $"In procesregie sinds {today:dd-MM-yyyy}; procesregisseur {regisseur.DisplayName}.", cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await log.RecordAsync(new AccessRecord(AccessAction.Wijzigen, casus.Doel, [], casus.Id, casus.ModuleId, "toegestaan", false, "procesregisseur"),
            cancellationToken);
        return Unit.Value;
    }
}
