using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Features.Pga;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Web.Models;
using ZvhPlatform.Web.Security;

namespace ZvhPlatform.Web.Controllers;

/// <summary>The PGA monitor of a case: measurements of the 12 leefgebieden and the trajectory per person as a chart.</summary>
[Route("casussen/{id:guid}/pga")]
[RequireRegion]
[RequirePermission(CorePermissions.PgaWerken)]
public sealed class PgaController(IMediator mediator, TimeProvider clock) : Controller
{
    /// <summary>The trajectory of a person (the main person unless chosen) and the form for a new measurement.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid id, Guid? persoon) =>
        View("Index", new PgaViewModel(await mediator.Send(new ViewPga(id, persoon), HttpContext.RequestAborted), [], null,
            DateOnly.FromDateTime(clock.GetLocalNow().DateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), new Dictionary<int, int>()));

    /// <summary>Records a measurement; every leefgebied must be scored.</summary>
    [HttpPost("")]
    public async Task<IActionResult> Record(Guid id, Guid? persoon, string? moment, DateOnly? datum)
    {
        var raw = new Dictionary<int, int>();
        var scores = new Dictionary<Leefgebied, PgaNiveau>();
        foreach (var leefgebied in Enum.GetValues<Leefgebied>())
        {
            if (int.TryParse(Request.Form[$"score-{(int)leefgebied}"], NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                && Enum.IsDefined((PgaNiveau)value))
            {
                raw[(int)leefgebied] = value;
                scores[leefgebied] = (PgaNiveau)value;
            }
        }

        try
        {
            await mediator.Send(new RecordPgaMeting(id, persoon, moment, datum, scores), HttpContext.RequestAborted);
            return Redirect($"/casussen/{id}/pga{(persoon is { } p ? "?persoon=" + p : "")}");
        }
        catch (RequestValidationException ex)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Index", new PgaViewModel(await mediator.Send(new ViewPga(id, persoon), HttpContext.RequestAborted),
                ex.Problems.Select(p => p.Message).ToList(), moment, Request.Form["datum"], raw));
        }
    }
}
