using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Contracts.Regions;
using ZvhPlatform.Core.Features.Persons;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Kernel.Web;
using ZvhPlatform.Web.Models;
using ZvhPlatform.Web.Security;

namespace ZvhPlatform.Web.Controllers;

/// <summary>The region's person register: search, register, view and correct, always with a stated purpose.</summary>
[Route("personen")]
[RequirePermission(CorePermissions.PersonenZoeken)]
[RequireRegion]
public sealed class PersonenController(IMediator mediator, IRegionDirectory directory, ICurrentUser user) : Controller
{
    /// <summary>Search by BSN, by name (with date of birth) or alias. htmx requests get only the results.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index(string? bsn, string? naam, DateOnly? geboortedatum, string? doel)
    {
        var canRegister = user.HasPermission(CorePermissions.PersonenRegistreren);
        if (bsn is null && naam is null && geboortedatum is null)
        {
            return this.PartialOrFull("Index", new PersonSearchViewModel(null, null, null, doel, null, [], canRegister));
        }

        try
        {
            var rows = await mediator.Send(new SearchPersons(bsn, naam, geboortedatum, doel ?? ""), HttpContext.RequestAborted);
            return this.PartialOrFull("Index", new PersonSearchViewModel(bsn, naam, geboortedatum, doel, rows, [], canRegister));
        }
        catch (RequestValidationException ex)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return this.PartialOrFull("Index", new PersonSearchViewModel(bsn, naam, geboortedatum, doel, null,
                ex.Problems.Select(p => p.Message).ToList(), canRegister));
        }
    }

    /// <summary>
    /// The bekendheidscheck: known in this region (the register) and, nationally, at which other ZVH
    /// (only the fact and a contactpunt).
    /// </summary>
    [HttpGet("bekendheidscheck")]
    public async Task<IActionResult> KnownCheck(string? bsn, string? naam, DateOnly? geboortedatum)
    {
        if (bsn is null && naam is null && geboortedatum is null)
        {
            return View("Bekendheidscheck", new KnownCheckViewModel(null, null, null, null, null, []));
        }

        try
        {
            var local = await mediator.Send(new SearchPersons(bsn, naam, geboortedatum, Purposes.Bekendheidscheck), HttpContext.RequestAborted);
            var national = await mediator.Send(new CheckKnownNationally(bsn, naam, geboortedatum, Purposes.Bekendheidscheck), HttpContext.RequestAborted);
            return View("Bekendheidscheck", new KnownCheckViewModel(bsn, naam, geboortedatum, local, national, []));
        }
        catch (RequestValidationException ex)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Bekendheidscheck", new KnownCheckViewModel(bsn, naam, geboortedatum, null, null, ex.Problems.Select(p => p.Message).Distinct().ToList()));
        }
    }

    /// <summary>The register form.</summary>
    [HttpGet("nieuw")]
    [RequirePermission(CorePermissions.PersonenRegistreren)]
    public async Task<IActionResult> Create(string? doel) =>
        View("Form", new PersonFormViewModel(null, new PersonForm { Doel = doel ?? Purposes.Aanmelding }, await GemeentenAsync(), []));

    /// <summary>Registers a person and shows possible duplicates.</summary>
    [HttpPost("nieuw")]
    [RequirePermission(CorePermissions.PersonenRegistreren)]
    public async Task<IActionResult> Create(PersonForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = BindingErrors();
        if (errors.Count == 0)
        {
            try
            {
                var result = await mediator.Send(new RegisterPerson(form.ToInput(), form.Doel ?? ""), HttpContext.RequestAborted);
                var details = await mediator.Send(new ViewPerson(result.Id, form.Doel!), HttpContext.RequestAborted);
                return View("Details", new PersonPageViewModel(details, form.Doel!, result.PossibleDuplicates, true,
                    user.HasPermission(CorePermissions.CasussenWerken)));
            }
            catch (RequestValidationException ex)
            {
                errors.AddRange(ex.Problems.Select(p => p.Message));
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Form", new PersonFormViewModel(null, form, await GemeentenAsync(), errors));
    }

    /// <summary>A person's record; without a purpose the user states one first.</summary>
    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, string? doel)
    {
        if (!Purposes.IsKnown(doel))
        {
            return View("Purpose", id);
        }

        var details = await mediator.Send(new ViewPerson(id, doel!), HttpContext.RequestAborted);
        var cases = await mediator.Send(new Core.Features.Casework.ListCasesOfPerson(id), HttpContext.RequestAborted);
        return View("Details", new PersonPageViewModel(details, doel!, [], user.HasPermission(CorePermissions.PersonenRegistreren),
            user.HasPermission(CorePermissions.CasussenWerken), cases));
    }

    /// <summary>The correction form.</summary>
    [HttpGet("{id:guid}/bewerken")]
    [RequirePermission(CorePermissions.PersonenRegistreren)]
    public async Task<IActionResult> Edit(Guid id, string? doel)
    {
        var purpose = Purposes.IsKnown(doel) ? doel! : Purposes.Procesregie;
        var details = await mediator.Send(new ViewPerson(id, purpose), HttpContext.RequestAborted);
        return View("Form", new PersonFormViewModel(id, PersonForm.From(details, purpose), await GemeentenAsync(), []));
    }

    /// <summary>Saves a correction; a change by someone else in between is refused and shown.</summary>
    [HttpPost("{id:guid}/bewerken")]
    [RequirePermission(CorePermissions.PersonenRegistreren)]
    public async Task<IActionResult> Edit(Guid id, PersonForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = BindingErrors();
        if (errors.Count == 0)
        {
            try
            {
                await mediator.Send(new CorrectPerson(id, form.ToInput(), form.Version, form.Doel ?? ""), HttpContext.RequestAborted);
                return Redirect($"/personen/{id}?doel={Uri.EscapeDataString(form.Doel!)}");
            }
            catch (RequestValidationException ex)
            {
                errors.AddRange(ex.Problems.Select(p => p.Message));
            }
            catch (DbUpdateConcurrencyException)
            {
                var current = await mediator.Send(new ViewPerson(id, form.Doel!), HttpContext.RequestAborted);
                Response.StatusCode = StatusCodes.Status409Conflict;
                form.Version = current.Version;
                errors.Add($"Iemand anders heeft deze persoon intussen gewijzigd (nu: {current.Naam}, geboren {current.Input.Geboortedatum:dd-MM-yyyy}, " +
                           $"adres {current.Input.Adres} {current.Input.Woonplaats}). Uw invoer staat hieronder; controleer en sla opnieuw op.");
                return View("Form", new PersonFormViewModel(id, form, await GemeentenAsync(), errors));
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Form", new PersonFormViewModel(id, form, await GemeentenAsync(), errors));
    }

    private List<string> BindingErrors() =>
        ModelState.Where(kv => kv.Value?.Errors.Count > 0).SelectMany(kv => kv.Value!.Errors.Select(e => e.ErrorMessage)).ToList();

    private Task<IReadOnlyList<GemeenteInfo>> GemeentenAsync() => directory.GemeentenAsync(HttpContext.RequestAborted);
}
