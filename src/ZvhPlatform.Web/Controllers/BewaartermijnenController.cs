using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Features.Casework;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Web.Security;

namespace ZvhPlatform.Web.Controllers;

/// <summary>The privacy officer's view of retention: upcoming deletions, extensions, deletion receipts and emergency access.</summary>
[Route("privacy/bewaartermijnen")]
[RequirePermission(CorePermissions.BewaartermijnenBeheren)]
[RequireRegion]
public sealed class BewaartermijnenController(IMediator mediator) : Controller
{
    /// <summary>Deletions due in the next 60 days, recent receipts and emergency access of the last 90 days.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await mediator.Send(new ListUpcomingDeletions(60), HttpContext.RequestAborted));

    /// <summary>Keeps a closed case longer, with a reason.</summary>
    [HttpPost("{caseId:guid}/verlengen")]
    public async Task<IActionResult> Extend(Guid caseId, DateOnly? tot, string? reden)
    {
        try
        {
            await mediator.Send(new ExtendRetention(caseId, tot, reden ?? ""), HttpContext.RequestAborted);
            return RedirectToAction(nameof(Index));
        }
        catch (RequestValidationException ex)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            ViewData["Errors"] = ex.Problems.Select(p => p.Message).ToList();
            return View("Index", await mediator.Send(new ListUpcomingDeletions(60), HttpContext.RequestAborted));
        }
    }
}
