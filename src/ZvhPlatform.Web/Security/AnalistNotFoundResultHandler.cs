using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using ZvhPlatform.Core.Contracts.Access;

namespace ZvhPlatform.Web.Security;

/// <summary>
/// Analysts see aggregates only: every page they may not open answers 404, as if it did not exist, so that not even the
/// existence of a person or case page (or of a person behind an id) is confirmed to them.
/// </summary>
internal sealed class AnalistNotFoundResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        var roles = context.User.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        if (authorizeResult.Forbidden && roles.Count > 0 && roles.All(r => r == ZvhRoles.Analist))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
