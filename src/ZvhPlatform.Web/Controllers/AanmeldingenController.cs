using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Partners;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Contracts.Regions;
using ZvhPlatform.Core.Features.Casework;
using ZvhPlatform.Core.Features.Persons;
using ZvhPlatform.Core.Persons;
using ZvhPlatform.Kernel.Entitlement;
using ZvhPlatform.Kernel.Modules;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Kernel.Tenancy;
using ZvhPlatform.Web.Models;
using ZvhPlatform.Web.Security;

namespace ZvhPlatform.Web.Controllers;

/// <summary>
/// Aanmeldingen: the bureau registers them, runs the bekendheidscheck and the triage; partner professionals
/// submit them through the secure form and follow their own.
/// </summary>
[Route("aanmeldingen")]
[RequireRegion]
public sealed class AanmeldingenController(IMediator mediator, ICurrentUser user) : Controller
{
    private const string ConflictMessage = "Iemand anders heeft deze aanmelding intussen gewijzigd; hieronder staat de huidige stand. Voer uw wijziging opnieuw uit.";

    /// <summary>The region's aanmeldingen still to triage (or all).</summary>
    [HttpGet("")]
    [RequirePermission(CorePermissions.AanmeldingenBehandelen)]
    public async Task<IActionResult> Index(bool afgehandeld = false) =>
        View(new AanmeldingListViewModel(await mediator.Send(new ListAanmeldingen(afgehandeld), HttpContext.RequestAborted), afgehandeld));

    /// <summary>The form for staff.</summary>
    [HttpGet("nieuw")]
    [RequirePermission(CorePermissions.AanmeldingenBehandelen)]
    public async Task<IActionResult> Create(AanmeldRoute? route) =>
        View("Form", await FormModelAsync(new AanmeldingForm { Route = route ?? AanmeldRoute.Convenantpartner, PersoonGeinformeerd = true }, true, []));

    /// <summary>Registers the aanmelding.</summary>
    [HttpPost("nieuw")]
    [RequirePermission(CorePermissions.AanmeldingenBehandelen)]
    public async Task<IActionResult> Create(AanmeldingForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = BindingErrors();
        if (errors.Count == 0)
        {
            try
            {
                var id = await mediator.Send(new RegisterAanmelding(form.ToInput()), HttpContext.RequestAborted);
                return Redirect($"/aanmeldingen/{id}");
            }
            catch (RequestValidationException ex)
            {
                errors.AddRange(ex.Problems.Select(p => p.Message).Distinct());
            }
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("Form", await FormModelAsync(form, true, errors));
    }

    /// <summary>The secure form for partner professionals.</summary>
    [HttpGet("formulier")]
    [RequirePermission(CorePermissions.AanmeldingenIndienen)]
    public async Task<IActionResult> Submit() => View("Form", await FormModelAsync(new AanmeldingForm { Route = AanmeldRoute.Formulier, PersoonGeinformeerd = true }, false, []));

    /// <summary>Submits the aanmelding; the partner then sees it in "Mijn aanmeldingen".</summary>
    [HttpPost("formulier")]
    [RequirePermission(CorePermissions.AanmeldingenIndienen)]
    public async Task<IActionResult> Submit(AanmeldingForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = BindingErrors();
        if (errors.Count == 0)
        {
            try
            {
                await mediator.Send(new SubmitAanmelding(form.ToInput()), HttpContext.RequestAborted);
                return Redirect("/aanmeldingen/mijn?ingediend=true");
            }
            catch (RequestValidationException ex)
            {
                errors.AddRange(ex.Problems.Select(p => p.Message).Distinct());
            }
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        form.Route = AanmeldRoute.Formulier;
        return View("Form", await FormModelAsync(form, false, errors));
    }

    /// <summary>The partner's own aanmeldingen with the status the ZVH reported back.</summary>
    [HttpGet("mijn")]
    [RequirePermission(CorePermissions.AanmeldingenIndienen)]
    public async Task<IActionResult> Mine(bool ingediend = false) =>
        View("Mine", new MyAanmeldingenViewModel(await mediator.Send(new ListMyAanmeldingen(), HttpContext.RequestAborted),
            ingediend ? "Uw aanmelding is ontvangen. Het Zorg- en Veiligheidshuis bespreekt haar in de integrale triage." : null));

    /// <summary>An aanmelding with its triage and case.</summary>
    [HttpGet("{id:guid}")]
    [RequirePermission(CorePermissions.AanmeldingenBehandelen)]
    public async Task<IActionResult> Details(Guid id) => View("Details", await PageModelAsync(id, null, null, []));

    /// <summary>The bekendheidscheck with the aanmelding's BSN, or name and date of birth: regional and national.</summary>
    [HttpGet("{id:guid}/bekendheidscheck")]
    [RequirePermission(CorePermissions.AanmeldingenBehandelen)]
    public async Task<IActionResult> KnownCheck(Guid id)
    {
        var details = await mediator.Send(new ViewAanmelding(id), HttpContext.RequestAborted);
        var a = details.Aanmelding;
        if (!user.HasPermission(CorePermissions.PersonenZoeken))
        {
            return await PageAsync(id, StatusCodes.Status403Forbidden, ["U mag het personenregister niet doorzoeken."]);
        }

        try
        {
            var naam = string.Join(' ', new[] { a.Voornamen, a.Achternaam }.Where(s => !string.IsNullOrWhiteSpace(s)));
            var local = await mediator.Send(new SearchPersons(a.Bsn, a.Bsn is null ? a.Achternaam : null, a.Bsn is null ? a.Geboortedatum : null,
                Purposes.Bekendheidscheck), HttpContext.RequestAborted);
            IReadOnlyList<NationalMatch>? national = null;
            if (a.Bsn is not null || a.Geboortedatum is not null)
            {
                national = await mediator.Send(new CheckKnownNationally(a.Bsn, a.Bsn is null ? naam : null, a.Bsn is null ? a.Geboortedatum : null,
                    Purposes.Bekendheidscheck), HttpContext.RequestAborted);
                if (a.Bsn is null && national.Count == 0)
                {
                    // The national check matches surname or full name; try the surname too.
                    national = await mediator.Send(new CheckKnownNationally(null, a.Achternaam, a.Geboortedatum, Purposes.Bekendheidscheck),
                        HttpContext.RequestAborted);
                }
            }

            return View("Details", await PageModelAsync(id, local, national, national is null
                ? ["Landelijk zoeken kan alleen met een BSN of een geboortedatum; vul die aan in de aanmelding als ze bekend zijn."]
                : []));
        }
        catch (RequestValidationException ex)
        {
            return await PageAsync(id, StatusCodes.Status422UnprocessableEntity, ex.Problems.Select(p => p.Message).Distinct().ToList());
        }
    }

    /// <summary>Links the aanmelding to a person found in the register.</summary>
    [HttpPost("{id:guid}/persoon")]
    [RequirePermission(CorePermissions.AanmeldingenBehandelen)]
    public Task<IActionResult> LinkPerson(Guid id, Guid persoon, long version) => ActAsync(id, new LinkAanmeldingPerson(id, persoon, version));

    /// <summary>Registers the person from the aanmelding's data and links them.</summary>
    [HttpPost("{id:guid}/persoon/nieuw")]
    [RequirePermission(CorePermissions.PersonenRegistreren)]
    public async Task<IActionResult> RegisterPerson(Guid id, long version)
    {
        try
        {
            await mediator.Send(new RegisterPersonFromAanmelding(id, version), HttpContext.RequestAborted);
            return Redirect($"/aanmeldingen/{id}");
        }
        catch (RequestValidationException ex)
        {
            return await PageAsync(id, StatusCodes.Status422UnprocessableEntity, ex.Problems.Select(p => p.Message).Distinct().ToList());
        }
        catch (DbUpdateConcurrencyException)
        {
            return await PageAsync(id, StatusCodes.Status409Conflict, [ConflictMessage]);
        }
    }

    /// <summary>The triage form.</summary>
    [HttpGet("{id:guid}/triage")]
    [RequirePermission(CorePermissions.AanmeldingenBehandelen)]
    public async Task<IActionResult> Triage(Guid id)
    {
        var details = await mediator.Send(new ViewAanmelding(id), HttpContext.RequestAborted);
        var today = DateOnly.FromDateTime(HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetLocalNow().DateTime);
        return View("Triage", new TriageViewModel(details, new TriageForm { Datum = today, Version = details.Aanmelding.Version }, []));
    }

    /// <summary>Records the triage; procesregie opens the case in the werkvoorraad.</summary>
    [HttpPost("{id:guid}/triage")]
    [RequirePermission(CorePermissions.AanmeldingenBehandelen)]
    public async Task<IActionResult> Triage(Guid id, TriageForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = BindingErrors();
        if (errors.Count == 0)
        {
            try
            {
                var caseId = await mediator.Send(form.ToCommand(id), HttpContext.RequestAborted);
                return Redirect(caseId is null ? $"/aanmeldingen/{id}" : "/werkvoorraad");
            }
            catch (RequestValidationException ex)
            {
                errors.AddRange(ex.Problems.Select(p => p.Message).Distinct());
            }
            catch (DbUpdateConcurrencyException)
            {
                var current = await mediator.Send(new ViewAanmelding(id), HttpContext.RequestAborted);
                Response.StatusCode = StatusCodes.Status409Conflict;
                form.Version = current.Aanmelding.Version;
                return View("Triage", new TriageViewModel(current, form, [ConflictMessage]));
            }
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("Triage", new TriageViewModel(await mediator.Send(new ViewAanmelding(id), HttpContext.RequestAborted), form, errors));
    }

    private async Task<IActionResult> ActAsync<T>(Guid id, T command) where T : ICommand
    {
        try
        {
            await mediator.Send(command, HttpContext.RequestAborted);
            return Redirect($"/aanmeldingen/{id}");
        }
        catch (RequestValidationException ex)
        {
            return await PageAsync(id, StatusCodes.Status422UnprocessableEntity, ex.Problems.Select(p => p.Message).Distinct().ToList());
        }
        catch (DbUpdateConcurrencyException)
        {
            return await PageAsync(id, StatusCodes.Status409Conflict, [ConflictMessage]);
        }
    }

    private async Task<IActionResult> PageAsync(Guid id, int status, IReadOnlyList<string> errors)
    {
        var model = await PageModelAsync(id, null, null, errors);
        Response.StatusCode = status;
        return View("Details", model);
    }

    private async Task<AanmeldingPageViewModel> PageModelAsync(Guid id, IReadOnlyList<PersonRow>? local, IReadOnlyList<NationalMatch>? national,
        IReadOnlyList<string> errors)
    {
        var details = await mediator.Send(new ViewAanmelding(id), HttpContext.RequestAborted);
        var sp = HttpContext.RequestServices;
        var catalog = sp.GetRequiredService<ModuleCatalog>();
        var extension = sp.GetServices<ICaseworkExtension>().FirstOrDefault(e => e.ModuleId == details.Aanmelding.ModuleId);
        return new AanmeldingPageViewModel(details, catalog.Find(details.Aanmelding.ModuleId)?.Manifest.DisplayName ?? details.Aanmelding.ModuleId,
            extension?.SubAanpakken.FirstOrDefault(s => s.Code == details.Aanmelding.SubAanpak)?.Naam ?? details.Aanmelding.SubAanpak,
            user.HasPermission(CorePermissions.PersonenRegistreren), local, national, errors);
    }

    private async Task<AanmeldingFormViewModel> FormModelAsync(AanmeldingForm form, bool staff, IReadOnlyList<string> errors)
    {
        var sp = HttpContext.RequestServices;
        var ct = HttpContext.RequestAborted;
        var today = DateOnly.FromDateTime(sp.GetRequiredService<TimeProvider>().GetLocalNow().DateTime);
        var region = sp.GetRequiredService<IRegionContext>().RequiredRegion;
        var enabled = await sp.GetRequiredService<IModuleEntitlement>().EnabledModulesAsync(region.Id, today, ct);
        var extensions = sp.GetServices<ICaseworkExtension>().ToList();
        var aanpakken = sp.GetRequiredService<ModuleCatalog>().Modules.Where(m => enabled.Contains(m.Manifest.Id))
            .Select(m => new AanpakOption(m.Manifest.Id, m.Manifest.DisplayName,
                extensions.FirstOrDefault(e => e.ModuleId == m.Manifest.Id)?.SubAanpakken ?? []))
            .OrderBy(a => a.Naam, StringComparer.CurrentCulture).ToList();
        var partners = staff ? await sp.GetRequiredService<IPartnerDirectory>().ActivePartnersAsync(ct) : [];
        var regios = staff ? (await sp.GetRequiredService<IRegionStore>().AllAsync(ct)).Where(r => r.Id != region.Id).OrderBy(r => r.Name).ToList() : [];
        var gemeenten = await sp.GetRequiredService<IRegionDirectory>().GemeentenAsync(ct);
        return new AanmeldingFormViewModel(form, staff, aanpakken, partners, gemeenten, regios, errors);
    }

    private List<string> BindingErrors() =>
        ModelState.Where(kv => kv.Value?.Errors.Count > 0).SelectMany(kv => kv.Value!.Errors.Select(e => e.ErrorMessage)).ToList();
}
