using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Modules.PgaTafel.Features.Casussen;
using ZvhPlatform.Modules.PgaTafel.Features.Tafel;

namespace ZvhPlatform.Modules.PgaTafel;

/// <summary>The PGA-tafel pages: the table (members, meetings, caseload), its figures per municipality and its case screen with opschalen.</summary>
[Route("pgatafel")]
[Authorize(Policy = "perm:" + PgaTafelModule.Werken)]
public sealed class PgaTafelController(IMediator mediator, TimeProvider clock) : Controller
{
    /// <summary>Members, meeting schedule and caseload of the table.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index(bool oudLeden = false, string? na = null) =>
        await TafelViewAsync(oudLeden, new LidInvoer(null, null, null, null), [], StatusCodes.Status200OK, CaseCursor.Parse(na));

    /// <summary>Adds a member to the table.</summary>
    [HttpPost("leden")]
    public async Task<IActionResult> AddLid(string? naam, string? organisatie, string? rol, string? sinds)
    {
        var invoer = new LidInvoer(naam, organisatie, rol, sinds);
        try
        {
            await mediator.Send(new AddTafelLid(naam, organisatie, rol, ParseDate(sinds)), HttpContext.RequestAborted);
            return Redirect("/pgatafel");
        }
        catch (RequestValidationException ex)
        {
            return await TafelViewAsync(false, invoer, ex.Problems.Select(p => p.Message).Distinct().ToList(), StatusCodes.Status422UnprocessableEntity);
        }
    }

    /// <summary>Ends a membership on a last day.</summary>
    [HttpPost("leden/{id:guid}/beeindigen")]
    public async Task<IActionResult> EndLid(Guid id, string? tot, long version)
    {
        try
        {
            await mediator.Send(new EndTafelLid(id, ParseDate(tot), version), HttpContext.RequestAborted);
            return Redirect("/pgatafel");
        }
        catch (RequestValidationException ex)
        {
            return await TafelViewAsync(false, new LidInvoer(null, null, null, null), ex.Problems.Select(p => p.Message).Distinct().ToList(),
                StatusCodes.Status422UnprocessableEntity);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await TafelViewAsync(false, new LidInvoer(null, null, null, null),
                ["Iemand anders heeft dit lid intussen gewijzigd; hieronder staat de huidige stand. Uw wijziging is niet opgeslagen: voer die opnieuw in."],
                StatusCodes.Status409Conflict);
        }
    }

    /// <summary>Actieve, instroom en afgesloten casussen per gemeente in a period (default: this calendar year).</summary>
    [HttpGet("cijfers")]
    public async Task<IActionResult> Cijfers(string? van, string? tot)
    {
        var year = DateOnly.FromDateTime(clock.GetLocalNow().DateTime).Year;
        var from = string.IsNullOrWhiteSpace(van) ? new DateOnly(year, 1, 1) : ParseDate(van);
        var to = string.IsNullOrWhiteSpace(tot) ? new DateOnly(year, 12, 31) : ParseDate(tot);
        var vanText = van ?? Format(from);
        var totText = tot ?? Format(to);
        try
        {
            return View(new CijfersViewModel(vanText, totText, await mediator.Send(new ViewPgaCijfers(from, to), HttpContext.RequestAborted), []));
        }
        catch (RequestValidationException ex)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new CijfersViewModel(vanText, totText, null, ex.Problems.Select(p => p.Message).Distinct().ToList()));
        }
    }

    /// <summary>A case of the table: links to the core's case, plan and PGA monitor, and opschalen to CoVeCa / Top X.</summary>
    [HttpGet("casussen/{id:guid}")]
    public Task<IActionResult> Casus(Guid id) => CasusViewAsync(id, OpschalingInvoer.Leeg, [], StatusCodes.Status200OK);

    /// <summary>Escalates the case to CoVeCa / Top X: an aanmelding with route opschaling in the core.</summary>
    [HttpPost("casussen/{id:guid}/opschalen")]
    public async Task<IActionResult> Opschalen(Guid id, string? subAanpak, Guid? verwijzerPartnerId, string? hoofdonderwerp, string? reden,
        bool persoonGeinformeerd, string? nietGeinformeerdReden)
    {
        var invoer = new OpschalingInvoer(subAanpak, verwijzerPartnerId, hoofdonderwerp, reden, persoonGeinformeerd, nietGeinformeerdReden);
        try
        {
            await mediator.Send(new SchaalOp(id, subAanpak, verwijzerPartnerId, hoofdonderwerp, reden, persoonGeinformeerd, nietGeinformeerdReden),
                HttpContext.RequestAborted);
            return Redirect($"/pgatafel/casussen/{id}");
        }
        catch (RequestValidationException ex)
        {
            return await CasusViewAsync(id, invoer, ex.Problems.Select(p => p.Message).Distinct().ToList(), StatusCodes.Status422UnprocessableEntity);
        }
    }

    private async Task<IActionResult> TafelViewAsync(bool oudLeden, LidInvoer invoer, IReadOnlyList<string> errors, int status, CaseCursor? na = null)
    {
        var overzicht = await mediator.Send(new ViewTafel(oudLeden, na), HttpContext.RequestAborted);
        Response.StatusCode = status;
        return View("Index", new TafelViewModel(overzicht, invoer, errors));
    }

    private async Task<IActionResult> CasusViewAsync(Guid id, OpschalingInvoer invoer, IReadOnlyList<string> errors, int status)
    {
        var details = await mediator.Send(new ViewPgaTafelCase(id), HttpContext.RequestAborted);
        Response.StatusCode = status;
        return View("Casus", new PgaTafelCaseViewModel(details, invoer, errors));
    }

    private static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static string Format(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}

/// <summary>What was typed in the member form (kept when it is refused).</summary>
internal sealed record LidInvoer(string? Naam, string? Organisatie, string? Rol, string? Sinds);

/// <summary>The table page.</summary>
internal sealed record TafelViewModel(TafelOverzicht Overzicht, LidInvoer Invoer, IReadOnlyList<string> Errors);

/// <summary>The figures page; <see cref="Cijfers"/> is null when the period is invalid.</summary>
internal sealed record CijfersViewModel(string Van, string Tot, PgaCijfers? Cijfers, IReadOnlyList<string> Errors);

/// <summary>What was typed in the opschalen form (kept when it is refused).</summary>
internal sealed record OpschalingInvoer(string? SubAanpak, Guid? VerwijzerPartnerId, string? Hoofdonderwerp, string? Reden, bool PersoonGeinformeerd,
    string? NietGeinformeerdReden)
{
    public static OpschalingInvoer Leeg { get; } = new(null, null, null, null, true, null);
}

/// <summary>The case screen with the problems of the last submit.</summary>
internal sealed record PgaTafelCaseViewModel(PgaTafelCaseDetails Details, OpschalingInvoer Invoer, IReadOnlyList<string> Errors);
