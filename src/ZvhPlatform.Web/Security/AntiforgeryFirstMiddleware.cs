using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;

namespace ZvhPlatform.Web.Security;

/// <summary>
/// Validates the antiforgery token of every unsafe request before authorization runs, so a forged
/// request is always a 400 — also for a user who lacks the permission (MVC's filter would answer
/// with the access-denied redirect first). Endpoints marked <see cref="IgnoreAntiforgeryTokenAttribute"/>
/// (the error pages) are skipped.
/// </summary>
internal sealed class AntiforgeryFirstMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IAntiforgery antiforgery)
    {
        var method = context.Request.Method;
        var unsafeMethod = HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method);
        var endpoint = context.GetEndpoint();
        if (unsafeMethod && endpoint is not null && endpoint.Metadata.GetMetadata<IgnoreAntiforgeryTokenAttribute>() is null
            && !await antiforgery.IsRequestValidAsync(context))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        await next(context);
    }
}
