using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Casework;

/// <summary>A place in the werkvoorraad with its new position, and the version the user saw.</summary>
internal sealed record WerkvoorraadPositie(Guid PlaatsId, int Prioriteit, long Version);

/// <summary>
/// The weekly prioritisation: the whole list in its new order with the reason. If anyone changed the list in
/// between (another prioritisation, a case taken on) nothing is saved and the current list is shown.
/// </summary>
[RequiresPermission(CorePermissions.WerkvoorraadBeheren)]
internal sealed record PrioritizeWerkvoorraad(IReadOnlyList<WerkvoorraadPositie> Posities, string? Reden) : ICommand;

internal sealed class PrioritizeWerkvoorraadValidator : IRequestValidator<PrioritizeWerkvoorraad>
{
    public IEnumerable<ValidationProblem> Validate(PrioritizeWerkvoorraad request)
    {
        if (string.IsNullOrWhiteSpace(request.Reden))
        {
            yield return new(nameof(request.Reden), "Vul de reden van de prioritering in.");
        }
        else if (request.Reden.Length > 1000)
        {
            yield return new(nameof(request.Reden), "De reden is maximaal 1000 tekens.");
        }

        if (request.Posities.Count == 0)
        {
            yield return new(nameof(request.Posities), "Er staat niets in de werkvoorraad om te prioriteren.");
        }

        if (request.Posities.Any(p => p.Prioriteit < 1 || p.Prioriteit > 10000))
        {
            yield return new(nameof(request.Posities), "Een prioriteit is een getal vanaf 1.");
        }
    }
}

internal sealed class PrioritizeWerkvoorraadHandler(CaseworkDbContext db, TimeProvider clock) : ICommandHandler<PrioritizeWerkvoorraad>
{
    public async ValueTask<Unit> Handle(PrioritizeWerkvoorraad command, CancellationToken cancellationToken)
    {
        var open = await (from w in db.Werkvoorraad
                          join c in db.Casussen on w.CasusId equals c.Id
                          where w.Tot == null && c.Status == CasusStatus.Werkvoorraad
                          select w).ToListAsync(cancellationToken);
        var given = command.Posities.GroupBy(p => p.PlaatsId).ToDictionary(g => g.Key, g => g.First());
        if (open.Count != given.Count || open.Any(w => !given.ContainsKey(w.Id)))
        {
            // The list itself changed (a case came in or was taken on): the order the user chose no longer fits.
            throw new DbUpdateConcurrencyException("De werkvoorraad is intussen gewijzigd.");
        }

        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var position = 1;
        foreach (var w in open.OrderBy(w => given[w.Id].Prioriteit).ThenBy(w => w.Prioriteit))
        {
            db.Entry(w).Property(x => x.Version).OriginalValue = given[w.Id].Version;
            if (w.Prioriteit != position)
            {
                w.PrioriteitReden = command.Reden!.Trim();
            }

            w.Prioriteit = position++;
            w.GeprioriteerdOp = today;
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
