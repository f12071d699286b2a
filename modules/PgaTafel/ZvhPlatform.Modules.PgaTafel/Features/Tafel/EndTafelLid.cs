using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Modules.PgaTafel.Data;

namespace ZvhPlatform.Modules.PgaTafel.Features.Tafel;

/// <summary>Ends a membership on a last day; the member stays in the history of the table.</summary>
[RequiresPermission(PgaTafelModule.Werken)]
internal sealed record EndTafelLid(Guid LidId, DateOnly? Tot, long Version) : ICommand;

internal sealed class EndTafelLidValidator : IRequestValidator<EndTafelLid>
{
    public IEnumerable<ValidationProblem> Validate(EndTafelLid request)
    {
        if (request.Tot is null)
        {
            yield return new(nameof(request.Tot), "Vul de laatste dag aan tafel in.");
        }
    }
}

internal sealed class EndTafelLidHandler(PgaTafelDbContext db) : ICommandHandler<EndTafelLid>
{
    public async ValueTask<Unit> Handle(EndTafelLid command, CancellationToken cancellationToken)
    {
        var lid = await db.Leden.SingleOrDefaultAsync(l => l.Id == command.LidId, cancellationToken) ?? throw new KeyNotFoundException("Lid niet gevonden.");
        if (command.Tot < lid.Sinds)
        {
            throw new RequestValidationException([new ValidationProblem(nameof(command.Tot),
                $"De laatste dag ligt vóór de dag waarop {lid.Naam} aan tafel kwam ({lid.Sinds:dd-MM-yyyy}).")]);
        }

        db.Entry(lid).Property(l => l.Version).OriginalValue = command.Version;
        lid.Tot = command.Tot;
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
