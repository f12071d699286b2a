using System.Text.Json;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Access;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Plan;

/// <summary>
/// Saves the plan van aanpak as a new version (1, 2, ...) with a frozen copy. The version the user started from must still be
/// the current one; otherwise the save is refused (409) so that another person's change is never overwritten.
/// </summary>
[RequiresPermission(CorePermissions.PlanWerken)]
internal sealed record SavePlan(Guid CasusId, long Version, IReadOnlyList<PlanDoelInvoer> Doelen) : ICommand<int>;

/// <summary>One goal as entered; a row left completely empty is ignored.</summary>
internal sealed record PlanDoelInvoer(Leefgebied? Leefgebied, string? Doel, string? Interventie, string? VerantwoordelijkePartner, DateOnly? Startdatum,
    DateOnly? Einddatum, bool Behaald)
{
    public bool Leeg => Leefgebied is null && string.IsNullOrWhiteSpace(Doel) && string.IsNullOrWhiteSpace(Interventie)
                        && string.IsNullOrWhiteSpace(VerantwoordelijkePartner) && Startdatum is null && Einddatum is null && !Behaald;
}

internal sealed class SavePlanValidator : IRequestValidator<SavePlan>
{
    public IEnumerable<ValidationProblem> Validate(SavePlan request)
    {
        var rows = (request.Doelen ?? []).Where(d => !d.Leeg).ToList();
        if (rows.Count == 0)
        {
            yield return new(nameof(request.Doelen), "Een plan van aanpak heeft minstens één doel.");
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var d = rows[i];
            var label = $"Doel {i + 1}";
            if (d.Leefgebied is null || !Enum.IsDefined(d.Leefgebied.Value))
            {
                yield return new(nameof(request.Doelen), $"{label}: kies het leefgebied.");
            }

            if (string.IsNullOrWhiteSpace(d.Doel))
            {
                yield return new(nameof(request.Doelen), $"{label}: beschrijf het doel.");
            }
            else if (d.Doel.Trim().Length > 2000)
            {
                yield return new(nameof(request.Doelen), $"{label}: het doel is te lang (maximaal 2000 tekens).");
            }

            if ((d.VerantwoordelijkePartner?.Trim().Length ?? 0) > 200)
            {
                yield return new(nameof(request.Doelen), $"{label}: de naam van de verantwoordelijke partner is te lang.");
            }

            if (d.Startdatum is { } start && d.Einddatum is { } end && end < start)
            {
                yield return new(nameof(request.Doelen), $"{label}: de einddatum ligt vóór de startdatum.");
            }
        }
    }
}

internal sealed class SavePlanHandler(CaseworkDbContext db, ICaseAccess access, CaseContractScope scope, CurrentUser user, IAccessLog log, TimeProvider clock)
    : ICommandHandler<SavePlan, int>
{
    public async ValueTask<int> Handle(SavePlan command, CancellationToken cancellationToken)
    {
        var (casus, _) = await db.RequireCaseAsync(access, command.CasusId, cancellationToken);
        if (casus.AfgeslotenOp is not null)
        {
            throw new RequestValidationException([new ValidationProblem("", "Deze casus is afgesloten; het plan van aanpak kan niet meer worden gewijzigd.")]);
        }

        await scope.EnsureNewWorkAllowedAsync(casus, "Een nieuwe versie van het plan van aanpak", cancellationToken);

        var plan = await db.Plannen.Include(p => p.Doelen).SingleOrDefaultAsync(p => p.CasusId == casus.Id, cancellationToken);
        if ((plan is null && command.Version != 0) || (plan is not null && plan.Version != command.Version))
        {
            throw new DbUpdateConcurrencyException("Het plan van aanpak is intussen door iemand anders gewijzigd.");
        }

        var rows = command.Doelen.Where(d => !d.Leeg).ToList();
        var catalogue = await db.Interventies.AsNoTracking().Where(i => i.Actief).Select(i => i.Naam).ToListAsync(cancellationToken);
        var kept = plan?.Doelen.Select(d => d.Interventie).OfType<string>().ToHashSet(StringComparer.Ordinal) ?? [];
        var unknown = rows.Select(r => r.Interventie?.Trim()).Where(i => !string.IsNullOrEmpty(i) && !catalogue.Contains(i!) && !kept.Contains(i!))
            .Distinct().ToList();
        if (unknown.Count > 0)
        {
            throw new RequestValidationException([new ValidationProblem(nameof(command.Doelen),
                $"Deze interventie staat niet (meer) in de catalogus van de regio: {string.Join(", ", unknown)}.")]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (plan is null)
        {
            // Version 0 stands for "no plan yet" in the form, so the first stored version starts at 1.
            plan = new PlanVanAanpak { CasusId = casus.Id, Version = 1 };
            db.Plannen.Add(plan);
        }
        else
        {
            db.PlanDoelen.RemoveRange(plan.Doelen);
            plan.Doelen.Clear();
        }

        plan.Versie++;
        plan.GewijzigdDoor = user.DisplayName;
        plan.GewijzigdUtc = now;
        var snapshot = new List<PlanDoelRow>();
        foreach (var r in rows)
        {
            var doel = new PlanDoel
            {
                PlanId = plan.Id, Leefgebied = r.Leefgebied!.Value, Doel = r.Doel!.Trim(),
                Interventie = string.IsNullOrWhiteSpace(r.Interventie) ? null : r.Interventie.Trim(),
                VerantwoordelijkePartner = string.IsNullOrWhiteSpace(r.VerantwoordelijkePartner) ? null : r.VerantwoordelijkePartner.Trim(),
                Startdatum = r.Startdatum, Einddatum = r.Einddatum, Behaald = r.Behaald,
            };
            db.PlanDoelen.Add(doel);
            snapshot.Add(new PlanDoelRow(doel.Leefgebied, doel.Doel, doel.Interventie, doel.VerantwoordelijkePartner, doel.Startdatum, doel.Einddatum, doel.Behaald));
        }

        db.PlanVersies.Add(new PlanVersie
        {
            PlanId = plan.Id, Versie = plan.Versie, Inhoud = JsonSerializer.Serialize(snapshot, PlanSnapshot.Options), Door = user.DisplayName, VastgelegdUtc = now,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException)
        {
            // Two first versions at the same moment: the unique index on the case (or on plan and version) keeps only one.
            throw new DbUpdateConcurrencyException("Het plan van aanpak is intussen door iemand anders gewijzigd.", ex);
        }

        await log.RecordAsync(new AccessRecord(plan.Versie == 1 ? AccessAction.Aanmaken : AccessAction.Wijzigen, casus.Doel, [casus.HoofdpersoonId], casus.Id,
            casus.ModuleId, "toegestaan", false, "plan van aanpak"), cancellationToken);
        return plan.Versie;
    }
}

/// <summary>How a plan version's snapshot is written and read.</summary>
internal static class PlanSnapshot
{
    public static readonly JsonSerializerOptions Options = new() { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public static IReadOnlyList<PlanDoelRow> Read(string json) => JsonSerializer.Deserialize<List<PlanDoelRow>>(json, Options) ?? [];
}
