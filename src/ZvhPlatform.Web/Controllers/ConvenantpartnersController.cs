using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Partners;
using ZvhPlatform.Core.Contracts.Regions;
using ZvhPlatform.Core.Features.Partners;
using ZvhPlatform.Core.Partners;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Kernel.Web;
using ZvhPlatform.Web.Models;
using ZvhPlatform.Web.Security;

namespace ZvhPlatform.Web.Controllers;

/// <summary>The region's convenantpartners: which organisations, which convenant versions they signed, and their professionals.</summary>
[Route("beheer/partners")]
[RequirePermission(CorePermissions.PartnersInzien)]
[RequireRegion]
public sealed class ConvenantpartnersController(IMediator mediator, IRegionDirectory directory, ICurrentUser user) : Controller
{
    private bool CanManage => user.HasPermission(CorePermissions.PartnersBeheren);

    /// <summary>All partners with domain, type and signatures.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index() =>
        this.PartialOrFull("Index", new PartnersViewModel(await mediator.Send(new ListPartners(), HttpContext.RequestAborted), CanManage));

    /// <summary>Form for a new partner.</summary>
    [HttpGet("nieuw")]
    [RequirePermission(CorePermissions.PartnersBeheren)]
    public async Task<IActionResult> Create() => View("Form", await FormModelAsync(new PartnerForm(), []));

    /// <summary>Saves a new partner.</summary>
    [HttpPost("nieuw")]
    [RequirePermission(CorePermissions.PartnersBeheren)]
    public Task<IActionResult> Create(PartnerForm form) => SaveAsync(form, null);

    /// <summary>A partner's page.</summary>
    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id) => View("Details", await PageModelAsync(id, new(), new(), [], null));

    /// <summary>Form for changing a partner.</summary>
    [HttpGet("{id:guid}/bewerken")]
    [RequirePermission(CorePermissions.PartnersBeheren)]
    public async Task<IActionResult> Edit(Guid id) =>
        View("Form", await FormModelAsync(PartnerForm.From(await mediator.Send(new ViewPartner(id), HttpContext.RequestAborted)), []));

    /// <summary>Saves a change; a change by someone else in between is refused and shown.</summary>
    [HttpPost("{id:guid}/bewerken")]
    [RequirePermission(CorePermissions.PartnersBeheren)]
    public Task<IActionResult> Edit(Guid id, PartnerForm form) => SaveAsync(form, id);

    /// <summary>Records a signed version of the convenant or privacy protocol.</summary>
    [HttpPost("{id:guid}/ondertekeningen")]
    [RequirePermission(CorePermissions.PartnersBeheren)]
    public async Task<IActionResult> RecordSignature(Guid id, OndertekeningForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = BindingErrors();
        if (errors.Count == 0)
        {
            try
            {
                await mediator.Send(new RecordOndertekening(id, PartnerForm.Parse<ConvenantDocument>(form.Document), form.Versie, form.OndertekendOp,
                    form.OndertekendDoor), HttpContext.RequestAborted);
                return Redirect($"/beheer/partners/{id}");
            }
            catch (RequestValidationException ex)
            {
                errors.AddRange(ex.Problems.Select(p => p.Message));
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Details", await PageModelAsync(id, form, new(), errors, null));
    }

    /// <summary>Adds a professional to the partner.</summary>
    [HttpPost("{id:guid}/professionals")]
    [RequirePermission(CorePermissions.PartnersBeheren)]
    public async Task<IActionResult> AddProfessional(Guid id, ProfessionalForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        try
        {
            await mediator.Send(new AddProfessional(id, form.Naam, form.Email, form.Telefoon, form.Functie), HttpContext.RequestAborted);
            return Redirect($"/beheer/partners/{id}");
        }
        catch (RequestValidationException ex)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Details", await PageModelAsync(id, new(), form, ex.Problems.Select(p => p.Message).ToList(), null));
        }
    }

    /// <summary>Marks a professional as gone; their ketenpartner role in the region ends.</summary>
    [HttpPost("{id:guid}/professionals/{professionalId:guid}/deactiveren")]
    [RequirePermission(CorePermissions.PartnersBeheren)]
    public async Task<IActionResult> DeactivateProfessional(Guid id, Guid professionalId)
    {
        await mediator.Send(new DeactivateProfessional(id, professionalId), HttpContext.RequestAborted);
        return Redirect($"/beheer/partners/{id}");
    }

    /// <summary>Gives the professional an account with the ketenpartner role; a new password is shown once.</summary>
    [HttpPost("{id:guid}/professionals/{professionalId:guid}/account")]
    [RequirePermission(CorePermissions.PartnersBeheren)]
    [RequirePermission(CorePermissions.GebruikersBeheren)]
    public async Task<IActionResult> CreateAccount(Guid id, Guid professionalId)
    {
        try
        {
            var result = await mediator.Send(new CreateProfessionalAccount(id, professionalId), HttpContext.RequestAborted);
            var notice = result.NewAccount
                ? $"Account aangemaakt voor {result.Email} met de rol Ketenpartner-professional. Eenmalig wachtwoord: {result.InitialPassword} — geef dit veilig door; het wordt niet opnieuw getoond. Bij de eerste aanmelding koppelt de gebruiker een authenticator-app."
                : $"{result.Email} had al een account en heeft nu ook de rol Ketenpartner-professional in deze regio.";
            return View("Details", await PageModelAsync(id, new(), new(), [], notice));
        }
        catch (RequestValidationException ex)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Details", await PageModelAsync(id, new(), new(), ex.Problems.Select(p => p.Message).ToList(), null));
        }
    }

    private async Task<IActionResult> SaveAsync(PartnerForm form, Guid? id)
    {
        ArgumentNullException.ThrowIfNull(form);
        form.Id = id;
        var errors = BindingErrors();
        if (errors.Count == 0)
        {
            try
            {
                var saved = await mediator.Send(new SavePartner(id, form.Naam, PartnerForm.Parse<PartnerDomein>(form.Domein),
                    PartnerForm.Parse<PartnerType>(form.Type), form.GemeenteCode, form.Actief, form.Version), HttpContext.RequestAborted);
                return Redirect($"/beheer/partners/{saved}");
            }
            catch (RequestValidationException ex)
            {
                errors.AddRange(ex.Problems.Select(p => p.Message));
            }
            catch (DbUpdateConcurrencyException)
            {
                // Show what the other person saved next to the user's own input; nothing is overwritten.
                var current = await mediator.Send(new ViewPartner(id!.Value), HttpContext.RequestAborted);
                Response.StatusCode = StatusCodes.Status409Conflict;
                form.Version = current.Version;
                var message = "Iemand anders heeft deze convenantpartner intussen gewijzigd. Nu opgeslagen: " +
                              $"{current.Naam}, domein {PartnerNames.Of(current.Domein).ToLowerInvariant()}, {PartnerNames.Of(current.Type)}" +
                              $"{(current.GemeenteCode is null ? "" : $" ({current.GemeenteCode})")}, {(current.Actief ? "actief" : "niet actief")}. " +
                              "Uw invoer staat hieronder; controleer en sla opnieuw op.";
                return View("Form", await FormModelAsync(form, [message]));
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Form", await FormModelAsync(form, errors));
    }

    private List<string> BindingErrors() =>
        ModelState.Where(kv => kv.Value?.Errors.Count > 0).SelectMany(kv => kv.Value!.Errors.Select(e => e.ErrorMessage)).ToList();

    private async Task<PartnerFormViewModel> FormModelAsync(PartnerForm form, IReadOnlyList<string> errors) =>
        new(form, await directory.GemeentenAsync(HttpContext.RequestAborted), errors);

    private async Task<PartnerPageViewModel> PageModelAsync(Guid id, OndertekeningForm signature, ProfessionalForm professional,
        IReadOnlyList<string> errors, string? notice) =>
        new(await mediator.Send(new ViewPartner(id), HttpContext.RequestAborted), CanManage, signature, professional, errors, notice);
}
