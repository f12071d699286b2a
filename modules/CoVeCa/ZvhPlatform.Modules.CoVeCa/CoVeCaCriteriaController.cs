using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Modules.CoVeCa.Data;
using ZvhPlatform.Modules.CoVeCa.Features.Criteria;

namespace ZvhPlatform.Modules.CoVeCa;

/// <summary>The functioneel beheerder's page for the region's selection and closing criteria.</summary>
[Route("coveca/criteria")]
[Authorize(Policy = "perm:" + CoVeCaModule.CriteriaBeheren)]
public sealed class CoVeCaCriteriaController(IMediator mediator) : Controller
{
    /// <summary>Both checklists with their active and deactivated criteria.</summary>
    [HttpGet("")]
    public Task<IActionResult> Index() => PageAsync([], StatusCodes.Status200OK);

    /// <summary>Adds a criterion to the selection (<c>selectie</c>) or closing (<c>afsluiting</c>) checklist.</summary>
    [HttpPost("{lijst:regex(^(selectie|afsluiting)$)}")]
    public Task<IActionResult> Add(string lijst, string? tekst) =>
        ActAsync(new AddCriterium(lijst == "selectie" ? CriteriumSoort.Selectie : CriteriumSoort.Afsluiting, tekst ?? ""));

    /// <summary>Rewords a criterion.</summary>
    [HttpPost("{id:guid}/herformuleren")]
    public Task<IActionResult> Reword(Guid id, string? tekst, long version) => ActAsync(new RewordCriterium(id, tekst ?? "", version));

    /// <summary>Deactivates a criterion: new checklists no longer ask it.</summary>
    [HttpPost("{id:guid}/deactiveren")]
    public Task<IActionResult> Deactivate(Guid id, long version) => ActAsync(new SetCriteriumActief(id, false, version));

    /// <summary>Activates a deactivated criterion again.</summary>
    [HttpPost("{id:guid}/activeren")]
    public Task<IActionResult> Activate(Guid id, long version) => ActAsync(new SetCriteriumActief(id, true, version));

    private async Task<IActionResult> ActAsync<T>(T command) where T : ICommand
    {
        try
        {
            await mediator.Send(command, HttpContext.RequestAborted);
            return Redirect("/coveca/criteria");
        }
        catch (RequestValidationException ex)
        {
            return await PageAsync(ex.Problems.Select(p => p.Message).Distinct().ToList(), StatusCodes.Status422UnprocessableEntity);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await PageAsync(["Iemand anders heeft dit criterium intussen gewijzigd; hieronder staat de huidige tekst. Uw wijziging is niet opgeslagen."],
                StatusCodes.Status409Conflict);
        }
    }

    private async Task<IActionResult> PageAsync(IReadOnlyList<string> errors, int status)
    {
        Response.StatusCode = status;
        return View("~/Views/CoVeCaCriteria/Index.cshtml", new CriteriaViewModel(await mediator.Send(new ListCriteria(), HttpContext.RequestAborted), errors));
    }
}

/// <summary>The criteria page with the problems of the last submit.</summary>
internal sealed record CriteriaViewModel(CriteriaOverview Criteria, IReadOnlyList<string> Errors);
