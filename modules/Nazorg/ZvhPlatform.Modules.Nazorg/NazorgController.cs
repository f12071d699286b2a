using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Regions;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Modules.Nazorg.Data;
using ZvhPlatform.Modules.Nazorg.Features.Meldingen;

namespace ZvhPlatform.Modules.Nazorg;

/// <summary>The nazorg coordinator's pages: dashboard, DJI meldingen (entry and import) and the melding with its nazorg.</summary>
[Route("nazorg")]
[Authorize(Policy = "perm:" + NazorgModule.Werken)]
public sealed class NazorgController(IMediator mediator, IRegionDirectory regions, TimeProvider clock) : Controller
{
    /// <summary>Who is released in the next 14 days with open basisvoorwaarden, and the region's meldingen.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index(bool afgesloten = false, string? na = null) =>
        View(await mediator.Send(new ListNazorg(afgesloten, CaseCursor.Parse(na)), HttpContext.RequestAborted));

    /// <summary>The entry form for a DJI melding.</summary>
    [HttpGet("meldingen/nieuw")]
    public async Task<IActionResult> Nieuw() => View("Nieuw", await NieuwModelAsync(null, []));

    /// <summary>Registers the melding; a municipality outside the contract is refused (422) or parked, as the region chose.</summary>
    [HttpPost("meldingen/nieuw")]
    public async Task<IActionResult> Registreer(string? bsn, string? voornamen, string? achternaam, string? geboortedatum, string? gemeenteCode,
        string? inrichting, string? detentieStart, string? verwachteOntslagdatum, bool zelfmelder, string? ontvangenOp)
    {
        var invoer = new MeldingInvoer(bsn, voornamen, achternaam, ParseDate(geboortedatum), gemeenteCode, inrichting, ParseDate(detentieStart),
            ParseDate(verwachteOntslagdatum), zelfmelder, ParseDate(ontvangenOp));
        try
        {
            var result = await mediator.Send(new RegisterMelding(invoer), HttpContext.RequestAborted);
            return Redirect($"/nazorg/meldingen/{result.Id}");
        }
        catch (RequestValidationException ex)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Nieuw", await NieuwModelAsync(invoer, ex.Problems.Select(p => p.Message).Distinct().ToList()));
        }
    }

    /// <summary>The import form for a batch of DJI meldingen (CSV).</summary>
    [HttpGet("import")]
    public IActionResult Import() => View("Import", new NazorgImportViewModel(null, null));

    /// <summary>Checks the whole file; with any problem nothing is written and every problem is listed by line (422).</summary>
    [HttpPost("import")]
    [RequestSizeLimit(NazorgImportFormaat.MaximumBytes + 1024 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = NazorgImportFormaat.MaximumBytes + 1024 * 1024)]
    public async Task<IActionResult> Importeer(IFormFile? bestand)
    {
        byte[] inhoud = [];
        if (bestand is not null)
        {
            using var buffer = new MemoryStream();
            await bestand.CopyToAsync(buffer, HttpContext.RequestAborted);
            inhoud = buffer.ToArray();
        }

        NazorgImportResultaat result;
        try
        {
            result = await mediator.Send(new ImportMeldingen(bestand?.FileName ?? "", inhoud), HttpContext.RequestAborted);
        }
        catch (RequestValidationException ex)
        {
            result = new NazorgImportResultaat(0, 0, 0, ex.Problems.Select(p => new NazorgImportFout(0, p.Message)).ToList());
        }

        if (!result.Gelukt)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return View("Import", new NazorgImportViewModel(result, bestand?.FileName));
    }

    /// <summary>A melding with consent, basisvoorwaarden, release, trajectbegeleiding, fasehuis, article 18b and closing.</summary>
    [HttpGet("meldingen/{id:guid}")]
    public Task<IActionResult> Melding(Guid id) => MeldingViewAsync(id, [], StatusCodes.Status200OK);

    /// <summary>Takes a parked melding on (<c>aannemen</c>) or turns it down.</summary>
    [HttpPost("meldingen/{id:guid}/beslissing")]
    public Task<IActionResult> Beslis(Guid id, string? beslissing, long version) =>
        ActAsync(id, new BeslisGeparkeerd(id, beslissing == "aannemen", version));

    /// <summary>Records consent (<c>ja</c>) or refusal (<c>nee</c>) with its date.</summary>
    [HttpPost("meldingen/{id:guid}/toestemming")]
    public Task<IActionResult> Toestemming(Guid id, string? toestemming, string? datum, long version) =>
        ActAsync(id, new RecordToestemming(id, toestemming switch { "ja" => true, "nee" => false, _ => null }, ParseDate(datum), version));

    /// <summary>Saves the five basisvoorwaarden of the phase (<c>voor</c> or <c>na</c> release).</summary>
    [HttpPost("meldingen/{id:guid}/basisvoorwaarden/{fase:regex(^(voor|na)$)}")]
    public Task<IActionResult> Basisvoorwaarden(Guid id, string fase, long version)
    {
        var voorwaarden = NazorgNamen.Soorten.Select(s => new VoorwaardeInvoer(s,
                Enum.TryParse<VoorwaardeStatus>(Request.Form[$"status_{s}"].ToString(), out var st) && Enum.IsDefined(st) ? st : null,
                Request.Form[$"verantwoordelijke_{s}"].ToString(), ParseDate(Request.Form[$"datum_{s}"].ToString())))
            .ToList();
        return ActAsync(id, new SaveBasisvoorwaarden(id, fase == "voor" ? Fase.VoorOntslag : Fase.NaOntslag, voorwaarden, version));
    }

    /// <summary>Records the release from detention.</summary>
    [HttpPost("meldingen/{id:guid}/ontslag")]
    public Task<IActionResult> Ontslag(Guid id, string? datum, long version) => ActAsync(id, new RecordOntslag(id, ParseDate(datum), version));

    /// <summary>Records trajectbegeleiding and a fasehuis placement.</summary>
    [HttpPost("meldingen/{id:guid}/traject")]
    public Task<IActionResult> Traject(Guid id, string? trajectbegeleider, string? reden, string? vanaf, string? tot, string? fasehuis, string? fasehuisVanaf,
        string? fasehuisTot, long version) =>
        ActAsync(id, new SaveTraject(id, new TrajectInvoer(trajectbegeleider, reden, ParseDate(vanaf), ParseDate(tot), fasehuis, ParseDate(fasehuisVanaf),
            ParseDate(fasehuisTot)), version));

    /// <summary>Records an article 18b exchange with its legal basis.</summary>
    [HttpPost("meldingen/{id:guid}/informatie18b")]
    public Task<IActionResult> Informatie18b(Guid id, string? datum, string? richting, string? grondslag, string? omschrijving, long version) =>
        ActAsync(id, new RecordInformatie18b(id, ParseDate(datum), Enum.TryParse<Richting18b>(richting, out var r) && Enum.IsDefined(r) ? r : null,
            grondslag, omschrijving, version));

    /// <summary>Escalates to procesregie (CoVeCa) through an aanmelding with route Opschaling.</summary>
    [HttpPost("meldingen/{id:guid}/opschalen")]
    public Task<IActionResult> Opschalen(Guid id, string? subAanpak, Guid? verwijzer, string? reden, string? hoofdonderwerp, bool geinformeerd,
        string? nietGeinformeerdReden, long version) =>
        ActAsync(id, new SchaalOp(id, subAanpak, verwijzer, reden, hoofdonderwerp, geinformeerd, nietGeinformeerdReden, version));

    /// <summary>Closes the melding with a reason.</summary>
    [HttpPost("meldingen/{id:guid}/afsluiten")]
    public Task<IActionResult> Afsluiten(Guid id, string? datum, string? reden, long version) =>
        ActAsync(id, new CloseMelding(id, ParseDate(datum), reden, version));

    private async Task<IActionResult> ActAsync(Guid id, object command)
    {
        try
        {
            await mediator.Send(command, HttpContext.RequestAborted);
            return Redirect($"/nazorg/meldingen/{id}");
        }
        catch (RequestValidationException ex)
        {
            return await MeldingViewAsync(id, ex.Problems.Select(p => p.Message).Distinct().ToList(), StatusCodes.Status422UnprocessableEntity);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await MeldingViewAsync(id,
                ["Iemand anders heeft deze melding intussen gewijzigd; hieronder staat de huidige stand. Uw wijziging is niet opgeslagen: voer die opnieuw in."],
                StatusCodes.Status409Conflict);
        }
    }

    private async Task<IActionResult> MeldingViewAsync(Guid id, IReadOnlyList<string> errors, int status)
    {
        var details = await mediator.Send(new ViewMelding(id), HttpContext.RequestAborted);
        Response.StatusCode = status;
        return View("Melding", new MeldingViewModel(details, errors, DateOnly.FromDateTime(clock.GetLocalNow().DateTime)));
    }

    private async Task<NieuweMeldingViewModel> NieuwModelAsync(MeldingInvoer? invoer, IReadOnlyList<string> errors)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var alle = await regions.GemeentenAsync(HttpContext.RequestAborted);
        var contract = (await regions.GemeentenWithModuleAsync(NazorgModule.Id, today, HttpContext.RequestAborted)).Select(g => g.CbsCode).ToHashSet();
        return new NieuweMeldingViewModel(invoer, alle.Select(g => (g, contract.Contains(g.CbsCode))).ToList(), errors, today);
    }

    internal static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}

/// <summary>The entry form: what was entered, the region's municipalities (with whether they bought nazorg today) and the problems.</summary>
internal sealed record NieuweMeldingViewModel(MeldingInvoer? Invoer, IReadOnlyList<(GemeenteInfo Gemeente, bool Contract)> Gemeenten,
    IReadOnlyList<string> Errors, DateOnly Vandaag);

/// <summary>The import page with the result of the last upload.</summary>
internal sealed record NazorgImportViewModel(NazorgImportResultaat? Resultaat, string? Bestandsnaam);

/// <summary>The melding page with the problems of the last submit.</summary>
internal sealed record MeldingViewModel(MeldingDetails Details, IReadOnlyList<string> Errors, DateOnly Vandaag);
