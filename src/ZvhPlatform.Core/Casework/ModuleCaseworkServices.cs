using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Access;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Notifications;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Core.Casework;

/// <summary>In-app notifications for modules, stored with the core's own (the Meldingen screen shows both).</summary>
internal sealed class ModuleNotifications(CaseworkDbContext db, IdentityStoreDbContext identity, PermissionRegistry permissions, IRegionContext region,
    TimeProvider clock) : INotifications
{
    public async Task<IReadOnlyList<Guid>> UsersWithPermissionAsync(string permission, CancellationToken cancellationToken = default)
    {
        var regionId = region.RequiredRegion.Id;
        var memberships = await identity.Memberships.AsNoTracking().Where(m => m.RegionId == regionId)
            .Select(m => new { m.UserId, m.Role }).ToListAsync(cancellationToken);
        return memberships.GroupBy(m => m.UserId).Where(g => permissions.AnyRoleHas(g.Select(m => m.Role), permission)).Select(g => g.Key).ToList();
    }

    public async Task NotifyAsync(Guid userId, string tekst, string link, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tekst);
        var regionId = region.RequiredRegion.Id;
        if (!await identity.Memberships.AsNoTracking().AnyAsync(m => m.RegionId == regionId && m.UserId == userId, cancellationToken))
        {
            return;
        }

        db.Notificaties.Add(new Notificatie { UserId = userId, Tekst = tekst, Link = link, AangemaaktUtc = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>Escalations from a module to another aanpak: an ordinary aanmelding with route Opschaling, through the normal intake.</summary>
internal sealed class ModuleAanmeldingen(CaseworkDbContext db, AanmeldingIntake intake, IAccessLog log, TimeProvider clock) : IAanmeldingen
{
    public async Task<AanmeldingReferentie> RegisterOpschalingAsync(Opschaling opschaling, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(opschaling);
        var input = new AanmeldingInput(opschaling.NaarModuleId, opschaling.SubAanpak, AanmeldRoute.Opschaling, null, opschaling.VerwijzerPartnerId,
            opschaling.VerwijzerPartnerId is null ? $"Zorg- en Veiligheidshuis, aanpak {opschaling.VanModuleId}" : null, null, null, null,
            opschaling.Bsn, opschaling.Voornamen, opschaling.Achternaam, opschaling.Geboortedatum, null, opschaling.GemeenteCode,
            opschaling.Reden, null, null, opschaling.PersoonGeinformeerd, opschaling.NietGeinformeerdReden, opschaling.Hoofdonderwerp,
            false, false, false, false, Gemeentegrens.Geen);
        var problems = AanmeldingIntake.CheckFields(input, DateOnly.FromDateTime(clock.GetLocalNow().DateTime), staff: true).ToList();
        if (problems.Count > 0)
        {
            throw new RequestValidationException(problems);
        }

        var aanmelding = await intake.BuildAsync(input, cancellationToken);
        db.Aanmeldingen.Add(aanmelding);
        await db.SaveChangesAsync(cancellationToken);
        await log.RecordAsync(new AccessRecord(AccessAction.Aanmaken, Purposes.Aanmelding, [], null, aanmelding.ModuleId, "toegestaan", false,
            $"aanmelding {aanmelding.Kenmerk} (opschaling vanuit {opschaling.VanModuleId})"), cancellationToken);
        return new AanmeldingReferentie(aanmelding.Id, aanmelding.Kenmerk);
    }
}
