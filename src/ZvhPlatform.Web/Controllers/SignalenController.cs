using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Features.Signalen;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Web.Models;
using ZvhPlatform.Web.Security;

namespace ZvhPlatform.Web.Controllers;

/// <summary>Signalen: system failures spotted in cases, put on the agenda of the right table and closed with a resolution.</summary>
[Route("signalen")]
[RequireRegion]
[RequirePermission(CorePermissions.SignalenWerken)]
public sealed class SignalenController(IMediator mediator) : Controller
{
    /// <summary>Open signals (and, on request, the closed ones) with the form for a new one.</summary>
    [HttpGet("")]
    public Task<IActionResult> Index(bool afgehandeld = false) => PageAsync(afgehandeld, [], StatusCodes.Status200OK);

    /// <summary>Registers a signal.</summary>
    [HttpPost("")]
    public Task<IActionResult> Register(string? categorie, string? omschrijving, string? tafel, string? kenmerk) =>
        ActAsync(new RegisterSignaal(categorie ?? "", omschrijving ?? "", tafel ?? "", kenmerk));

    /// <summary>Puts a signal on a planned meeting's agenda.</summary>
    [HttpPost("{id:guid}/agenderen")]
    public Task<IActionResult> Agendeer(Guid id, Guid overlegId, long version) => ActAsync(new AgendeerSignaal(id, overlegId, version));

    /// <summary>Closes a signal with its resolution.</summary>
    [HttpPost("{id:guid}/afhandelen")]
    public Task<IActionResult> HandelAf(Guid id, string? afhandeling, long version) => ActAsync(new HandelSignaalAf(id, afhandeling ?? "", version));

    private async Task<IActionResult> ActAsync<T>(T command) where T : IMessage
    {
        try
        {
            await mediator.Send(command, HttpContext.RequestAborted);
            return Redirect("/signalen");
        }
        catch (RequestValidationException ex)
        {
            return await PageAsync(false, ex.Problems.Select(p => p.Message).Distinct().ToList(), StatusCodes.Status400BadRequest);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await PageAsync(true,
                ["Iemand anders heeft dit signaal intussen gewijzigd; hieronder staat de huidige stand. Uw wijziging is niet opgeslagen: voer die opnieuw in."],
                StatusCodes.Status409Conflict);
        }
    }

    private async Task<IActionResult> PageAsync(bool afgehandeld, IReadOnlyList<string> errors, int status)
    {
        var overzicht = await mediator.Send(new ListSignalen(afgehandeld), HttpContext.RequestAborted);
        Response.StatusCode = status;
        return View("Index", new SignalenPageViewModel(overzicht, afgehandeld, errors));
    }
}
