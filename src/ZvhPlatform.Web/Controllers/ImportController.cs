using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Features.Import;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Kernel.Web;
using ZvhPlatform.Web.Models;
using ZvhPlatform.Web.Security;

namespace ZvhPlatform.Web.Controllers;

/// <summary>Migrating cases from another system: upload a JSON file (format version 1), checked completely before anything is written, run as a background job.</summary>
[Route("import")]
[RequirePermission(CorePermissions.ImportUitvoeren)]
[RequireRegion]
public sealed class ImportController(IMediator mediator) : Controller
{
    /// <summary>The upload form and the recent imports.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index() =>
        View("Index", new ImportViewModel(await mediator.Send(new ListImports(), HttpContext.RequestAborted), [], null));

    /// <summary>Checks the file; with problems nothing is written and every problem is listed by line (422); otherwise the job starts.</summary>
    [HttpPost("")]
    [RequestSizeLimit(StartImportValidator.MaximumBytes + 1024 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = StartImportValidator.MaximumBytes + 1024 * 1024)]
    public async Task<IActionResult> Upload(IFormFile? bestand)
    {
        byte[] inhoud = [];
        if (bestand is not null)
        {
            using var buffer = new MemoryStream();
            await bestand.CopyToAsync(buffer, HttpContext.RequestAborted);
            inhoud = buffer.ToArray();
        }

        IReadOnlyList<ImportFout> fouten;
        try
        {
            var result = await mediator.Send(new StartImport(bestand?.FileName ?? "", inhoud), HttpContext.RequestAborted);
            if (result.OpdrachtId is { } id)
            {
                return Redirect($"/import/{id}");
            }

            fouten = result.Fouten;
        }
        catch (RequestValidationException ex)
        {
            fouten = ex.Problems.Select(p => new ImportFout(0, p.Message)).ToList();
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("Index", new ImportViewModel(await mediator.Send(new ListImports(), HttpContext.RequestAborted), fouten,
            "Het bestand is niet geïmporteerd: er is niets opgeslagen. Los de problemen hieronder op en probeer het opnieuw."));
    }

    /// <summary>One import: progress bar while it runs, the result report when done.</summary>
    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id) => View("Details", await mediator.Send(new ViewImport(id), HttpContext.RequestAborted));

    /// <summary>The progress fragment htmx polls every second until the import is done.</summary>
    [HttpGet("{id:guid}/voortgang")]
    public async Task<IActionResult> Voortgang(Guid id) => this.PartialOrFull("_Voortgang", await mediator.Send(new ViewImport(id), HttpContext.RequestAborted));
}
