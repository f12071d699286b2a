using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Modules.Nazorg.Data;

namespace ZvhPlatform.Modules.Nazorg.Features.Instellingen;

/// <summary>The region's nazorg setting as shown on the form.</summary>
internal sealed record NazorgInstellingView(bool ParkerenBuitenContract, long Version);

/// <summary>What the region does with a melding for a municipality outside the contract.</summary>
[RequiresPermission(NazorgModule.Beheren)]
internal sealed record ViewNazorgInstelling : IQuery<NazorgInstellingView>;

/// <summary>
/// Chooses what happens with a melding for a municipality that did not buy nazorg on that day: refused with the reason
/// (default), or parked for the coordinator to decide.
/// </summary>
[RequiresPermission(NazorgModule.Beheren)]
internal sealed record SaveNazorgInstelling(bool ParkerenBuitenContract, long Version) : ICommand;

internal sealed class ViewNazorgInstellingHandler(NazorgDbContext db) : IQueryHandler<ViewNazorgInstelling, NazorgInstellingView>
{
    public async ValueTask<NazorgInstellingView> Handle(ViewNazorgInstelling query, CancellationToken cancellationToken)
    {
        var instelling = await db.Instellingen.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        return new NazorgInstellingView(instelling?.ParkerenBuitenContract ?? false, instelling?.Version ?? 0);
    }
}

internal sealed class SaveNazorgInstellingHandler(NazorgDbContext db) : ICommandHandler<SaveNazorgInstelling>
{
    public async ValueTask<Unit> Handle(SaveNazorgInstelling command, CancellationToken cancellationToken)
    {
        var instelling = await db.Instellingen.SingleOrDefaultAsync(cancellationToken);
        if (instelling is null)
        {
            if (command.Version != 0)
            {
                throw new DbUpdateConcurrencyException("De instelling is intussen verwijderd.");
            }

            db.Instellingen.Add(new NazorgInstelling { RegionId = db.CurrentRegionId, ParkerenBuitenContract = command.ParkerenBuitenContract, Version = 1 });
        }
        else
        {
            db.Entry(instelling).Property(i => i.Version).OriginalValue = command.Version;
            instelling.ParkerenBuitenContract = command.ParkerenBuitenContract;
            NazorgInstellingen.Touch(db, instelling);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException)
        {
            throw new DbUpdateConcurrencyException("Iemand anders legde tegelijk de instelling vast.", ex);
        }

        return Unit.Value;
    }
}

internal static class NazorgInstellingen
{
    public static void Touch(NazorgDbContext db, NazorgInstelling instelling)
    {
        db.Entry(instelling).Property(i => i.Version).IsModified = true;
    }
}
