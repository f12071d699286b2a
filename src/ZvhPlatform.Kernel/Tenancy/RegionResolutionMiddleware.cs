using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace ZvhPlatform.Kernel.Tenancy;

/// <summary>
/// Resolves the region of each request with the configured strategies (first match wins) and
/// refuses a request whose resolved region is not one the signed-in user belongs to: a session
/// of region A is never honoured in region B.
/// </summary>
public sealed class RegionResolutionMiddleware(RequestDelegate next)
{
    /// <summary>Runs the middleware.</summary>
    public async Task InvokeAsync(HttpContext context, IEnumerable<IRegionResolutionStrategy> strategies,
        IRegionStore store, IRegionContextSetter setter, IRegionContext current)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(strategies);
        ArgumentNullException.ThrowIfNull(current);

        // An error page re-executed for this request (e.g. a module route that answered 404 under /r/{region}) keeps the
        // region already resolved; resolving again from the error page's path could pick another region of a multi-region user.
        var strategiesToTry = current.Region is null ? strategies : [];
        foreach (var strategy in strategiesToTry)
        {
            var region = await strategy.ResolveAsync(context, store);
            if (region is null)
            {
                continue;
            }

            if (context.User.Identity?.IsAuthenticated == true && !UserBelongsTo(context.User, region))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            setter.SetRegion(region, strategy.Name);
            break;
        }

        await next(context);
    }

    /// <summary>Whether the user has a membership in the region.</summary>
    public static bool UserBelongsTo(ClaimsPrincipal user, RegionInfo region)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(region);
        var id = region.Id.ToString();
        return user.FindAll(ZvhClaimTypes.Region).Any(c => string.Equals(c.Value, id, StringComparison.OrdinalIgnoreCase));
    }
}
