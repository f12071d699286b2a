using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Modules.CoVeCa.Data;
using ZvhPlatform.Modules.CoVeCa.Features.Casussen;

namespace ZvhPlatform.Modules.CoVeCa;

/// <summary>The CoVeCa / Top X pages: the region's cases per sub-aanpak and the module's case screen.</summary>
[Route("coveca")]
[Authorize(Policy = "perm:" + CoVeCaModule.Werken)]
public sealed class CoVeCaController(IMediator mediator) : Controller
{
    /// <summary>The region's CoVeCa cases the user may see, per sub-aanpak; with <paramref name="subaanpak"/> one of them, page by page.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index(bool afgesloten = false, string? subaanpak = null, string? na = null) =>
        await mediator.Send(new ListCoVeCaCases(afgesloten, subaanpak, na), HttpContext.RequestAborted) is { } list ? View(list) : NotFound();

    /// <summary>A case: sub-aanpak, placement on the Top X list, selection and closing checklists.</summary>
    [HttpGet("casussen/{id:guid}")]
    public async Task<IActionResult> Casus(Guid id) => await CasusViewAsync(id, [], StatusCodes.Status200OK);

    /// <summary>Records who placed the person on the Top X list, and when.</summary>
    [HttpPost("casussen/{id:guid}/plaatsing")]
    public Task<IActionResult> Plaats(Guid id, string? subAanpak, Guid partnerId, string? geplaatstOp, long version) =>
        ActAsync(id, new PlaatsOpTopXLijst(id, subAanpak ?? "", partnerId, ParseDate(geplaatstOp), version));

    /// <summary>Saves the selection (<c>selectie</c>) or closing (<c>afsluiting</c>) checklist of the case.</summary>
    [HttpPost("casussen/{id:guid}/{lijst:regex(^(selectie|afsluiting)$)}")]
    public Task<IActionResult> Checklist(Guid id, string lijst, long version)
    {
        var soort = lijst == "selectie" ? CriteriumSoort.Selectie : CriteriumSoort.Afsluiting;
        var answers = Request.Form.Keys
            .Where(k => k.StartsWith("voldaan_", StringComparison.Ordinal) && Guid.TryParse(k["voldaan_".Length..], out _))
            .Select(k => Guid.Parse(k["voldaan_".Length..]))
            .Select(c => new ChecklistInvoer(c, Request.Form[$"voldaan_{c}"].ToString() switch { "ja" => true, "nee" => false, _ => null },
                Request.Form[$"toelichting_{c}"].ToString()))
            .ToList();
        return ActAsync(id, new SaveChecklist(id, soort, answers, version));
    }

    private async Task<IActionResult> ActAsync<T>(Guid id, T command) where T : ICommand
    {
        try
        {
            await mediator.Send(command, HttpContext.RequestAborted);
            return Redirect($"/coveca/casussen/{id}");
        }
        catch (RequestValidationException ex)
        {
            return await CasusViewAsync(id, ex.Problems.Select(p => p.Message).Distinct().ToList(), StatusCodes.Status422UnprocessableEntity);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await CasusViewAsync(id,
                ["Iemand anders heeft de CoVeCa-gegevens van deze casus intussen gewijzigd; hieronder staat de huidige stand. Uw wijziging is niet opgeslagen: voer die opnieuw in."],
                StatusCodes.Status409Conflict);
        }
    }

    private async Task<IActionResult> CasusViewAsync(Guid id, IReadOnlyList<string> errors, int status)
    {
        var details = await mediator.Send(new ViewCoVeCaCase(id), HttpContext.RequestAborted);
        Response.StatusCode = status;
        return View("Casus", new CoVeCaCaseViewModel(details, errors));
    }

    private static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}

/// <summary>The case screen with the problems of the last submit.</summary>
internal sealed record CoVeCaCaseViewModel(CoVeCaCaseDetails Details, IReadOnlyList<string> Errors);

/// <summary>One checklist on the case screen.</summary>
internal sealed record ChecklistViewModel(Guid CaseId, string Lijst, string Titel, IReadOnlyList<ChecklistRegel> Regels, DateOnly? IngevuldOp, long Version, bool Open);
