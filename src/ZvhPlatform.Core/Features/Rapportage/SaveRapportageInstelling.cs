using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Rapportage;

/// <summary>The functioneel beheerder sets the duration buckets and the minimum cell size of the region's reports.</summary>
[RequiresPermission(CorePermissions.RapportageBeheren)]
internal sealed record SaveRapportageInstelling(string? DoorlooptijdGrenzen, int? MinimumCelgrootte, long Version) : ICommand;

internal sealed class SaveRapportageInstellingValidator : IRequestValidator<SaveRapportageInstelling>
{
    public IEnumerable<ValidationProblem> Validate(SaveRapportageInstelling request)
    {
        if (RapportInstellingen.ParseGrenzen(request.DoorlooptijdGrenzen) is null)
        {
            yield return new(nameof(request.DoorlooptijdGrenzen),
                "Geef de grenzen van de doorlooptijden als oplopende hele maanden tussen 1 en 240, gescheiden door komma's (bijvoorbeeld 3,6,12,24).");
        }

        if (request.MinimumCelgrootte is not (>= 1 and <= 50))
        {
            yield return new(nameof(request.MinimumCelgrootte), "De minimale celgrootte is een heel getal van 1 tot en met 50.");
        }
    }
}

internal sealed class SaveRapportageInstellingHandler(CaseworkDbContext db) : ICommandHandler<SaveRapportageInstelling>
{
    public async ValueTask<Unit> Handle(SaveRapportageInstelling command, CancellationToken cancellationToken)
    {
        var row = await db.RapportageInstellingen.FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            if (command.Version != 0)
            {
                throw new DbUpdateConcurrencyException("De instellingen zijn intussen verwijderd.");
            }

            // Version 1 from the start: a form still showing the defaults (version 0) is then recognised as stale.
            row = new RapportageInstelling { Version = 1 };
            db.RapportageInstellingen.Add(row);
        }
        else
        {
            db.Entry(row).Property(r => r.Version).OriginalValue = command.Version;
        }

        row.DoorlooptijdGrenzen = string.Join(",", RapportInstellingen.ParseGrenzen(command.DoorlooptijdGrenzen)!);
        row.MinimumCelgrootte = command.MinimumCelgrootte!.Value;
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
