using System.Globalization;
using System.Text;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Features.Contracts;
using ZvhPlatform.Core.Features.Rapportage;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Web.Models;
using ZvhPlatform.Web.Security;

namespace ZvhPlatform.Web.Controllers;

/// <summary>The contract and invoicing view of the plustaken: who bought what for which period, and the work per municipality, with CSV and Excel.</summary>
[Route("beheer/contracten/facturatie")]
[RequirePermission(CorePermissions.FacturatieInzien)]
[RequireRegion]
public sealed class FacturatieController(IMediator mediator, TimeProvider clock) : Controller
{
    /// <summary>The view for a period (default: the previous calendar year, the usual invoicing period).</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index(string? van, string? tot)
    {
        var (from, to, errors) = Periode(van, tot);
        if (errors.Count == 0)
        {
            try
            {
                var model = await mediator.Send(new ViewFacturatie(from, to), HttpContext.RequestAborted);
                return View("Index", new FacturatieViewModel(van ?? Datum(from), tot ?? Datum(to), model, []));
            }
            catch (RequestValidationException ex)
            {
                errors.AddRange(ex.Problems.Select(p => p.Message));
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Index", new FacturatieViewModel(van ?? "", tot ?? "", null, errors));
    }

    /// <summary>The view as CSV (semicolon separated, as Dutch Excel expects).</summary>
    [HttpGet("export.csv")]
    public async Task<IActionResult> Csv(string? van, string? tot)
    {
        var rapport = await RapportAsync(van, tot);
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(RapportExport.Csv(rapport))).ToArray(), "text/csv; charset=utf-8",
            Bestandsnaam(rapport, "csv"));
    }

    /// <summary>The view as an Excel workbook, one sheet per plustaak.</summary>
    [HttpGet("export.xlsx")]
    public async Task<IActionResult> Xlsx(string? van, string? tot)
    {
        var rapport = await RapportAsync(van, tot);
        return File(RapportExport.Xlsx(rapport), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Bestandsnaam(rapport, "xlsx"));
    }

    private async Task<Rapport> RapportAsync(string? van, string? tot)
    {
        var (from, to, errors) = Periode(van, tot);
        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors.Select(e => new ValidationProblem("periode", e)).ToList());
        }

        return (await mediator.Send(new ViewFacturatie(from, to), HttpContext.RequestAborted)).AlsRapport();
    }

    private (DateOnly? Van, DateOnly? Tot, List<string> Errors) Periode(string? van, string? tot)
    {
        var errors = new List<string>();
        var lastYear = DateOnly.FromDateTime(clock.GetLocalNow().DateTime).Year - 1;
        DateOnly? from = new DateOnly(lastYear, 1, 1);
        DateOnly? to = new DateOnly(lastYear, 12, 31);
        if (!string.IsNullOrWhiteSpace(van))
        {
            from = Parse(van);
            if (from is null)
            {
                errors.Add("Vul bij 'van' een geldige datum in (jjjj-mm-dd).");
            }
        }

        if (!string.IsNullOrWhiteSpace(tot))
        {
            to = Parse(tot);
            if (to is null)
            {
                errors.Add("Vul bij 'tot en met' een geldige datum in (jjjj-mm-dd).");
            }
        }

        return (from, to, errors);
    }

    private static DateOnly? Parse(string value) =>
        DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static string Datum(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string Bestandsnaam(Rapport rapport, string extensie) =>
        $"facturatie-plustaken-{rapport.Filter.Van.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}-{rapport.Filter.Tot.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}.{extensie}";
}
