using Mediator;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Modules.PgaTafel.Data;

namespace ZvhPlatform.Modules.PgaTafel.Features.Tafel;

/// <summary>Adds a member to the table: name, organisation, role and since when.</summary>
[RequiresPermission(PgaTafelModule.Werken)]
internal sealed record AddTafelLid(string? Naam, string? Organisatie, string? Rol, DateOnly? Sinds) : ICommand<Guid>;

internal sealed class AddTafelLidValidator : IRequestValidator<AddTafelLid>
{
    public IEnumerable<ValidationProblem> Validate(AddTafelLid request)
    {
        if (string.IsNullOrWhiteSpace(request.Naam))
        {
            yield return new(nameof(request.Naam), "Vul de naam van het lid in.");
        }
        else if (request.Naam.Trim().Length > 200)
        {
            yield return new(nameof(request.Naam), "De naam is maximaal 200 tekens.");
        }

        if (string.IsNullOrWhiteSpace(request.Organisatie))
        {
            yield return new(nameof(request.Organisatie), "Vul de organisatie van het lid in.");
        }
        else if (request.Organisatie.Trim().Length > 200)
        {
            yield return new(nameof(request.Organisatie), "De organisatie is maximaal 200 tekens.");
        }

        if (request.Rol?.Trim().Length > 100)
        {
            yield return new(nameof(request.Rol), "De rol is maximaal 100 tekens.");
        }

        if (request.Sinds is null)
        {
            yield return new(nameof(request.Sinds), "Vul in sinds wanneer het lid aan tafel zit.");
        }
    }
}

internal sealed class AddTafelLidHandler(PgaTafelDbContext db) : ICommandHandler<AddTafelLid, Guid>
{
    public async ValueTask<Guid> Handle(AddTafelLid command, CancellationToken cancellationToken)
    {
        var lid = new TafelLid
        {
            Naam = command.Naam!.Trim(), Organisatie = command.Organisatie!.Trim(), Rol = string.IsNullOrWhiteSpace(command.Rol) ? null : command.Rol.Trim(),
            Sinds = command.Sinds!.Value,
        };
        db.Leden.Add(lid);
        await db.SaveChangesAsync(cancellationToken);
        return lid.Id;
    }
}
