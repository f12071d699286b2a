using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Modules.CoVeCa.Data;

namespace ZvhPlatform.Modules.CoVeCa.Features.Casussen;

/// <summary>One criterion as filled in on the form: met or not, with a note.</summary>
internal sealed record ChecklistInvoer(Guid CriteriumId, bool? Voldaan, string? Toelichting);

/// <summary>
/// Fills in the region's selection checklist (at intake) or closing checklist (before closing) for a case: every
/// active criterion met or not met, with a note. The closing checklist is what the module's closing check asks for.
/// </summary>
[RequiresPermission(CoVeCaModule.Werken)]
internal sealed record SaveChecklist(Guid CaseId, CriteriumSoort Soort, IReadOnlyList<ChecklistInvoer> Antwoorden, long Version) : ICommand;

internal sealed class SaveChecklistValidator : IRequestValidator<SaveChecklist>
{
    public IEnumerable<ValidationProblem> Validate(SaveChecklist request)
    {
        foreach (var answer in request.Antwoorden ?? [])
        {
            if (answer.Toelichting is { Length: > 1000 })
            {
                yield return new(nameof(request.Antwoorden), "Een toelichting is maximaal 1000 tekens.");
                yield break;
            }
        }
    }
}

internal sealed class SaveChecklistHandler(ICaseDirectory cases, CoVeCaDbContext db, CriteriaCatalog criteria, IAccessLog log, ICurrentUser user,
    TimeProvider clock) : ICommandHandler<SaveChecklist>
{
    public async ValueTask<Unit> Handle(SaveChecklist command, CancellationToken cancellationToken)
    {
        var casus = await CoVeCaCase.FindAsync(cases, command.CaseId, cancellationToken);
        CoVeCaCase.EnsureOpen(casus);
        var active = await criteria.ListAsync(command.Soort, alleenActief: true, cancellationToken);
        var given = (command.Antwoorden ?? []).Where(a => a.Voldaan is not null).ToDictionary(a => a.CriteriumId);
        var missing = active.Where(c => !given.ContainsKey(c.Id)).Select(c => c.Tekst).ToList();
        if (missing.Count > 0)
        {
            throw new RequestValidationException([new ValidationProblem(nameof(command.Antwoorden),
                $"Geef bij elk criterium aan of het voldaan is. Nog niet beoordeeld: {string.Join("; ", missing)}.")]);
        }

        var own = await CoVeCaRecord.LoadForChangeAsync(db, casus.Id, command.Version, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var criterium in active)
        {
            var answer = given[criterium.Id];
            var row = own.Antwoorden.FirstOrDefault(a => a.CriteriumId == criterium.Id);
            if (row is null)
            {
                row = new ChecklistAntwoord { CasusId = casus.Id, CriteriumId = criterium.Id, Soort = command.Soort };
                own.Antwoorden.Add(row);
                db.Antwoorden.Add(row);
            }

            row.Voldaan = answer.Voldaan!.Value;
            row.Toelichting = string.IsNullOrWhiteSpace(answer.Toelichting) ? null : answer.Toelichting.Trim();
            row.DoorUserId = user.UserId;
            row.VastgelegdUtc = now;
        }

        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if (command.Soort == CriteriumSoort.Selectie)
        {
            own.SelectieIngevuldOp = today;
        }
        else
        {
            own.AfsluitingIngevuldOp = today;
        }

        // The record's version must move even when only answers changed, so a concurrent checklist save is refused.
        if (db.Entry(own).State == EntityState.Unchanged)
        {
            db.Entry(own).State = EntityState.Modified;
        }

        await CoVeCaRecord.SaveAsync(db, cancellationToken);
        await log.RecordAsync(new AccessRecord(AccessAction.Wijzigen, Purposes.Procesregie, [casus.HoofdpersoonId], casus.Id, CoVeCaModule.Id, "toegestaan",
            false, command.Soort == CriteriumSoort.Selectie ? "selectiecriteria" : "afsluitcriteria"), cancellationToken);
        return Unit.Value;
    }
}
