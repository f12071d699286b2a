using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Access;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Privacy;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Privacy;

/// <summary>Registers a data subject's request for a person in the register; the deadline is one calendar month after receipt.</summary>
[RequiresPermission(CorePermissions.VerzoekenBehandelen)]
internal sealed record RegisterVerzoek(Guid? PersonId, VerzoekSoort? Soort, DateOnly? OntvangenOp, string? Omschrijving) : ICommand<Guid>;

internal sealed class RegisterVerzoekValidator(TimeProvider clock) : IRequestValidator<RegisterVerzoek>
{
    public IEnumerable<ValidationProblem> Validate(RegisterVerzoek request)
    {
        if (request.PersonId is null || request.PersonId == Guid.Empty)
        {
            yield return new(nameof(request.PersonId), "Zoek en kies de betrokkene.");
        }

        if (request.Soort is null || !Enum.IsDefined(request.Soort.Value))
        {
            yield return new(nameof(request.Soort), "Kies het soort verzoek.");
        }

        if (request.OntvangenOp is null)
        {
            yield return new(nameof(request.OntvangenOp), "Vul de datum van ontvangst in.");
        }
        else if (request.OntvangenOp > DateOnly.FromDateTime(clock.GetLocalNow().DateTime))
        {
            yield return new(nameof(request.OntvangenOp), "De datum van ontvangst ligt in de toekomst.");
        }

        if (request.Omschrijving?.Length > 2000)
        {
            yield return new(nameof(request.Omschrijving), "De omschrijving is te lang (maximaal 2000 tekens).");
        }
    }
}

internal sealed class RegisterVerzoekHandler(PrivacyDbContext db, CoreDbContext core, CurrentUser user, IAccessLog log, TimeProvider clock)
    : ICommandHandler<RegisterVerzoek, Guid>
{
    public async ValueTask<Guid> Handle(RegisterVerzoek command, CancellationToken cancellationToken)
    {
        var personId = command.PersonId!.Value;
        if (!await core.Persons.AnyAsync(p => p.Id == personId && p.MergedIntoId == null, cancellationToken))
        {
            throw new RequestValidationException([new ValidationProblem(nameof(command.PersonId), "Deze persoon staat niet in het register van deze regio.")]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var received = command.OntvangenOp!.Value;
        var verzoek = new Verzoek
        {
            PersonId = personId,
            Soort = command.Soort!.Value,
            OntvangenOp = received,
            Termijn = Verzoek.TermijnVan(received),
            Status = VerzoekStatus.Ontvangen,
            Omschrijving = string.IsNullOrWhiteSpace(command.Omschrijving) ? null : command.Omschrijving.Trim(),
            GeregistreerdDoor = user.DisplayName,
            GeregistreerdUtc = now,
        };
        verzoek.Historie.Add(new VerzoekStatusWijziging
        {
            VerzoekId = verzoek.Id, GewijzigdUtc = now, GewijzigdDoor = user.DisplayName, Van = null, Naar = VerzoekStatus.Ontvangen,
            Reden = "Verzoek geregistreerd.",
        });
        db.Verzoeken.Add(verzoek);
        await db.SaveChangesAsync(cancellationToken);
        await log.RecordAsync(new AccessRecord(AccessAction.Aanmaken, Purposes.VerzoekBetrokkene, [personId], null, "core", "toegestaan", false,
            "verzoek betrokkene"), cancellationToken);
        return verzoek.Id;
    }
}
