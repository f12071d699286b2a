using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Features.Plan;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Web.Models;
using ZvhPlatform.Web.Security;

namespace ZvhPlatform.Web.Controllers;

/// <summary>The plan van aanpak of a case: goals per leefgebied, versioned, without lost updates.</summary>
[Route("casussen/{id:guid}/plan")]
[RequireRegion]
public sealed class PlanController(IMediator mediator) : Controller
{
    /// <summary>Number of empty rows the form offers besides the existing goals.</summary>
    private const int EmptyRows = 2;

    /// <summary>The current plan (and, for the bureau, the form to change it).</summary>
    [HttpGet("")]
    [RequirePermission(CorePermissions.PlanInzien)]
    public async Task<IActionResult> Index(Guid id)
    {
        var plan = await mediator.Send(new ViewPlan(id), HttpContext.RequestAborted);
        return View("Index", new PlanViewModel(plan, FormOf(plan.Doelen).Concat(Enumerable.Range(0, EmptyRows).Select(_ => new PlanDoelForm())).ToList(), [],
            false, null));
    }

    /// <summary>An extra empty goal row for the form (htmx).</summary>
    [HttpGet("rij")]
    [RequirePermission(CorePermissions.PlanWerken)]
    public async Task<IActionResult> Row(Guid id)
    {
        var plan = await mediator.Send(new ViewPlan(id), HttpContext.RequestAborted);
        return PartialView("_DoelRij", new PlanDoelRowViewModel("x" + DateTime.UtcNow.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture), new PlanDoelForm(), plan.Interventies, plan.Partners));
    }

    /// <summary>Saves a new version; a stale version is refused (409) with the other's version shown next to the user's input.</summary>
    [HttpPost("")]
    [RequirePermission(CorePermissions.PlanWerken)]
    public async Task<IActionResult> Save(Guid id, long version, [FromForm] Dictionary<string, PlanDoelForm>? doelen)
    {
        var submitted = (doelen ?? []).OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => d.Value).ToList();
        var problems = new List<string>();
        var invoer = submitted.Select(d => new PlanDoelInvoer(ParseLeefgebied(d.Leefgebied, problems), d.Doel, d.Interventie, d.VerantwoordelijkePartner,
            d.Startdatum, d.Einddatum, d.Behaald)).ToList();
        try
        {
            if (problems.Count > 0)
            {
                throw new RequestValidationException(problems.Select(p => new ValidationProblem("Doelen", p)).ToList());
            }

            await mediator.Send(new SavePlan(id, version, invoer), HttpContext.RequestAborted);
            return Redirect($"/casussen/{id}/plan");
        }
        catch (RequestValidationException ex)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            var plan = await mediator.Send(new ViewPlan(id), HttpContext.RequestAborted);
            // Keep the version the user started from: a validation error must not let them skip a conflict.
            return View("Index", new PlanViewModel(plan with { Version = version }, submitted, ex.Problems.Select(p => p.Message).Distinct().ToList(), false, null));
        }
        catch (DbUpdateConcurrencyException)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            var plan = await mediator.Send(new ViewPlan(id), HttpContext.RequestAborted);
            return View("Index", new PlanViewModel(plan, submitted,
            [
                $"Iemand anders ({plan.GewijzigdDoor}) heeft het plan van aanpak intussen opgeslagen als versie {plan.Versie}. Uw wijziging is niet opgeslagen en " +
                "niets is overschreven. Hieronder staat de versie van de ander; uw eigen invoer staat in het formulier. Neem over wat nodig is en sla opnieuw op.",
            ], true, submitted));
        }
    }

    /// <summary>Every version of the plan, with who saved it and when.</summary>
    [HttpGet("historie")]
    [RequirePermission(CorePermissions.PlanInzien)]
    public async Task<IActionResult> History(Guid id) =>
        View("Historie", new PlanHistorieViewModel(await mediator.Send(new ViewPlanHistorie(id), HttpContext.RequestAborted)));

    private static Leefgebied? ParseLeefgebied(string? value, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (Enum.TryParse<Leefgebied>(value, out var leefgebied) && Enum.IsDefined(leefgebied))
        {
            return leefgebied;
        }

        problems.Add("Kies een leefgebied uit de lijst.");
        return null;
    }

    private static IEnumerable<PlanDoelForm> FormOf(IEnumerable<PlanDoelRow> rows) => rows.Select(r => new PlanDoelForm
    {
        Leefgebied = r.Leefgebied.ToString(), Doel = r.Doel, Interventie = r.Interventie, VerantwoordelijkePartner = r.VerantwoordelijkePartner,
        Startdatum = r.Startdatum, Einddatum = r.Einddatum, Behaald = r.Behaald,
    });
}
