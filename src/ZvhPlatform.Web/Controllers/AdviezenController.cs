using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Features.Advies;
using ZvhPlatform.Core.Features.Persons;
using ZvhPlatform.Kernel.Entitlement;
using ZvhPlatform.Kernel.Modules;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Kernel.Tenancy;
using ZvhPlatform.Web.Models;
using ZvhPlatform.Web.Security;

namespace ZvhPlatform.Web.Controllers;

/// <summary>Advies &amp; consultatie: uitgebreid advies, short advice (named or anonymous) and informatieknooppunt contacts, counted per period.</summary>
[Route("adviezen")]
[RequireRegion]
[RequirePermission(CorePermissions.AdviezenWerken)]
public sealed class AdviezenController(IMediator mediator, TimeProvider clock) : Controller
{
    /// <summary>The advice of a period (default: this year so far) with the count per kind, and the form.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index(DateOnly? van, DateOnly? tot, Guid? persoon, string? kenmerk)
    {
        var form = new AdviesForm
        {
            Datum = Today(), Persoon = persoon, Kenmerk = kenmerk,
            Soort = persoon is not null ? Core.Contracts.Casework.AdviesSoort.Kort
                : kenmerk is not null ? Core.Contracts.Casework.AdviesSoort.Uitgebreid : Core.Contracts.Casework.AdviesSoort.Kort,
        };
        return await PageAsync(van, tot, form, [], StatusCodes.Status200OK);
    }

    /// <summary>Records the advice.</summary>
    [HttpPost("")]
    public async Task<IActionResult> Register([FromForm] AdviesForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        try
        {
            await mediator.Send(new RegisterAdvies(form.Soort, form.Datum, form.Kenmerk, form.Persoon, form.Anoniem, form.ModuleId, form.VragerOrganisatie ?? "",
                form.Kanaal ?? "", form.Vraag ?? "", form.Antwoord ?? ""), HttpContext.RequestAborted);
            return Redirect("/adviezen");
        }
        catch (RequestValidationException ex)
        {
            return await PageAsync(null, null, form, ex.Problems.Select(p => p.Message).Distinct().ToList(), StatusCodes.Status400BadRequest);
        }
    }

    private async Task<IActionResult> PageAsync(DateOnly? van, DateOnly? tot, AdviesForm form, IReadOnlyList<string> errors, int status)
    {
        var today = Today();
        var overzicht = await mediator.Send(new ListAdviezen(van ?? new DateOnly(today.Year, 1, 1), tot ?? today), HttpContext.RequestAborted);
        string? naam = null;
        if (form.Persoon is { } personId && !form.Anoniem)
        {
            naam = (await mediator.Send(new ViewPerson(personId, Purposes.Procesregie), HttpContext.RequestAborted)).Naam;
        }

        var sp = HttpContext.RequestServices;
        var regionId = sp.GetRequiredService<IRegionContext>().RequiredRegion.Id;
        var enabled = await sp.GetRequiredService<IModuleEntitlement>().EnabledModulesAsync(regionId, today, HttpContext.RequestAborted);
        var modules = sp.GetRequiredService<ModuleCatalog>().Modules.Where(m => enabled.Contains(m.Manifest.Id) && !m.Manifest.Compartment)
            .Select(m => new ModuleOption(m.Manifest.Id, m.Manifest.DisplayName)).ToList();
        Response.StatusCode = status;
        return View("Index", new AdviesPageViewModel(overzicht, form, naam, modules, errors));
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
