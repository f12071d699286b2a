using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Features.Interventies;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Web.Models;
using ZvhPlatform.Web.Security;

namespace ZvhPlatform.Web.Controllers;

/// <summary>The region's catalogue of interventions for plans van aanpak, managed by the functioneel beheerder.</summary>
[Route("interventies")]
[RequireRegion]
[RequirePermission(CorePermissions.InterventiesBeheren)]
public sealed class InterventiesController(IMediator mediator) : Controller
{
    /// <summary>The catalogue.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(new InterventiesViewModel(await mediator.Send(new ListInterventies(), HttpContext.RequestAborted), []));

    /// <summary>Adds an intervention.</summary>
    [HttpPost("")]
    public async Task<IActionResult> Add(string? naam)
    {
        try
        {
            await mediator.Send(new AddInterventie(naam), HttpContext.RequestAborted);
            return Redirect("/interventies");
        }
        catch (RequestValidationException ex)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Index", new InterventiesViewModel(await mediator.Send(new ListInterventies(), HttpContext.RequestAborted),
                ex.Problems.Select(p => p.Message).ToList()));
        }
    }

    /// <summary>Deactivates an intervention.</summary>
    [HttpPost("{id:guid}/deactiveren")]
    public async Task<IActionResult> Deactivate(Guid id)
    {
        await mediator.Send(new SetInterventieActief(id, false), HttpContext.RequestAborted);
        return Redirect("/interventies");
    }

    /// <summary>Activates an intervention again.</summary>
    [HttpPost("{id:guid}/activeren")]
    public async Task<IActionResult> Activate(Guid id)
    {
        await mediator.Send(new SetInterventieActief(id, true), HttpContext.RequestAborted);
        return Redirect("/interventies");
    }
}
