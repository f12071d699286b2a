using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Features.Persons;
using ZvhPlatform.Web.Security;

namespace ZvhPlatform.Web.Controllers;

/// <summary>Possible duplicate registrations, merging them, and undoing a merge within 30 days.</summary>
[Route("beheer/dubbelen")]
[RequirePermission(CorePermissions.PersonenSamenvoegen)]
[RequireRegion]
public sealed class DubbelenController(IMediator mediator) : Controller
{
    /// <summary>Pairs that may be the same person, and recent merges.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await mediator.Send(new ListPossibleDuplicates(), HttpContext.RequestAborted));

    /// <summary>Merges the duplicate into the record that stays.</summary>
    [HttpPost("samenvoegen")]
    public async Task<IActionResult> Merge(Guid survivorId, Guid duplicateId)
    {
        await mediator.Send(new MergePersons(survivorId, duplicateId), HttpContext.RequestAborted);
        return RedirectToAction(nameof(Index));
    }

    /// <summary>Undoes a merge.</summary>
    [HttpPost("{mergeId:guid}/ongedaan")]
    public async Task<IActionResult> Undo(Guid mergeId)
    {
        await mediator.Send(new UndoPersonMerge(mergeId), HttpContext.RequestAborted);
        return RedirectToAction(nameof(Index));
    }
}
