using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Features.Privacy;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Web.Security;

namespace ZvhPlatform.Web.Controllers;

/// <summary>The privacy officer's view of the access log: who saw a person, what a user opened, and the integrity check.</summary>
[Route("privacy/toegangslog")]
[RequirePermission(CorePermissions.ToegangslogInzien)]
[RequireRegion]
public sealed class ToegangslogController(IMediator mediator, TimeProvider clock) : Controller
{
    /// <summary>Searches the log for a person or a user in a period (default: the last 30 days).</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid? persoon, Guid? gebruiker, DateOnly? van, DateOnly? tot)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var from = van ?? today.AddDays(-30);
        var to = tot ?? today;
        ViewData["Van"] = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        ViewData["Tot"] = to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        ViewData["Persoon"] = persoon?.ToString();
        ViewData["Gebruiker"] = gebruiker?.ToString();
        if (persoon is null && gebruiker is null)
        {
            return View((IReadOnlyList<AccessLogRow>?)null);
        }

        try
        {
            var rows = await mediator.Send(new SearchAccessLog(persoon, gebruiker, from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
                to.ToDateTime(TimeOnly.MaxValue, DateTimeKind.Utc)), HttpContext.RequestAborted);
            return View(rows);
        }
        catch (RequestValidationException ex)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            ViewData["Errors"] = ex.Problems.Select(p => p.Message).ToList();
            return View((IReadOnlyList<AccessLogRow>?)null);
        }
    }

    /// <summary>Every role granted in the region with its last use.</summary>
    [HttpGet("/privacy/toegangsrechten")]
    public async Task<IActionResult> Grants() => View(await mediator.Send(new ReviewAccessGrants(), HttpContext.RequestAborted));

    /// <summary>Recomputes the hash chain of the region's log.</summary>
    [HttpGet("controle")]
    public async Task<IActionResult> Verify() => View(await mediator.Send(new VerifyAccessLog(), HttpContext.RequestAborted));
}
