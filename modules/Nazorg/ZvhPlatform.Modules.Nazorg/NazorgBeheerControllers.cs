using System.Globalization;
using System.Text;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Modules.Nazorg.Features.Instellingen;
using ZvhPlatform.Modules.Nazorg.Features.Rapportage;

namespace ZvhPlatform.Modules.Nazorg;

/// <summary>The nazorg figures per municipality and period, on screen and as CSV.</summary>
[Route("nazorg/rapportage")]
[Authorize(Policy = "perm:" + NazorgModule.RapportageInzien)]
public sealed class NazorgRapportageController(IMediator mediator) : Controller
{
    /// <summary>The figures for the period (default: this calendar year).</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index(string? van, string? tot)
    {
        try
        {
            return View("Rapportage", new NazorgRapportViewModel(
                await mediator.Send(new ViewNazorgRapport(NazorgController.ParseDate(van), NazorgController.ParseDate(tot)), HttpContext.RequestAborted), []));
        }
        catch (RequestValidationException ex)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Rapportage", new NazorgRapportViewModel(
                await mediator.Send(new ViewNazorgRapport(null, null), HttpContext.RequestAborted), ex.Problems.Select(p => p.Message).ToList()));
        }
    }

    /// <summary>The same figures as CSV (semicolon-separated, UTF-8 with BOM for Excel).</summary>
    [HttpGet("csv")]
    public async Task<IActionResult> Csv(string? van, string? tot)
    {
        var rapport = await mediator.Send(new ViewNazorgRapport(NazorgController.ParseDate(van), NazorgController.ParseDate(tot)), HttpContext.RequestAborted);
        var csv = new StringBuilder();
        csv.AppendLine(string.Join(';', new[] { "gemeente", "cbs-code", "instroom", "actieve casuïstiek", "vrijgelaten" }
            .Concat(NazorgNamen.Soorten.Select(s => "bij ontslag voldaan: " + NazorgNamen.Naam(s)))
            .Concat(["bij ontslag alle vijf voldaan", "vrijgelaten met onbekend onderdak"])));
        foreach (var r in rapport.Gemeenten.Append(rapport.Totaal))
        {
            csv.AppendLine(string.Join(';', new[] { Escape(r.Gemeente), r.GemeenteCode, N(r.Instroom), N(r.Actief), N(r.Vrijgelaten) }
                .Concat(NazorgNamen.Soorten.Select(s => N(r.VoldaanBijOntslag[s])))
                .Concat([N(r.AllesVoldaanBijOntslag), N(r.OnderdakOnbekend)])));
        }

        var name = $"nazorg-{rapport.Van:yyyyMMdd}-{rapport.Tot:yyyyMMdd}.csv";
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), "text/csv; charset=utf-8", name);
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Escape(string value) => value.Contains(';', StringComparison.Ordinal) || value.Contains('"', StringComparison.Ordinal)
        ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
        : value;
}

/// <summary>The functioneel beheerder's choice for meldingen outside the contract.</summary>
[Route("nazorg/instellingen")]
[Authorize(Policy = "perm:" + NazorgModule.Beheren)]
public sealed class NazorgInstellingenController(IMediator mediator) : Controller
{
    /// <summary>The setting.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index() =>
        View("Instellingen", new NazorgInstellingViewModel(await mediator.Send(new ViewNazorgInstelling(), HttpContext.RequestAborted), [], false));

    /// <summary>Saves the setting (<c>parkeren</c> or <c>weigeren</c>).</summary>
    [HttpPost("")]
    public async Task<IActionResult> Save(string? buitenContract, long version)
    {
        if (buitenContract is not ("parkeren" or "weigeren"))
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Instellingen", new NazorgInstellingViewModel(await mediator.Send(new ViewNazorgInstelling(), HttpContext.RequestAborted),
                ["Kies of meldingen buiten het contract worden geweigerd of geparkeerd."], false));
        }

        try
        {
            await mediator.Send(new SaveNazorgInstelling(buitenContract == "parkeren", version), HttpContext.RequestAborted);
            return View("Instellingen", new NazorgInstellingViewModel(await mediator.Send(new ViewNazorgInstelling(), HttpContext.RequestAborted), [], true));
        }
        catch (DbUpdateConcurrencyException)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View("Instellingen", new NazorgInstellingViewModel(await mediator.Send(new ViewNazorgInstelling(), HttpContext.RequestAborted),
                ["Iemand anders heeft de instelling intussen gewijzigd; hieronder staat de huidige stand. Uw keuze is niet opgeslagen."], false));
        }
    }
}

/// <summary>The report page.</summary>
internal sealed record NazorgRapportViewModel(NazorgRapport Rapport, IReadOnlyList<string> Errors);

/// <summary>The settings page.</summary>
internal sealed record NazorgInstellingViewModel(NazorgInstellingView Instelling, IReadOnlyList<string> Errors, bool Opgeslagen);
