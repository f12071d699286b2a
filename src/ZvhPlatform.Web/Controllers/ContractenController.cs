using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Regions;
using ZvhPlatform.Core.Features.Contracts;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Kernel.Web;
using ZvhPlatform.Web.Models;
using ZvhPlatform.Web.Security;

namespace ZvhPlatform.Web.Controllers;

/// <summary>The functioneel beheerder's contract screens: which modules the region uses, where and when.</summary>
[Route("beheer/contracten")]
[RequirePermission(CorePermissions.ContractenInzien)]
[RequireRegion]
public sealed class ContractenController(IMediator mediator, IRegionDirectory directory, TimeProvider clock) : Controller
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>All contracts of the region.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index() =>
        this.PartialOrFull("Index", await mediator.Send(new ListContracts(Today), HttpContext.RequestAborted));

    /// <summary>Who changed what and when.</summary>
    [HttpGet("historie")]
    public async Task<IActionResult> History(Guid? contractId) =>
        this.PartialOrFull("History", await mediator.Send(new ContractHistory(contractId), HttpContext.RequestAborted));

    /// <summary>Form for a new contract.</summary>
    [HttpGet("nieuw")]
    [RequirePermission(CorePermissions.ContractenBeheren)]
    public async Task<IActionResult> Create() =>
        View("Form", await FormModelAsync(new ContractForm { ValidFrom = Today }, [], false));

    /// <summary>Saves a new contract.</summary>
    [HttpPost("nieuw")]
    [RequirePermission(CorePermissions.ContractenBeheren)]
    public Task<IActionResult> Create(ContractForm form) => SaveAsync(form, null);

    /// <summary>Form for changing a contract.</summary>
    [HttpGet("{id:guid}/bewerken")]
    [RequirePermission(CorePermissions.ContractenBeheren)]
    public async Task<IActionResult> Edit(Guid id)
    {
        var overview = await mediator.Send(new ListContracts(Today), HttpContext.RequestAborted);
        var row = overview.Contracts.SingleOrDefault(c => c.Id == id);
        if (row is null)
        {
            return NotFound();
        }

        return View("Form", await FormModelAsync(FormOf(row), [], false));
    }

    /// <summary>Saves a change; a change by someone else in between is refused and shown.</summary>
    [HttpPost("{id:guid}/bewerken")]
    [RequirePermission(CorePermissions.ContractenBeheren)]
    public Task<IActionResult> Edit(Guid id, ContractForm form) => SaveAsync(form, id);

    /// <summary>Ends a contract on a date.</summary>
    [HttpPost("{id:guid}/beeindigen")]
    [RequirePermission(CorePermissions.ContractenBeheren)]
    public async Task<IActionResult> End(Guid id, DateOnly? lastDay, long version)
    {
        if (!ModelState.IsValid)
        {
            throw new RequestValidationException([new ValidationProblem("lastDay", "Vul een geldige laatste dag in.")]);
        }

        await mediator.Send(new EndContract(id, lastDay, version), HttpContext.RequestAborted);
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> SaveAsync(ContractForm form, Guid? id)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = ModelState.Where(kv => kv.Value?.Errors.Count > 0).SelectMany(kv => kv.Value!.Errors.Select(e => e.ErrorMessage)).ToList();
        if (errors.Count == 0)
        {
            try
            {
                await mediator.Send(new SaveContract(id, form.ModuleId ?? "", form.Kind, form.ValidFrom, form.ValidTo, form.GemeenteCodes,
                    form.Note, form.Version), HttpContext.RequestAborted);
                return RedirectToAction(nameof(Index));
            }
            catch (RequestValidationException ex)
            {
                errors.AddRange(ex.Problems.Select(p => p.Message));
            }
            catch (DbUpdateConcurrencyException)
            {
                // Show what the other person saved next to the user's own input; nothing is overwritten.
                var overview = await mediator.Send(new ListContracts(Today), HttpContext.RequestAborted);
                var current = overview.Contracts.SingleOrDefault(c => c.Id == id);
                Response.StatusCode = StatusCodes.Status409Conflict;
                var message = current is null
                    ? "Dit contract bestaat niet meer."
                    : $"Iemand anders heeft dit contract intussen gewijzigd. Nu opgeslagen: {current.Kind.ToString().ToLowerInvariant()}, " +
                      $"van {current.ValidFrom:dd-MM-yyyy} tot {(current.ValidTo is { } t ? t.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture) : "open")}, " +
                      $"gemeenten: {(current.Gemeenten.Count == 0 ? "hele regio" : string.Join(", ", current.Gemeenten))}. " +
                      "Uw invoer staat hieronder; controleer en sla opnieuw op.";
                form.Version = current?.Version ?? form.Version;
                return View("Form", await FormModelAsync(form, [message], true));
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Form", await FormModelAsync(form, errors, false));
    }

    private static ContractForm FormOf(ContractRow row) =>
        new()
        {
            Id = row.Id,
            ModuleId = row.ModuleId,
            Kind = row.Kind,
            ValidFrom = row.ValidFrom,
            ValidTo = row.ValidTo,
            GemeenteCodes = [.. row.GemeenteCodes],
            Note = row.Note,
            Version = row.Version,
        };

    private async Task<ContractFormViewModel> FormModelAsync(ContractForm form, IReadOnlyList<string> errors, bool conflict)
    {
        var overview = await mediator.Send(new ListContracts(Today), HttpContext.RequestAborted);
        var gemeenten = await directory.GemeentenAsync(HttpContext.RequestAborted);
        return new ContractFormViewModel(form, overview.Modules.Select(m => (m.Id, m.DisplayName)).ToList(), gemeenten, errors, conflict);
    }
}
