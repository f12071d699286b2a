using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Features.Casework;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Web.Models;
using ZvhPlatform.Web.Security;

namespace ZvhPlatform.Web.Controllers;

/// <summary>The werkvoorraad: waiting cases in order of priority, the weekly prioritisation and taking a case on.</summary>
[Route("werkvoorraad")]
[RequireRegion]
[RequirePermission(CorePermissions.WerkvoorraadBeheren)]
public sealed class WerkvoorraadController(IMediator mediator, ICurrentUser user) : Controller
{
    /// <summary>The list.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index() => View("Index", await ModelAsync([]));

    /// <summary>Saves the new order with its reason; a list changed in between is refused (409) and shown as it is now.</summary>
    [HttpPost("prioriteren")]
    public async Task<IActionResult> Prioritize(List<Guid>? plaats, List<int>? prioriteit, List<long>? version, string? reden)
    {
        var ids = plaats ?? [];
        var posities = ids.Select((id, i) => new WerkvoorraadPositie(id, prioriteit?.ElementAtOrDefault(i) ?? 0, version?.ElementAtOrDefault(i) ?? -1)).ToList();
        try
        {
            await mediator.Send(new PrioritizeWerkvoorraad(posities, reden), HttpContext.RequestAborted);
            return Redirect("/werkvoorraad");
        }
        catch (RequestValidationException ex)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Index", await ModelAsync(ex.Problems.Select(p => p.Message).Distinct().ToList()));
        }
        catch (DbUpdateConcurrencyException)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View("Index", await ModelAsync(
                ["Iemand anders heeft de werkvoorraad intussen gewijzigd; hieronder staat de huidige volgorde. Prioriteer opnieuw."]));
        }
    }

    /// <summary>Takes a case on: the chosen procesregisseur (by default oneself) gets it in regie.</summary>
    [HttpPost("{caseId:guid}/oppakken")]
    [RequirePermission(CorePermissions.CasussenWerken)]
    public async Task<IActionResult> Assign(Guid caseId, Guid? procesregisseur, long version)
    {
        try
        {
            await mediator.Send(new AssignProcesregisseur(caseId, procesregisseur ?? user.UserId ?? Guid.Empty, version), HttpContext.RequestAborted);
            return Redirect($"/casussen/{caseId}");
        }
        catch (RequestValidationException ex)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Index", await ModelAsync(ex.Problems.Select(p => p.Message).Distinct().ToList()));
        }
        catch (DbUpdateConcurrencyException)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View("Index", await ModelAsync(["Iemand anders heeft deze casus intussen gewijzigd of opgepakt; hieronder staat de huidige werkvoorraad."]));
        }
    }

    private async Task<WerkvoorraadViewModel> ModelAsync(IReadOnlyList<string> errors)
    {
        var canAssign = user.HasPermission(CorePermissions.CasussenWerken);
        return new WerkvoorraadViewModel(await mediator.Send(new ViewWerkvoorraad(), HttpContext.RequestAborted),
            canAssign ? await mediator.Send(new ListProcesregisseurs(), HttpContext.RequestAborted) : [], user.UserId, canAssign, errors);
    }
}
