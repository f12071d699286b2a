using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Partners;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Features.Casework;
using ZvhPlatform.Core.Features.Persons;
using ZvhPlatform.Kernel.Entitlement;
using ZvhPlatform.Kernel.Modules;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Kernel.Tenancy;
using ZvhPlatform.Kernel.Web;
using ZvhPlatform.Web.Models;
using ZvhPlatform.Web.Security;

namespace ZvhPlatform.Web.Controllers;

/// <summary>Cases of every aanpak: open one for a person, see it (need-to-know), participants, closing, emergency access.</summary>
[Route("casussen")]
[RequireRegion]
public sealed class CasussenController(IMediator mediator, ICurrentUser user) : Controller
{
    /// <summary>The cases the user may see, 20 per page, filtered by status and aanpak; htmx requests get only the results.</summary>
    [HttpGet("")]
    [RequirePermission(CorePermissions.CasussenWerken, CorePermissions.CasussenDeelnemen)]
    public async Task<IActionResult> Index(string? status, string? aanpak, string? na, bool afgesloten = false)
    {
        var filter = Enum.TryParse<CasusStatus>(status, ignoreCase: true, out var s) && Enum.IsDefined(s) ? s : (CasusStatus?)null;
        var page = await mediator.Send(new ListCases(filter, string.IsNullOrWhiteSpace(aanpak) ? null : aanpak, na, afgesloten), HttpContext.RequestAborted);
        var model = new CaseListViewModel(page, filter, aanpak, afgesloten, user.HasPermission(CorePermissions.CasussenDeelnemen), []);
        Response.Headers.Append("Vary", "HX-Request");
        return HtmxResults.WantsPartial(Request) ? PartialView("_CaseResults", model) : View("Index", model);
    }

    /// <summary>A case; "not found" for anyone without need-to-know.</summary>
    [HttpGet("{id:guid}")]
    [RequirePermission(CorePermissions.CasussenWerken, CorePermissions.CasussenDeelnemen)]
    public async Task<IActionResult> Details(Guid id) => View(await CaseModelAsync(id, []));

    /// <summary>The form to open a case for a person: aanpak and purpose from the privacy protocol in force.</summary>
    [HttpGet("nieuw")]
    [RequirePermission(CorePermissions.CasussenWerken)]
    public async Task<IActionResult> Create(Guid persoon) => View("Create", await NewCaseModelAsync(persoon, []));

    /// <summary>Opens the case.</summary>
    [HttpPost("nieuw")]
    [RequirePermission(CorePermissions.CasussenWerken)]
    public async Task<IActionResult> Create(Guid persoon, string? keuze)
    {
        var parts = (keuze ?? "").Split('|', 2);
        try
        {
            var id = await mediator.Send(new OpenCase(parts[0], persoon, parts.Length > 1 ? parts[1] : ""), HttpContext.RequestAborted);
            return Redirect($"/casussen/{id}");
        }
        catch (RequestValidationException ex)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Create", await NewCaseModelAsync(persoon, ex.Problems.Select(p => p.Message).Distinct().ToList()));
        }
    }

    /// <summary>Adds a partner professional to the case.</summary>
    [HttpPost("{id:guid}/deelnemers")]
    [RequirePermission(CorePermissions.CasussenWerken)]
    public Task<IActionResult> AddParticipant(Guid id, string? email, Guid? namens, bool vast = false) =>
        ActAsync(id, new AddParticipant(id, email ?? "", namens, vast));

    /// <summary>Removes a participant; their access ends with their next request.</summary>
    [HttpPost("{id:guid}/deelnemers/{participantId:guid}/verwijderen")]
    [RequirePermission(CorePermissions.CasussenWerken)]
    public Task<IActionResult> RemoveParticipant(Guid id, Guid participantId) => ActAsync(id, new RemoveParticipant(id, participantId));

    /// <summary>Closes the case with a reason and a closing evaluation, once the aanpak's closing criteria pass.</summary>
    [HttpPost("{id:guid}/afsluiten")]
    [RequirePermission(CorePermissions.CasussenWerken)]
    public Task<IActionResult> Close(Guid id, string? reden, string? evaluatie, long version) => ActAsync(id, new CloseCase(id, reden ?? "", evaluatie, version));

    /// <summary>Reopens a closed or afgeschaald case with a reason.</summary>
    [HttpPost("{id:guid}/heropenen")]
    [RequirePermission(CorePermissions.CasussenWerken)]
    public Task<IActionResult> Reopen(Guid id, string? reden, long version) => ActAsync(id, new ReopenCase(id, reden, version));

    /// <summary>Op- of afschalen.</summary>
    [HttpPost("{id:guid}/schalen")]
    [RequirePermission(CorePermissions.CasussenWerken)]
    public Task<IActionResult> Scale(Guid id, SchaalNiveau? naar, string? ontvanger, string? toelichting, long version) =>
        ActAsync(id, new ScaleCase(id, naar, ontvanger, toelichting, version));

    /// <summary>Assigns or changes the procesregisseur.</summary>
    [HttpPost("{id:guid}/procesregisseur")]
    [RequirePermission(CorePermissions.CasussenWerken)]
    public Task<IActionResult> AssignProcesregisseur(Guid id, Guid? procesregisseur, long version) =>
        ActAsync(id, new AssignProcesregisseur(id, procesregisseur ?? Guid.Empty, version));

    /// <summary>Records the partner holding the case (casushouder).</summary>
    [HttpPost("{id:guid}/casushouder")]
    [RequirePermission(CorePermissions.CasussenWerken)]
    public Task<IActionResult> SetCasushouder(Guid id, Guid? partner, long version) => ActAsync(id, new SetCasushouder(id, partner, version));

    /// <summary>Emergency access for a partner professional, with a mandatory reason.</summary>
    [HttpPost("doorbreken")]
    [RequirePermission(CorePermissions.CasussenDeelnemen)]
    public async Task<IActionResult> BreakGlass(string? kenmerk, string? reden)
    {
        try
        {
            var id = await mediator.Send(new BreakGlass(kenmerk ?? "", reden ?? ""), HttpContext.RequestAborted);
            return Redirect($"/casussen/{id}");
        }
        catch (RequestValidationException ex)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Index", new CaseListViewModel(await mediator.Send(new ListCases(null, null, null), HttpContext.RequestAborted), null, null, false,
                true, ex.Problems.Select(p => p.Message).ToList()));
        }
    }

    private async Task<IActionResult> ActAsync<T>(Guid id, T command) where T : ICommand
    {
        try
        {
            await mediator.Send(command, HttpContext.RequestAborted);
            return Redirect($"/casussen/{id}");
        }
        catch (RequestValidationException ex)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Details", await CaseModelAsync(id, ex.Problems.Select(p => p.Message).Distinct().ToList()));
        }
        catch (DbUpdateConcurrencyException)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View("Details", await CaseModelAsync(id,
                ["Iemand anders heeft deze casus intussen gewijzigd; hieronder staat de huidige stand. Voer uw wijziging opnieuw uit."]));
        }
    }

    private async Task<CaseViewModel> CaseModelAsync(Guid id, IReadOnlyList<string> errors)
    {
        var details = await mediator.Send(new ViewCase(id), HttpContext.RequestAborted);
        var canWork = user.HasPermission(CorePermissions.CasussenWerken);
        if (!canWork)
        {
            return new CaseViewModel(details, false, errors);
        }

        var sp = HttpContext.RequestServices;
        return new CaseViewModel(details, true, errors)
        {
            Partners = await sp.GetRequiredService<IPartnerDirectory>().ActivePartnersAsync(HttpContext.RequestAborted),
            Regisseurs = await mediator.Send(new ListProcesregisseurs(), HttpContext.RequestAborted),
        };
    }

    private async Task<NewCaseViewModel> NewCaseModelAsync(Guid personId, IReadOnlyList<string> errors)
    {
        var sp = HttpContext.RequestServices;
        var person = await mediator.Send(new ViewPerson(personId, Purposes.Procesregie), HttpContext.RequestAborted);
        var today = DateOnly.FromDateTime(sp.GetRequiredService<TimeProvider>().GetLocalNow().DateTime);
        var protocol = await sp.GetRequiredService<IPrivacyProtocol>().InForceOnAsync(today, HttpContext.RequestAborted);
        var regionId = sp.GetRequiredService<IRegionContext>().RequiredRegion.Id;
        var enabled = await sp.GetRequiredService<IModuleEntitlement>().EnabledModulesAsync(regionId, today, HttpContext.RequestAborted);
        var catalog = sp.GetRequiredService<ModuleCatalog>();
        var options = (protocol?.Doelen ?? [])
            .Where(d => enabled.Contains(d.ModuleId))
            .Select(d => new CasePurposeOption($"{d.ModuleId}|{d.Doel}", $"{catalog.Find(d.ModuleId)?.Manifest.DisplayName ?? d.ModuleId}: {d.Doel} ({d.Grondslag})"))
            .ToList();
        return new NewCaseViewModel(personId, person.Naam, options, errors);
    }
}
