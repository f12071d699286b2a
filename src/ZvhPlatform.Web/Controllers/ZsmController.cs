using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Features.Persons;
using ZvhPlatform.Core.Features.Zsm;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Web.Models;
using ZvhPlatform.Web.Security;

namespace ZvhPlatform.Web.Controllers;

/// <summary>ZSM scenarios: context and joint advice for a person at ZSM, valid for three months.</summary>
[Route("zsm")]
[RequireRegion]
[RequirePermission(CorePermissions.ZsmWerken)]
public sealed class ZsmController(IMediator mediator) : Controller
{
    /// <summary>The scenarios (of one person when <paramref name="persoon"/> is given), with the form for that person.</summary>
    [HttpGet("")]
    public Task<IActionResult> Index(Guid? persoon, string? kenmerk) => PageAsync(persoon, kenmerk, null, null, [], StatusCodes.Status200OK);

    /// <summary>Draws up a scenario for the person.</summary>
    [HttpPost("")]
    public async Task<IActionResult> Opstellen(Guid persoon, string? kenmerk, string? context, string? advies)
    {
        try
        {
            var id = await mediator.Send(new OpstellenZsmScenario(persoon, kenmerk, context ?? "", advies ?? ""), HttpContext.RequestAborted);
            return Redirect($"/zsm/{id}");
        }
        catch (RequestValidationException ex)
        {
            return await PageAsync(persoon, kenmerk, context, advies, ex.Problems.Select(p => p.Message).Distinct().ToList(), StatusCodes.Status400BadRequest);
        }
    }

    /// <summary>A scenario; marked "verlopen" after its three months.</summary>
    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id) => View("Details", await mediator.Send(new ViewZsmScenario(id, false), HttpContext.RequestAborted));

    /// <summary>The version to print and hand out to ZSM; refused (400) once the scenario has expired.</summary>
    [HttpGet("{id:guid}/uitreiken")]
    public async Task<IActionResult> Uitreiken(Guid id) => View("Uitreiken", await mediator.Send(new ViewZsmScenario(id, true), HttpContext.RequestAborted));

    private async Task<IActionResult> PageAsync(Guid? persoon, string? kenmerk, string? context, string? advies, IReadOnlyList<string> errors, int status)
    {
        string? naam = null;
        if (persoon is { } id)
        {
            naam = (await mediator.Send(new ViewPerson(id, Purposes.Procesregie), HttpContext.RequestAborted)).Naam;
        }

        var scenarios = await mediator.Send(new ListZsmScenarios(persoon), HttpContext.RequestAborted);
        Response.StatusCode = status;
        return View("Index", new ZsmPageViewModel(scenarios, persoon, naam, kenmerk, context, advies, errors));
    }
}
