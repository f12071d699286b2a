using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZvhPlatform.Kernel.Web;
using ZvhPlatform.Web.Models;

namespace ZvhPlatform.Web.Controllers;

/// <summary>Error pages: a Dutch explanation and nothing internal.</summary>
[AllowAnonymous]
[Route("fout")]
[IgnoreAntiforgeryToken]
public sealed class FoutController : Controller
{
    /// <summary>Unhandled errors.</summary>
    [Route("")]
    public IActionResult Index() => Show(StatusCodes.Status500InternalServerError);

    /// <summary>Status code pages (404, 403, 400, ...).</summary>
    [Route("{code:int}")]
    public IActionResult Status(int code) => Show(code is >= 400 and < 600 ? code : 404);

    private IActionResult Show(int code)
    {
        var (title, message) = code switch
        {
            400 => ("Het verzoek is niet geldig", "Controleer de invoer en probeer het opnieuw. Was de pagina lang open? Laad haar dan opnieuw."),
            401 => ("U bent niet aangemeld", "Meld u aan om verder te gaan."),
            403 => ("Geen toegang", "U heeft geen recht om deze pagina te bekijken."),
            404 => ("Pagina niet gevonden", "Deze pagina bestaat niet of is voor u niet beschikbaar."),
            409 => ("Conflict", "Iemand anders heeft dit intussen gewijzigd."),
            _ => ("Er ging iets mis", "Er is een onverwachte fout opgetreden. Probeer het later opnieuw; blijft het misgaan, meld het dan bij de functioneel beheerder."),
        };
        Response.StatusCode = code;
        Response.Headers.Append("Vary", "HX-Request");
        var model = new ErrorViewModel(code, title, [message]);
        // Re-executed for an htmx request (a filter, a fragment): the message goes where the fragment would have gone.
        if (HtmxResults.WantsPartial(Request))
        {
            HtmxResults.NoHistory(Response);
            return PartialView("_Melding", model);
        }

        return View("Index", model);
    }
}
