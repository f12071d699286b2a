using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Features.Contracts;
using ZvhPlatform.Web.Security;

namespace ZvhPlatform.Web.Controllers;

/// <summary>Switching off a plustaak: the open cases whose municipality's contract ended, to close or hand over.</summary>
[Route("casussen/af-te-sluiten")]
[RequirePermission(CorePermissions.AfbouwInzien)]
[RequireRegion]
public sealed class AfTeSluitenController(IMediator mediator) : Controller
{
    /// <summary>The list per aanpak and municipality.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await mediator.Send(new ListAfTeSluiten(), HttpContext.RequestAborted));
}
