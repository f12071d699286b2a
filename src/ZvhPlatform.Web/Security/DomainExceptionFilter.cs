using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Entitlement;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Kernel.Tenancy;
using ZvhPlatform.Kernel.Web;
using ZvhPlatform.Web.Models;

namespace ZvhPlatform.Web.Security;

/// <summary>
/// Turns what the domain refuses into a clear Dutch answer with the right 4xx status instead of a
/// 500. Controllers that can re-show a form catch these themselves; this is the safety net.
/// </summary>
internal sealed class DomainExceptionFilter(IModelMetadataProvider metadata) : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        var (status, title, messages) = context.Exception switch
        {
            RequestValidationException v => (400, "De invoer is niet geldig", v.Problems.Select(p => p.Message).ToList()),
            ModuleNotEntitledException => (404, "Pagina niet gevonden", new List<string>()),
            KeyNotFoundException => (404, "Pagina niet gevonden", new List<string>()),
            RegionWriteViolationException => (404, "Pagina niet gevonden", new List<string>()),
            RequestForbiddenException f => (403, "Geen toegang", new List<string> { f.Message }),
            RequestCapacityException c => (503, "Even geduld", new List<string> { c.Message }),
            RegionRequiredException r => (400, "Kies eerst een regio", new List<string> { r.Message }),
            DbUpdateConcurrencyException => (409, "Iemand anders heeft dit intussen gewijzigd",
                new List<string> { "Uw wijziging is niet opgeslagen, zodat de wijziging van de ander niet verloren gaat. Laad de pagina opnieuw en voer uw wijziging nogmaals in." }),
            DbUpdateException u when IsUniqueViolation(u) => (409, "Tegelijk opgeslagen",
                new List<string> { "Iemand anders legde op hetzelfde moment iets vast met hetzelfde kenmerk. Er is niets opgeslagen en niets verloren; probeer het opnieuw." }),
            _ => (0, "", new List<string>()),
        };
        if (status == 0)
        {
            return;
        }

        context.ExceptionHandled = true;
        if (status == 503)
        {
            context.HttpContext.Response.Headers.RetryAfter = "30";
        }

        var viewData = new ViewDataDictionary(metadata, context.ModelState) { Model = new ErrorViewModel(status, title, messages) };
        // An htmx request swaps into a part of the page, so it gets the message without the layout around it.
        context.HttpContext.Response.Headers.Append("Vary", "HX-Request");
        if (HtmxResults.WantsPartial(context.HttpContext.Request))
        {
            HtmxResults.NoHistory(context.HttpContext.Response);
            context.Result = new PartialViewResult { ViewName = "~/Views/Fout/_Melding.cshtml", StatusCode = status, ViewData = viewData };
        }
        else
        {
            context.Result = new ViewResult { ViewName = "~/Views/Fout/Index.cshtml", StatusCode = status, ViewData = viewData };
        }
    }

    /// <summary>A unique index refused the row (two saves that each computed the same next kenmerk, for instance).</summary>
    private static bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        Npgsql.PostgresException postgres => postgres.SqlState == "23505",
        Microsoft.Data.SqlClient.SqlException sql => sql.Number is 2601 or 2627,
        _ => false,
    };
}
