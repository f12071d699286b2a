using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Access;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Modules;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Advies;

/// <summary>
/// Records advice the ZVH gave: uitgebreid advies on a case or aanmelding (by its kenmerk), short advice about a person
/// from the register or anonymously (then no person is stored at all), or an informatieknooppunt contact moment.
/// </summary>
[RequiresPermission(CorePermissions.AdviezenWerken)]
internal sealed record RegisterAdvies(
    AdviesSoort Soort, DateOnly? Datum, string? Kenmerk, Guid? PersonId, bool Anoniem, string? ModuleId, string VragerOrganisatie, string Kanaal,
    string Vraag, string Antwoord) : ICommand<Guid>;

internal sealed class RegisterAdviesValidator(TimeProvider clock) : IRequestValidator<RegisterAdvies>
{
    public IEnumerable<ValidationProblem> Validate(RegisterAdvies request)
    {
        if (request.Datum is not { } datum)
        {
            yield return new(nameof(request.Datum), "Vul de datum van het advies in.");
        }
        else if (datum > DateOnly.FromDateTime(clock.GetLocalNow().DateTime))
        {
            yield return new(nameof(request.Datum), "De datum van het advies ligt in de toekomst.");
        }

        if (request.Soort == AdviesSoort.Uitgebreid && string.IsNullOrWhiteSpace(request.Kenmerk))
        {
            yield return new(nameof(request.Kenmerk), "Vul het kenmerk in van de casus of aanmelding waarop het uitgebreid advies is gegeven.");
        }

        if (request.Soort == AdviesSoort.Kort && !request.Anoniem && request.PersonId is null)
        {
            yield return new(nameof(request.PersonId), "Kies de persoon uit het register, of geef aan dat het korte advies anoniem is.");
        }

        if (string.IsNullOrWhiteSpace(request.VragerOrganisatie) || request.VragerOrganisatie.Length > 200)
        {
            yield return new(nameof(request.VragerOrganisatie), "Vul de organisatie van de vrager in (maximaal 200 tekens).");
        }

        if (!AdviesNamen.Kanalen.Contains(request.Kanaal))
        {
            yield return new(nameof(request.Kanaal), "Kies het kanaal: telefoon, e-mail of overleg.");
        }

        if (string.IsNullOrWhiteSpace(request.Vraag) || request.Vraag.Length > 2000)
        {
            yield return new(nameof(request.Vraag), "Vul de vraag in (maximaal 2000 tekens).");
        }

        if (string.IsNullOrWhiteSpace(request.Antwoord) || request.Antwoord.Length > 4000)
        {
            yield return new(nameof(request.Antwoord), "Vul het gegeven advies in (maximaal 4000 tekens).");
        }
    }
}

internal sealed class RegisterAdviesHandler(CaseworkDbContext db, CoreDbContext core, ICaseAccess access, Compartments compartments, ModuleCatalog catalog,
    CurrentUser user, IAccessLog log) : ICommandHandler<RegisterAdvies, Guid>
{
    public async ValueTask<Guid> Handle(RegisterAdvies command, CancellationToken cancellationToken)
    {
        var advies = new ZvhPlatform.Core.Casework.Advies
        {
            Soort = command.Soort, Datum = command.Datum!.Value, Anoniem = command.Soort == AdviesSoort.Kort && command.Anoniem,
            VragerOrganisatie = command.VragerOrganisatie.Trim(), Kanaal = command.Kanaal, Vraag = command.Vraag.Trim(), Antwoord = command.Antwoord.Trim(),
            Door = user.DisplayName,
        };
        var persons = new List<Guid>();
        if (!string.IsNullOrWhiteSpace(command.Kenmerk))
        {
            var kenmerk = command.Kenmerk.Trim();
            var closed = compartments.ClosedModules.ToList();
            var casus = await db.Casussen.AsNoTracking().Where(c => c.Kenmerk == kenmerk)
                .Select(c => new { c.Id, c.ModuleId, c.HoofdpersoonId }).SingleOrDefaultAsync(cancellationToken);
            if (casus is not null && (await access.CheckAsync(casus.Id, cancellationToken)).Allowed)
            {
                advies.CasusId = casus.Id;
                advies.ModuleId = casus.ModuleId;
                persons.Add(casus.HoofdpersoonId);
            }
            else if (await db.Aanmeldingen.AsNoTracking().Where(a => a.Kenmerk == kenmerk && !closed.Contains(a.ModuleId))
                         .Select(a => new { a.Id, a.ModuleId, a.PersonId }).SingleOrDefaultAsync(cancellationToken) is { } aanmelding)
            {
                advies.AanmeldingId = aanmelding.Id;
                advies.ModuleId = aanmelding.ModuleId;
                if (aanmelding.PersonId is { } p)
                {
                    persons.Add(p);
                }
            }
            else
            {
                throw new RequestValidationException([new ValidationProblem(nameof(command.Kenmerk), $"Er is geen casus of aanmelding met kenmerk {kenmerk}.")]);
            }
        }

        if (advies.ModuleId.Length == 0)
        {
            if (!catalog.Contains(command.ModuleId ?? ""))
            {
                throw new RequestValidationException([new ValidationProblem(nameof(command.ModuleId), "Kies de aanpak waarover het advies ging.")]);
            }

            advies.ModuleId = command.ModuleId!;
        }

        // Anonymous advice keeps no trace of who it was about, even when a person was passed along.
        if (command.Soort == AdviesSoort.Kort && !command.Anoniem && command.PersonId is { } personId)
        {
            var hidden = await compartments.HiddenPersonsAsync(false, cancellationToken);
            if (hidden.Contains(personId) || !await core.Persons.AnyAsync(p => p.Id == personId && p.MergedIntoId == null, cancellationToken))
            {
                throw new KeyNotFoundException("Persoon niet gevonden.");
            }

            advies.PersonId = personId;
            persons.Add(personId);
        }

        db.Adviezen.Add(advies);
        await db.SaveChangesAsync(cancellationToken);
        if (persons.Count > 0)
        {
            await log.RecordAsync(new AccessRecord(AccessAction.Aanmaken, AdviesNamen.Doel(advies.Soort), persons.Distinct().ToList(), advies.CasusId,
                advies.ModuleId, "toegestaan", false, "advies"), cancellationToken);
        }

        return advies.Id;
    }
}

/// <summary>Dutch names of the kinds of advice and the channels.</summary>
internal static class AdviesNamen
{
    public static IReadOnlyList<string> Kanalen { get; } = ["telefoon", "e-mail", "overleg"];

    public static string Naam(AdviesSoort soort) => soort switch
    {
        AdviesSoort.Uitgebreid => "Uitgebreid advies",
        AdviesSoort.Kort => "Kort advies",
        AdviesSoort.Informatieknooppunt => "Informatieknooppunt",
        _ => soort.ToString(),
    };

    /// <summary>The purpose logged for advice: uitgebreid advies is a purpose of the protocol; the rest is consultation.</summary>
    public static string Doel(AdviesSoort soort) => soort == AdviesSoort.Uitgebreid ? "Uitgebreid advies" : "Advies en consultatie";
}
