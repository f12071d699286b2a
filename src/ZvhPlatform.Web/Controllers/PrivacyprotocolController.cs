using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Features.Privacy;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Web.Models;
using ZvhPlatform.Web.Security;

namespace ZvhPlatform.Web.Controllers;

/// <summary>The region's privacy protocol: the version in force, its history, and the privacy officer's concept editing.</summary>
[Route("privacy/protocol")]
[RequirePermission(CorePermissions.PrivacyprotocolInzien)]
[RequireRegion]
public sealed class PrivacyprotocolController(IMediator mediator, ICurrentUser user, TimeProvider clock) : Controller
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    private bool CanManage => user.HasPermission(CorePermissions.PrivacyprotocolBeheren);

    /// <summary>The version in force today and all versions.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index() =>
        View(new ProtocolIndexViewModel(await mediator.Send(new ViewPrivacyprotocol(Today), HttpContext.RequestAborted), CanManage, Today));

    /// <summary>One version, read-only; a concept offers editing and establishing.</summary>
    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id) =>
        View(new ProtocolDetailsViewModel(await mediator.Send(new ViewProtocolVersie(id), HttpContext.RequestAborted), CanManage, Today, []));

    /// <summary>Starts a new concept as a copy of the latest established version.</summary>
    [HttpPost("nieuw")]
    [RequirePermission(CorePermissions.PrivacyprotocolBeheren)]
    public async Task<IActionResult> Create()
    {
        var id = await mediator.Send(new CreateProtocolConcept(), HttpContext.RequestAborted);
        return Redirect($"/privacy/protocol/{id}/bewerken");
    }

    /// <summary>The concept form; an established version is refused.</summary>
    [HttpGet("{id:guid}/bewerken")]
    [RequirePermission(CorePermissions.PrivacyprotocolBeheren)]
    public async Task<IActionResult> Edit(Guid id)
    {
        var version = await mediator.Send(new ViewProtocolVersie(id), HttpContext.RequestAborted);
        if (!version.IsConcept)
        {
            throw new RequestValidationException([new ValidationProblem("Status",
                $"Versie {version.VersieNummer} is vastgesteld en kan niet meer worden gewijzigd; maak een nieuwe conceptversie.")]);
        }

        return View("Form", new ProtocolFormViewModel(id, version.VersieNummer, ProtocolForm.From(version).WithBlankRows(), version.Modules, []));
    }

    /// <summary>Saves the concept's rows; a save by someone else in between is refused and shown.</summary>
    [HttpPost("{id:guid}/bewerken")]
    [RequirePermission(CorePermissions.PrivacyprotocolBeheren)]
    public async Task<IActionResult> Edit(Guid id, ProtocolForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = ModelState.Where(kv => kv.Value?.Errors.Count > 0).SelectMany(kv => kv.Value!.Errors.Select(e => e.ErrorMessage)).ToList();
        if (errors.Count == 0)
        {
            try
            {
                await mediator.Send(form.ToCommand(id), HttpContext.RequestAborted);
                return Redirect($"/privacy/protocol/{id}");
            }
            catch (RequestValidationException ex)
            {
                errors.AddRange(ex.Problems.Select(p => p.Message));
            }
            catch (DbUpdateConcurrencyException)
            {
                var current = await mediator.Send(new ViewProtocolVersie(id), HttpContext.RequestAborted);
                Response.StatusCode = StatusCodes.Status409Conflict;
                form.Version = current.Version;
                errors.Add("Iemand anders heeft deze conceptversie intussen opgeslagen. Nu opgeslagen: " +
                           $"doelen: {(current.Doelen.Count == 0 ? "geen" : string.Join("; ", current.Doelen.Select(d => $"{d.ModuleId}: {d.Doel} ({d.Grondslag})")))}; " +
                           $"bewaartermijnen: {(current.Bewaartermijnen.Count == 0 ? "geen" : string.Join("; ", current.Bewaartermijnen.Select(b => $"{b.ModuleId}: {b.MaandenNaAfsluiting} maanden")))}. " +
                           "Uw invoer staat hieronder; controleer en sla opnieuw op.");
                return View("Form", new ProtocolFormViewModel(id, current.VersieNummer, form.WithBlankRows(1), current.Modules, errors));
            }
        }

        var version = await mediator.Send(new ViewProtocolVersie(id), HttpContext.RequestAborted);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Form", new ProtocolFormViewModel(id, version.VersieNummer, form.WithBlankRows(1), version.Modules, errors));
    }

    /// <summary>Establishes the concept with its effective date.</summary>
    [HttpPost("{id:guid}/vaststellen")]
    [RequirePermission(CorePermissions.PrivacyprotocolBeheren)]
    public async Task<IActionResult> Establish(Guid id, string? geldigVanaf, long version)
    {
        DateOnly? date = DateOnly.TryParseExact(geldigVanaf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : null;
        try
        {
            await mediator.Send(new EstablishProtocol(id, date, version), HttpContext.RequestAborted);
            return Redirect($"/privacy/protocol/{id}");
        }
        catch (RequestValidationException ex)
        {
            var details = await mediator.Send(new ViewProtocolVersie(id), HttpContext.RequestAborted);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Details", new ProtocolDetailsViewModel(details, CanManage, Today, ex.Problems.Select(p => p.Message).ToList()));
        }
    }
}
