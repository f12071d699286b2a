using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Features.Tijdlijn;
using ZvhPlatform.Web.Models;
using ZvhPlatform.Web.Security;

namespace ZvhPlatform.Web.Controllers;

/// <summary>Timelines of a case and of a person: everything dated, in date order, as far as the viewer may see.</summary>
[RequireRegion]
[RequirePermission(CorePermissions.CasussenWerken, CorePermissions.CasussenDeelnemen)]
public sealed class TijdlijnController(IMediator mediator) : Controller
{
    /// <summary>The case's timeline; "not found" without need-to-know.</summary>
    [HttpGet("casussen/{id:guid}/tijdlijn")]
    public async Task<IActionResult> Casus(Guid id)
    {
        var t = await mediator.Send(new ViewCaseTijdlijn(id), HttpContext.RequestAborted);
        return View("Index", new TijdlijnViewModel($"Tijdlijn casus {t.Kenmerk}", $"/casussen/{id}", "Naar de casus", t.Items));
    }

    /// <summary>The person's timeline across the cases the viewer may see.</summary>
    [HttpGet("personen/{id:guid}/tijdlijn")]
    public async Task<IActionResult> Persoon(Guid id)
    {
        var t = await mediator.Send(new ViewPersonTijdlijn(id), HttpContext.RequestAborted);
        return View("Index", new TijdlijnViewModel($"Tijdlijn {t.Naam}", "/casussen", "Naar de casussen", t.Items));
    }
}
