using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Access;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;

namespace ZvhPlatform.Core.Features.Tijdlijn;

/// <summary>
/// Everything dated about a person across the cases the viewer may see. The bureau also sees what is about the person
/// outside a case (short advice, ZSM scenarios, aanmeldingen not yet triaged); a partner professional only the cases
/// they take part in, and "not found" when there is none.
/// </summary>
internal sealed record ViewPersonTijdlijn(Guid PersonId) : IQuery<PersonTijdlijn>;

internal sealed record PersonTijdlijn(Guid PersonId, string Naam, IReadOnlyList<TijdlijnItem> Items);

internal sealed class ViewPersonTijdlijnHandler(CaseworkDbContext db, CoreDbContext core, ICaseAccess access, Compartments compartments, CurrentUser user,
    IAccessLog log, TimeProvider clock) : IQueryHandler<ViewPersonTijdlijn, PersonTijdlijn>
{
    public async ValueTask<PersonTijdlijn> Handle(ViewPersonTijdlijn query, CancellationToken cancellationToken)
    {
        var person = await core.Persons.AsNoTracking().Where(p => p.Id == query.PersonId && p.MergedIntoId == null).SingleOrDefaultAsync(cancellationToken);
        if (person is null || (await compartments.HiddenPersonsAsync(false, cancellationToken)).Contains(person.Id))
        {
            throw new KeyNotFoundException("Persoon niet gevonden.");
        }

        var caseIds = await db.CasusPersonen.AsNoTracking().Where(p => p.PersonId == person.Id).Select(p => p.CasusId).Distinct().ToListAsync(cancellationToken);
        var visible = new List<Guid>();
        var emergency = false;
        foreach (var id in caseIds)
        {
            var decision = await access.CheckAsync(id, cancellationToken);
            if (decision.Allowed)
            {
                visible.Add(id);
                emergency |= decision.ViaEmergency;
            }
        }

        var bureau = user.HasPermission(CorePermissions.CasussenWerken);
        if (!bureau && visible.Count == 0)
        {
            throw new KeyNotFoundException("Persoon niet gevonden.");
        }

        var items = await TijdlijnBron.VanCasussenAsync(db, visible, clock, cancellationToken);
        if (bureau)
        {
            var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            var closed = compartments.ClosedModules.ToList();
            items.AddRange((await db.Adviezen.AsNoTracking().Where(a => a.PersonId == person.Id && a.CasusId == null).ToListAsync(cancellationToken))
                .Select(a => TijdlijnBron.Advies(a, null)));
            items.AddRange((await db.ZsmScenarios.AsNoTracking().Where(z => z.PersonId == person.Id && (z.CasusId == null || !visible.Contains(z.CasusId.Value)))
                    .ToListAsync(cancellationToken))
                .Select(z => TijdlijnBron.Zsm(z, today, null)));
            items.AddRange((await db.Aanmeldingen.AsNoTracking().Where(a => a.PersonId == person.Id && a.CasusId == null && !closed.Contains(a.ModuleId))
                    .ToListAsync(cancellationToken))
                .Select(a => new TijdlijnItem(a.OntvangenOp, "Aanmelding", $"Aanmelding {a.Kenmerk} van {a.VerwijzerOrganisatie} ({a.Status})", null, null)));
        }

        await log.RecordAsync(new AccessRecord(AccessAction.Inzien, Purposes.Procesregie, [person.Id], null, "core", "toegestaan", emergency, "tijdlijn"),
            cancellationToken);
        return new PersonTijdlijn(person.Id, person.VolledigeNaam, TijdlijnBron.Sorteer(items));
    }
}
