using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Features.Acties;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Web.Models;
using ZvhPlatform.Web.Security;

namespace ZvhPlatform.Web.Controllers;

/// <summary>Actions: per case, and "Mijn acties" / "Acties van mijn organisatie".</summary>
[RequireRegion]
[RequirePermission(CorePermissions.ActiesEigen)]
public sealed class ActiesController(IMediator mediator) : Controller
{
    /// <summary>The user's own open actions, or their organisation's (<c>?weergave=organisatie</c>).</summary>
    [HttpGet("acties")]
    public async Task<IActionResult> Mine(string? weergave, bool afgerond = false) =>
        View("Mijn", new MijnActiesViewModel(await mediator.Send(new ListMijnActies(weergave == "organisatie", afgerond), HttpContext.RequestAborted), []));

    /// <summary>The actions of a case the user has need-to-know for.</summary>
    [HttpGet("casussen/{id:guid}/acties")]
    public async Task<IActionResult> OfCase(Guid id) =>
        View("Casus", new CaseActiesViewModel(await mediator.Send(new ListCaseActies(id), HttpContext.RequestAborted), []));

    /// <summary>Agrees a new action on the case.</summary>
    [HttpPost("casussen/{id:guid}/acties")]
    [RequirePermission(CorePermissions.ActiesWerken)]
    public async Task<IActionResult> Create(Guid id, string? omschrijving, string? eigenaarOrganisatie, Guid? eigenaarUserId, DateOnly? deadline)
    {
        try
        {
            await mediator.Send(new CreateActie(id, null, omschrijving, eigenaarOrganisatie, eigenaarUserId, deadline), HttpContext.RequestAborted);
            return Redirect($"/casussen/{id}/acties");
        }
        catch (RequestValidationException ex)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Casus", new CaseActiesViewModel(await mediator.Send(new ListCaseActies(id), HttpContext.RequestAborted),
                ex.Problems.Select(p => p.Message).ToList()));
        }
    }

    /// <summary>Sets an action's status; a stale form is refused with the current status shown.</summary>
    [HttpPost("casussen/{id:guid}/acties/{actieId:guid}/status")]
    public async Task<IActionResult> Status(Guid id, Guid actieId, string? status, long version, string? terug)
    {
        ActieStatus? gekozen = Enum.TryParse<ActieStatus>(status, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
        var back = terug == "mijn" ? "/acties" : $"/casussen/{id}/acties";
        try
        {
            await mediator.Send(new ChangeActieStatus(id, actieId, gekozen, version), HttpContext.RequestAborted);
            return Redirect(back);
        }
        catch (RequestValidationException ex)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Casus", new CaseActiesViewModel(await mediator.Send(new ListCaseActies(id), HttpContext.RequestAborted),
                ex.Problems.Select(p => p.Message).ToList()));
        }
        catch (DbUpdateConcurrencyException)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            var current = await mediator.Send(new ListCaseActies(id), HttpContext.RequestAborted);
            var now = current.Acties.SingleOrDefault(a => a.Id == actieId);
            return View("Casus", new CaseActiesViewModel(current,
            [
                $"Iemand anders heeft de status van deze actie intussen gewijzigd naar '{(now is null ? "onbekend" : RegieSupport.Naam(now.Status))}'. " +
                $"Uw keuze ('{(gekozen is { } s ? RegieSupport.Naam(s) : "geen")}') is niet opgeslagen; kies opnieuw als die nog nodig is.",
            ]));
        }
    }
}
