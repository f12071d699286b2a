using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Features.Persons;
using ZvhPlatform.Core.Features.Privacy;
using ZvhPlatform.Core.Privacy;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Web.Models;
using ZvhPlatform.Web.Security;

namespace ZvhPlatform.Web.Controllers;

/// <summary>
/// The data subject requests desk (the WGS contactpunt): register a request, watch the one-month
/// deadline, compose the inzage overview, and apply or lift a restriction of processing.
/// </summary>
[Route("privacy/verzoeken")]
[RequirePermission(CorePermissions.VerzoekenBehandelen)]
[RequireRegion]
public sealed class VerzoekenController(IMediator mediator, TimeProvider clock) : Controller
{
    private static readonly JsonSerializerOptions ExportJson = new() { WriteIndented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>All requests, open ones first by deadline.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await mediator.Send(new ListVerzoeken(), HttpContext.RequestAborted));

    /// <summary>Find the person (BSN, or name with date of birth) and fill in the request.</summary>
    [HttpGet("nieuw")]
    public async Task<IActionResult> Create(string? bsn, string? naam, DateOnly? geboortedatum)
    {
        var form = new VerzoekForm { OntvangenOp = DateOnly.FromDateTime(clock.GetLocalNow().DateTime) };
        if (string.IsNullOrWhiteSpace(bsn) && string.IsNullOrWhiteSpace(naam) && geboortedatum is null)
        {
            return View(new VerzoekCreateViewModel(bsn, naam, geboortedatum, null, form, []));
        }

        try
        {
            var rows = await mediator.Send(new SearchPersons(bsn, naam, geboortedatum, Purposes.VerzoekBetrokkene), HttpContext.RequestAborted);
            return View(new VerzoekCreateViewModel(bsn, naam, geboortedatum, rows, form, []));
        }
        catch (RequestValidationException ex)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new VerzoekCreateViewModel(bsn, naam, geboortedatum, null, form, ex.Problems.Select(p => p.Message).ToList()));
        }
    }

    /// <summary>Registers the request and opens it.</summary>
    [HttpPost("nieuw")]
    public async Task<IActionResult> Create(VerzoekForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = ModelState.Where(kv => kv.Value?.Errors.Count > 0).SelectMany(kv => kv.Value!.Errors.Select(e => e.ErrorMessage)).ToList();
        if (errors.Count == 0)
        {
            try
            {
                var id = await mediator.Send(new RegisterVerzoek(form.PersonId, form.Soort, form.OntvangenOp, form.Omschrijving), HttpContext.RequestAborted);
                return Redirect($"/privacy/verzoeken/{id}");
            }
            catch (RequestValidationException ex)
            {
                errors.AddRange(ex.Problems.Select(p => p.Message));
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(new VerzoekCreateViewModel(null, null, null, null, form, errors));
    }

    /// <summary>A request with its history and what can be done for it.</summary>
    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id) => View(new VerzoekDetailsViewModel(await ViewAsync(id), [], false));

    /// <summary>Changes the status with a reason; a change by someone else in between is refused and shown.</summary>
    [HttpPost("{id:guid}/status")]
    public async Task<IActionResult> Status(Guid id, VerzoekStatus? status, string? reden, long version)
    {
        try
        {
            await mediator.Send(new ChangeVerzoekStatus(id, status, reden, version), HttpContext.RequestAborted);
            return Redirect($"/privacy/verzoeken/{id}");
        }
        catch (RequestValidationException ex)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Details", new VerzoekDetailsViewModel(await ViewAsync(id), ex.Problems.Select(p => p.Message).ToList(), false));
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await ViewAsync(id);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View("Details", new VerzoekDetailsViewModel(current,
            [
                $"Iemand anders heeft dit verzoek intussen gewijzigd (nu: {StatusText(current.Status)}, door {current.BehandeldDoor}: {current.Reden}). " +
                $"Uw wijziging naar '{(status is { } s ? StatusText(s) : "")}' met toelichting '{reden}' is niet opgeslagen; kies opnieuw.",
            ], true));
        }
    }

    /// <summary>The inzage overview on screen.</summary>
    [HttpGet("{id:guid}/overzicht")]
    public async Task<IActionResult> Overview(Guid id)
    {
        var overview = await mediator.Send(new ComposeInzageOverzicht(id, false), HttpContext.RequestAborted);
        return View("Overzicht", overview);
    }

    /// <summary>The inzage overview as a JSON file for the data subject.</summary>
    [HttpGet("{id:guid}/overzicht.json")]
    public async Task<IActionResult> Download(Guid id)
    {
        var overview = await mediator.Send(new ComposeInzageOverzicht(id, true), HttpContext.RequestAborted);
        var document = new
        {
            regio = overview.Regio,
            samengesteld = overview.SamengesteldUtc,
            bronnen = overview.Bronnen.Select(b => new
            {
                bron = b.Naam,
                module = b.ModuleId,
                onderdelen = b.Secties.Select(s => new { titel = s.Title, regels = s.Rows.Select(r => new { omschrijving = r.Label, waarde = r.Value }) }),
            }),
        };
        var bytes = JsonSerializer.SerializeToUtf8Bytes(document, ExportJson);
        return File(bytes, "application/json", $"inzage-{overview.SamengesteldUtc:yyyyMMdd}-{id.ToString()[..8]}.json");
    }

    /// <summary>Applies a restriction of processing for the person of a beperking request.</summary>
    [HttpPost("{id:guid}/beperking")]
    public Task<IActionResult> Restrict(Guid id, string? reden) => SendAndShowAsync(id, new RestrictProcessing(id, reden));

    /// <summary>Lifts the person's restriction.</summary>
    [HttpPost("{id:guid}/beperking/opheffen")]
    public Task<IActionResult> Lift(Guid id, string? reden) => SendAndShowAsync(id, new LiftRestriction(id, reden));

    private async Task<IActionResult> SendAndShowAsync(Guid id, ICommand command)
    {
        try
        {
            await mediator.Send(command, HttpContext.RequestAborted);
            return Redirect($"/privacy/verzoeken/{id}");
        }
        catch (RequestValidationException ex)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Details", new VerzoekDetailsViewModel(await ViewAsync(id), ex.Problems.Select(p => p.Message).ToList(), false));
        }
    }

    private Task<VerzoekDetails> ViewAsync(Guid id) => mediator.Send(new ViewVerzoek(id), HttpContext.RequestAborted).AsTask();

    internal static string StatusText(VerzoekStatus status) => status switch
    {
        VerzoekStatus.Ontvangen => "ontvangen",
        VerzoekStatus.InBehandeling => "in behandeling",
        VerzoekStatus.Afgehandeld => "afgehandeld",
        VerzoekStatus.Afgewezen => "afgewezen",
        _ => status.ToString(),
    };
}
