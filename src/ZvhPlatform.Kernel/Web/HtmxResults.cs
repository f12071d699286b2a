using Htmx;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace ZvhPlatform.Kernel.Web;

/// <summary>The one place that decides between a partial and a full page.</summary>
public static class HtmxResults
{
    /// <summary>
    /// A partial for htmx requests, the full page otherwise and on history restore (the browser
    /// lost its cache and needs the whole page). Always varies by <c>HX-Request</c> so caches
    /// never serve one for the other.
    /// </summary>
    public static IActionResult PartialOrFull(this Controller controller, string viewName, object? model)
    {
        ArgumentNullException.ThrowIfNull(controller);
        controller.Response.Headers.Append("Vary", "HX-Request");
        return WantsPartial(controller.Request)
            ? controller.PartialView(viewName, model)
            : controller.View(viewName, model);
    }

    /// <summary>True when the request should get a fragment instead of a page.</summary>
    public static bool WantsPartial(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.IsHtmx() && !request.Headers.ContainsKey(HtmxRequestHeaders.Keys.HistoryRestoreRequest);
    }

    /// <summary>
    /// Tells htmx not to push the request's address into the browser history: a refusal or an error is not a
    /// place to come back to with the back button or a reload.
    /// </summary>
    public static void NoHistory(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers[HtmxResponseHeaders.Keys.PushUrl] = "false";
    }
}
