using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Core.Features.Interventies;

/// <summary>Adds an intervention to the region's catalogue (or re-activates one with the same name).</summary>
[RequiresPermission(CorePermissions.InterventiesBeheren)]
internal sealed record AddInterventie(string? Naam) : ICommand;

internal sealed class AddInterventieValidator : IRequestValidator<AddInterventie>
{
    public IEnumerable<ValidationProblem> Validate(AddInterventie request)
    {
        if (string.IsNullOrWhiteSpace(request.Naam))
        {
            yield return new(nameof(request.Naam), "Vul de naam van de interventie in.");
        }
        else if (request.Naam.Trim().Length > 200)
        {
            yield return new(nameof(request.Naam), "De naam is te lang (maximaal 200 tekens).");
        }
    }
}

internal sealed class AddInterventieHandler(CaseworkDbContext db, IRegionContext region) : ICommandHandler<AddInterventie>
{
    public async ValueTask<Unit> Handle(AddInterventie command, CancellationToken cancellationToken)
    {
        await InterventieCatalogus.EnsureAsync(db, region.RequiredRegion.Id, cancellationToken);
        var naam = command.Naam!.Trim();
        var existing = (await db.Interventies.ToListAsync(cancellationToken))
            .SingleOrDefault(i => string.Equals(i.Naam, naam, StringComparison.OrdinalIgnoreCase));
        if (existing is not null)
        {
            if (existing.Actief)
            {
                throw new RequestValidationException([new ValidationProblem(nameof(command.Naam), $"De interventie '{existing.Naam}' staat al in de catalogus.")]);
            }

            existing.Actief = true;
        }
        else
        {
            db.Interventies.Add(new Interventie { Naam = naam, Actief = true });
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
