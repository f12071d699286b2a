using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Access;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Signalen;

/// <summary>Registers a system failure spotted in cases (e.g. plaatsingsproblematiek) and the table it belongs on.</summary>
[RequiresPermission(CorePermissions.SignalenWerken)]
internal sealed record RegisterSignaal(string Categorie, string Omschrijving, string Tafel, string? Kenmerk) : ICommand<Guid>;

internal sealed class RegisterSignaalValidator : IRequestValidator<RegisterSignaal>
{
    public IEnumerable<ValidationProblem> Validate(RegisterSignaal request)
    {
        if (!SignaalNamen.Categorieen.Contains(request.Categorie))
        {
            yield return new(nameof(request.Categorie), "Kies de categorie van het signaal.");
        }

        if (string.IsNullOrWhiteSpace(request.Omschrijving) || request.Omschrijving.Length > 2000)
        {
            yield return new(nameof(request.Omschrijving), "Beschrijf het signaal (maximaal 2000 tekens).");
        }

        if (string.IsNullOrWhiteSpace(request.Tafel) || request.Tafel.Length > 200)
        {
            yield return new(nameof(request.Tafel), "Vul de tafel in waar het signaal thuishoort (maximaal 200 tekens).");
        }
    }
}

internal sealed class RegisterSignaalHandler(CaseworkDbContext db, ICaseAccess access, CurrentUser user, TimeProvider clock)
    : ICommandHandler<RegisterSignaal, Guid>
{
    public async ValueTask<Guid> Handle(RegisterSignaal command, CancellationToken cancellationToken)
    {
        var signaal = new Signaal
        {
            Datum = DateOnly.FromDateTime(clock.GetLocalNow().DateTime), Categorie = command.Categorie, Omschrijving = command.Omschrijving.Trim(),
            Tafel = command.Tafel.Trim(), Door = user.DisplayName, Status = SignaalNamen.Nieuw,
        };
        if (!string.IsNullOrWhiteSpace(command.Kenmerk))
        {
            var kenmerk = command.Kenmerk.Trim();
            var caseId = await db.Casussen.Where(c => c.Kenmerk == kenmerk).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(cancellationToken);
            if (caseId is null || !(await access.CheckAsync(caseId.Value, cancellationToken)).Allowed)
            {
                throw new RequestValidationException([new ValidationProblem(nameof(command.Kenmerk), $"Er is geen casus met kenmerk {kenmerk}.")]);
            }

            signaal.CasusId = caseId;
        }

        db.Signalen.Add(signaal);
        await db.SaveChangesAsync(cancellationToken);
        return signaal.Id;
    }
}
