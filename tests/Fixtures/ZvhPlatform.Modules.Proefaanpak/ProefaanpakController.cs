using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Kernel.Entitlement;
using ZvhPlatform.Kernel.Tenancy;
using ZvhPlatform.Modules.Proefaanpak.Data;

namespace ZvhPlatform.Modules.Proefaanpak;

/// <summary>The fixture module's page: the region's notes, and adding one for a resident of a municipality.</summary>
[Route("proefaanpak")]
[Authorize(Policy = "perm:" + ProefaanpakModule.Werken)]
public sealed class ProefaanpakController : Controller
{
    /// <summary>The notes of the current region.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var db = HttpContext.RequestServices.GetRequiredService<ProefaanpakDbContext>();
        var notes = await db.Notities.AsNoTracking().OrderBy(n => n.Tekst).Select(n => n.Tekst).ToListAsync(HttpContext.RequestAborted);
        return View(notes);
    }

    /// <summary>Adds a note; refused for a municipality outside the contract (or outside its period).</summary>
    [HttpPost("")]
    public async Task<IActionResult> Add(string? tekst, string? gemeenteCode)
    {
        var sp = HttpContext.RequestServices;
        if (string.IsNullOrWhiteSpace(tekst) || string.IsNullOrWhiteSpace(gemeenteCode) || tekst.Length > 500)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Content("Vul een tekst (maximaal 500 tekens) en een gemeente in.");
        }

        var region = sp.GetRequiredService<IRegionContext>().RequiredRegion;
        var today = DateOnly.FromDateTime(sp.GetRequiredService<TimeProvider>().GetLocalNow().DateTime);
        var decision = await sp.GetRequiredService<IModuleEntitlement>()
            .CheckMunicipalityAsync(region.Id, ProefaanpakModule.Id, gemeenteCode, today, HttpContext.RequestAborted);
        if (!decision.Allowed)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Content(decision.Reason ?? "Deze gemeente neemt de proefaanpak niet af.");
        }

        var db = sp.GetRequiredService<ProefaanpakDbContext>();
        db.Notities.Add(new Notitie { Tekst = tekst.Trim(), GemeenteCode = gemeenteCode });
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToAction(nameof(Index));
    }
}
