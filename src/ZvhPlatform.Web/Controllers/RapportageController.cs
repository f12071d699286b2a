using System.Globalization;
using System.Text;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Features.Rapportage;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Kernel.Web;
using ZvhPlatform.Web.Models;
using ZvhPlatform.Web.Security;

namespace ZvhPlatform.Web.Controllers;

/// <summary>Management information per aanpak: tables and charts, CSV and Excel, a printable factsheet per municipality, and the report settings.</summary>
[Route("rapportage")]
[RequireRegion]
public sealed class RapportageController(IMediator mediator, TimeProvider clock) : Controller
{
    /// <summary>The report with its filters; htmx swaps only the results when a filter changes.</summary>
    [HttpGet("")]
    [RequirePermission(CorePermissions.RapportageInzien)]
    public async Task<IActionResult> Index([FromQuery] RapportageForm form)
    {
        var model = await ModelAsync(form);
        if (model.Fouten.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return HtmxResults.WantsPartial(Request) && Request.Headers["HX-Target"] == "rapport"
            ? this.PartialOrFull("_Rapport", model)
            : View("Index", model);
    }

    /// <summary>The report as CSV (semicolon separated).</summary>
    [HttpGet("export.csv")]
    [RequirePermission(CorePermissions.RapportageInzien)]
    public async Task<IActionResult> Csv([FromQuery] RapportageForm form)
    {
        var rapport = await RapportAsync(form);
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(RapportExport.Csv(rapport))).ToArray(), "text/csv; charset=utf-8",
            Bestandsnaam(rapport, "csv"));
    }

    /// <summary>The report as an Excel workbook, one sheet per table.</summary>
    [HttpGet("export.xlsx")]
    [RequirePermission(CorePermissions.RapportageInzien)]
    public async Task<IActionResult> Xlsx([FromQuery] RapportageForm form)
    {
        var rapport = await RapportAsync(form);
        return File(RapportExport.Xlsx(rapport), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Bestandsnaam(rapport, "xlsx"));
    }

    /// <summary>A printable factsheet for one municipality.</summary>
    [HttpGet("factsheet")]
    [RequirePermission(CorePermissions.RapportageInzien)]
    public async Task<IActionResult> Factsheet([FromQuery] RapportageForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (string.IsNullOrWhiteSpace(form.Gemeente))
        {
            throw new RequestValidationException([new ValidationProblem("Gemeente", "Kies een gemeente voor de factsheet.")]);
        }

        var keuzes = await mediator.Send(new RapportageKeuzes(), HttpContext.RequestAborted);
        var rapport = await RapportAsync(form);
        var naam = keuzes.Gemeenten.FirstOrDefault(g => g.CbsCode == form.Gemeente)?.Name ?? form.Gemeente;
        return View("Factsheet", new FactsheetViewModel(naam, rapport));
    }

    /// <summary>The settings: duration buckets and minimum cell size.</summary>
    [HttpGet("instellingen")]
    [RequirePermission(CorePermissions.RapportageBeheren)]
    public async Task<IActionResult> Instellingen()
    {
        var keuzes = await mediator.Send(new RapportageKeuzes(), HttpContext.RequestAborted);
        var i = keuzes.Instellingen;
        return View("Instellingen", new RapportageInstellingenForm
        {
            DoorlooptijdGrenzen = string.Join(",", i.DoorlooptijdGrenzen), MinimumCelgrootte = i.MinimumCelgrootte, Version = i.Version,
        });
    }

    /// <summary>Saves the settings; a change by someone else in between is refused.</summary>
    [HttpPost("instellingen")]
    [RequirePermission(CorePermissions.RapportageBeheren)]
    public async Task<IActionResult> Instellingen(RapportageInstellingenForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        try
        {
            await mediator.Send(new SaveRapportageInstelling(form.DoorlooptijdGrenzen, ModelState.IsValid ? form.MinimumCelgrootte : null, form.Version),
                HttpContext.RequestAborted);
            return Redirect("/rapportage/instellingen?opgeslagen=1");
        }
        catch (RequestValidationException ex)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            form.Fouten = ex.Problems.Select(p => p.Message).ToList();
            return View("Instellingen", form);
        }
        catch (DbUpdateConcurrencyException)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            var keuzes = await mediator.Send(new RapportageKeuzes(), HttpContext.RequestAborted);
            var i = keuzes.Instellingen;
            return View("Instellingen", new RapportageInstellingenForm
            {
                DoorlooptijdGrenzen = string.Join(",", i.DoorlooptijdGrenzen), MinimumCelgrootte = i.MinimumCelgrootte, Version = i.Version,
                Fouten = [$"Iemand anders heeft de instellingen intussen gewijzigd (nu: grenzen {string.Join(",", i.DoorlooptijdGrenzen)}, minimale celgrootte {i.MinimumCelgrootte}). Uw wijziging is niet opgeslagen; voer haar zo nodig opnieuw in."],
            });
        }
    }

    private static string Bestandsnaam(Rapport rapport, string extensie) =>
        string.Create(CultureInfo.InvariantCulture, $"rapportage-{rapport.Filter.ModuleId}-{rapport.Filter.Van:yyyyMMdd}-{rapport.Filter.Tot:yyyyMMdd}.{extensie}");

    private async Task<Rapport> RapportAsync(RapportageForm form)
    {
        var keuzes = await mediator.Send(new RapportageKeuzes(), HttpContext.RequestAborted);
        var (van, tot) = Periode(form);
        return await mediator.Send(new ViewRapportage(form.Module ?? keuzes.Modules.FirstOrDefault().Id ?? "", form.SubAanpak, van, tot,
            NullIfEmpty(form.District), NullIfEmpty(form.Gemeente)), HttpContext.RequestAborted);
    }

    private async Task<RapportageViewModel> ModelAsync(RapportageForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var keuzes = await mediator.Send(new RapportageKeuzes(), HttpContext.RequestAborted);
        form.Module ??= keuzes.Modules.FirstOrDefault().Id;
        var (van, tot) = Periode(form);
        form.Van = van;
        form.Tot = tot;
        if (!ModelState.IsValid)
        {
            return new RapportageViewModel(form, keuzes, null, ["Vul geldige datums in (dag-maand-jaar)."]);
        }

        try
        {
            var rapport = await mediator.Send(new ViewRapportage(form.Module ?? "", form.SubAanpak, van, tot, NullIfEmpty(form.District), NullIfEmpty(form.Gemeente)),
                HttpContext.RequestAborted);
            return new RapportageViewModel(form, keuzes, rapport, []);
        }
        catch (RequestValidationException ex)
        {
            return new RapportageViewModel(form, keuzes, null, ex.Problems.Select(p => p.Message).Distinct().ToList());
        }
    }

    private (DateOnly Van, DateOnly Tot) Periode(RapportageForm form)
    {
        if (form.Van is { } van && form.Tot is { } tot)
        {
            return (van, tot);
        }

        var jaar = form.Jaar ?? clock.GetLocalNow().Year - 1;
        return (new DateOnly(jaar, 1, 1), new DateOnly(jaar, 12, 31));
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
