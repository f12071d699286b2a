using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Features.Partners;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Web.Models;
using ZvhPlatform.Web.Security;

namespace ZvhPlatform.Web.Controllers;

/// <summary>
/// Geheimhoudingsverklaringen of incidental participants: register a signed statement, see which are
/// on record, and check whether someone may join a case conference on a date.
/// </summary>
[Route("beheer/geheimhouding")]
[RequirePermission(CorePermissions.PartnersInzien)]
[RequireRegion]
public sealed class GeheimhoudingController(IMediator mediator, ICurrentUser user, TimeProvider clock) : Controller
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>The statements on record; with <c>email</c> and <c>datum</c> also the check for a participant.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index(string? email, DateOnly? datum)
    {
        var errors = new List<string>();
        Core.Contracts.Partners.IncidentalParticipantDecision? decision = null;
        if (email is not null || datum is not null)
        {
            try
            {
                decision = await mediator.Send(new CheckIncidentalParticipant(email, datum ?? Today), HttpContext.RequestAborted);
            }
            catch (RequestValidationException ex)
            {
                Response.StatusCode = StatusCodes.Status400BadRequest;
                errors.AddRange(ex.Problems.Select(p => p.Message));
            }
        }

        return View("Index", await ModelAsync(new VerklaringForm { OndertekendOp = Today }, errors, null, email, datum ?? Today, decision));
    }

    /// <summary>Registers a signed statement.</summary>
    [HttpPost("")]
    [RequirePermission(CorePermissions.GeheimhoudingRegistreren)]
    public async Task<IActionResult> Register(VerklaringForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = ModelState.Where(kv => kv.Value?.Errors.Count > 0).SelectMany(kv => kv.Value!.Errors.Select(e => e.ErrorMessage)).ToList();
        if (errors.Count == 0)
        {
            try
            {
                await mediator.Send(new RegisterGeheimhoudingsverklaring(form.Naam, form.Email, form.Organisatie, form.OndertekendOp, form.GeldigTot),
                    HttpContext.RequestAborted);
                var notice = $"De geheimhoudingsverklaring van {form.Naam} ({form.Email?.Trim().ToLowerInvariant()}) is vastgelegd.";
                return View("Index", await ModelAsync(new VerklaringForm { OndertekendOp = Today }, [], notice, null, Today, null));
            }
            catch (RequestValidationException ex)
            {
                errors.AddRange(ex.Problems.Select(p => p.Message));
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Index", await ModelAsync(form, errors, null, null, Today, null));
    }

    private async Task<GeheimhoudingViewModel> ModelAsync(VerklaringForm form, IReadOnlyList<string> errors, string? notice, string? email,
        DateOnly? datum, Core.Contracts.Partners.IncidentalParticipantDecision? decision) =>
        new(await mediator.Send(new ListGeheimhoudingsverklaringen(Today), HttpContext.RequestAborted),
            user.HasPermission(CorePermissions.GeheimhoudingRegistreren), form, errors, notice, email, datum, decision);
}
