using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Features.Acties;
using ZvhPlatform.Core.Features.Casusoverleg;
using ZvhPlatform.Kernel.Entitlement;
using ZvhPlatform.Kernel.Modules;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Kernel.Tenancy;
using ZvhPlatform.Kernel.Web;
using ZvhPlatform.Web.Models;
using ZvhPlatform.Web.Security;

namespace ZvhPlatform.Web.Controllers;

/// <summary>Casusoverleg: plan a meeting with a generated agenda, invite who may attend, and capture decisions and actions live.</summary>
[Route("overleggen")]
[RequireRegion]
[RequirePermission(CorePermissions.CasusoverlegWerken)]
public sealed class OverleggenController(IMediator mediator, ModuleCatalog catalog, IModuleEntitlement entitlement, IRegionContext region, TimeProvider clock)
    : Controller
{
    /// <summary>The region's meetings.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(new OverlegListViewModel(await mediator.Send(new ListOverleggen(), HttpContext.RequestAborted)));

    /// <summary>The form to plan a meeting.</summary>
    [HttpGet("nieuw")]
    public async Task<IActionResult> Create() =>
        View(new NewOverlegViewModel("Casusoverleg", null, clock.GetLocalNow().Date.AddDays(7).AddHours(10).ToString("yyyy-MM-ddTHH:mm",
            System.Globalization.CultureInfo.InvariantCulture), null, await ModulesAsync(), []));

    /// <summary>Plans the meeting and generates its agenda.</summary>
    [HttpPost("nieuw")]
    public async Task<IActionResult> Create(string? titel, string? moduleId, DateTime? aanvang, string? locatie)
    {
        try
        {
            var id = await mediator.Send(new PlanOverleg(titel, moduleId, aanvang, locatie), HttpContext.RequestAborted);
            return Redirect($"/overleggen/{id}");
        }
        catch (RequestValidationException ex)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new NewOverlegViewModel(titel, moduleId, Request.Form["aanvang"], locatie, await ModulesAsync(),
                ex.Problems.Select(p => p.Message).ToList()));
        }
    }

    /// <summary>The meeting: agenda, attendees, decisions, actions and minutes.</summary>
    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id) =>
        View(new OverlegViewModel(await mediator.Send(new ViewOverleg(id), HttpContext.RequestAborted), []));

    /// <summary>Puts a case on the agenda.</summary>
    [HttpPost("{id:guid}/agenda")]
    public Task<IActionResult> AddCase(Guid id, string? kenmerk) => ActAsync(id, new AddAgendaCase(id, kenmerk));

    /// <summary>Takes a case off the agenda.</summary>
    [HttpPost("{id:guid}/agenda/{itemId:guid}/verwijderen")]
    public Task<IActionResult> RemoveCase(Guid id, Guid itemId) => ActAsync(id, new RemoveAgendaItem(id, itemId));

    /// <summary>Moves an agenda item up.</summary>
    [HttpPost("{id:guid}/agenda/{itemId:guid}/omhoog")]
    public Task<IActionResult> MoveUp(Guid id, Guid itemId) => ActAsync(id, new MoveAgendaItem(id, itemId, true));

    /// <summary>Moves an agenda item down.</summary>
    [HttpPost("{id:guid}/agenda/{itemId:guid}/omlaag")]
    public Task<IActionResult> MoveDown(Guid id, Guid itemId) => ActAsync(id, new MoveAgendaItem(id, itemId, false));

    /// <summary>Whether the person was invited (and if not, why) and the notes of the item.</summary>
    [HttpPost("{id:guid}/agenda/{itemId:guid}")]
    public Task<IActionResult> RecordItem(Guid id, Guid itemId, bool persoonUitgenodigd, string? nietUitgenodigdReden, string? notities) =>
        ActAsync(id, new RecordAgendapunt(id, itemId, persoonUitgenodigd, nietUitgenodigdReden, notities));

    /// <summary>Captures a decision; htmx appends the returned row under the item.</summary>
    [HttpPost("{id:guid}/agenda/{itemId:guid}/besluiten")]
    public async Task<IActionResult> CaptureDecision(Guid id, Guid itemId, string? tekst)
    {
        try
        {
            var row = await mediator.Send(new CaptureBesluit(id, itemId, tekst), HttpContext.RequestAborted);
            return HtmxResults.WantsPartial(Request) ? PartialView("_BesluitRij", new BesluitRowViewModel(row)) : Redirect($"/overleggen/{id}#punt-{itemId}");
        }
        catch (RequestValidationException ex)
        {
            return await RefusedAsync(id, $"#fout-besluit-{itemId}", ex);
        }
    }

    /// <summary>Captures an action on the item's case; htmx appends the returned row under the item.</summary>
    [HttpPost("{id:guid}/agenda/{itemId:guid}/acties")]
    public async Task<IActionResult> CaptureAction(Guid id, Guid itemId, Guid casusId, string? omschrijving, string? eigenaarOrganisatie, Guid? eigenaarUserId,
        DateOnly? deadline)
    {
        try
        {
            var row = await mediator.Send(new CreateActie(casusId, id, omschrijving, eigenaarOrganisatie, eigenaarUserId, deadline), HttpContext.RequestAborted);
            return HtmxResults.WantsPartial(Request)
                ? PartialView("_ActieRij", new ActieRowViewModel(row, false, false))
                : Redirect($"/overleggen/{id}#punt-{itemId}");
        }
        catch (RequestValidationException ex)
        {
            return await RefusedAsync(id, $"#fout-actie-{itemId}", ex);
        }
    }

    /// <summary>Invites a user of the region who may see the agenda's cases.</summary>
    [HttpPost("{id:guid}/deelnemers")]
    public Task<IActionResult> AddAttendee(Guid id, Guid? userId) => ActAsync(id, new AddAttendee(id, userId));

    /// <summary>Invites an incidental participant (only with a valid geheimhoudingsverklaring).</summary>
    [HttpPost("{id:guid}/deelnemers/incidenteel")]
    public Task<IActionResult> AddIncidental(Guid id, string? naam, string? organisatie, string? email) =>
        ActAsync(id, new AddIncidentalAttendee(id, naam, organisatie, email));

    /// <summary>Records presence or absence of an attendee.</summary>
    [HttpPost("{id:guid}/deelnemers/{deelnemerId:guid}/aanwezig")]
    public Task<IActionResult> Attendance(Guid id, Guid deelnemerId, bool aanwezig) => ActAsync(id, new MarkAttendance(id, deelnemerId, aanwezig));

    /// <summary>Saves the minutes, and with "sluiten" records the meeting as held.</summary>
    [HttpPost("{id:guid}/notulen")]
    public async Task<IActionResult> Minutes(Guid id, string? notulen, bool sluiten, long version)
    {
        try
        {
            await mediator.Send(new SaveNotulen(id, notulen, sluiten, version), HttpContext.RequestAborted);
            return Redirect($"/overleggen/{id}");
        }
        catch (RequestValidationException ex)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Details", new OverlegViewModel(await mediator.Send(new ViewOverleg(id), HttpContext.RequestAborted),
                ex.Problems.Select(p => p.Message).ToList(), notulen));
        }
        catch (DbUpdateConcurrencyException)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View("Details", new OverlegViewModel(await mediator.Send(new ViewOverleg(id), HttpContext.RequestAborted),
                ["Iemand anders heeft de notulen intussen opgeslagen. Hieronder staan de huidige notulen en, in het invoerveld, uw eigen tekst. " +
                 "Voeg ze samen en sla opnieuw op."], notulen));
        }
    }

    private async Task<IActionResult> ActAsync<T>(Guid id, T command) where T : ICommand
    {
        try
        {
            await mediator.Send(command, HttpContext.RequestAborted);
            return Redirect($"/overleggen/{id}");
        }
        catch (RequestValidationException ex)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Details", new OverlegViewModel(await mediator.Send(new ViewOverleg(id), HttpContext.RequestAborted),
                ex.Problems.Select(p => p.Message).ToList()));
        }
    }

    /// <summary>htmx: the messages go into the item's error area (422, swapped by site.js); otherwise the page with the messages.</summary>
    private async Task<IActionResult> RefusedAsync(Guid id, string errorTarget, RequestValidationException ex)
    {
        var messages = ex.Problems.Select(p => p.Message).ToList();
        if (HtmxResults.WantsPartial(Request))
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            Response.Headers["HX-Retarget"] = errorTarget;
            Response.Headers["HX-Reswap"] = "innerHTML";
            return PartialView("_Errors", (IReadOnlyList<string>)messages);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Details", new OverlegViewModel(await mediator.Send(new ViewOverleg(id), HttpContext.RequestAborted), messages));
    }

    private async Task<IReadOnlyList<ModuleOption>> ModulesAsync()
    {
        var enabled = await entitlement.EnabledModulesAsync(region.RequiredRegion.Id, DateOnly.FromDateTime(clock.GetLocalNow().DateTime),
            HttpContext.RequestAborted);
        var compartments = HttpContext.RequestServices.GetRequiredService<Core.Casework.Compartments>();
        return catalog.Modules.Where(m => enabled.Contains(m.Manifest.Id) && !compartments.IsClosed(m.Manifest.Id))
            .Select(m => new ModuleOption(m.Manifest.Id, m.Manifest.DisplayName)).ToList();
    }
}
