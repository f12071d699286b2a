using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Features.Meldingen;
using ZvhPlatform.Web.Models;
using ZvhPlatform.Web.Security;

namespace ZvhPlatform.Web.Controllers;

/// <summary>The user's notifications (meldingen), e.g. reminders of due and overdue actions.</summary>
[Route("meldingen")]
[RequireRegion]
[RequirePermission(CorePermissions.MeldingenOntvangen)]
public sealed class MeldingenController(IMediator mediator) : Controller
{
    /// <summary>The list, unread first.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(new MeldingenViewModel(await mediator.Send(new ListMeldingen(), HttpContext.RequestAborted)));

    /// <summary>Marks one notification read.</summary>
    [HttpPost("{id:guid}/gelezen")]
    public async Task<IActionResult> Read(Guid id)
    {
        await mediator.Send(new MarkMeldingGelezen(id), HttpContext.RequestAborted);
        return Redirect("/meldingen");
    }

    /// <summary>Marks all notifications read.</summary>
    [HttpPost("gelezen")]
    public async Task<IActionResult> ReadAll()
    {
        await mediator.Send(new MarkMeldingGelezen(null), HttpContext.RequestAborted);
        return Redirect("/meldingen");
    }
}
