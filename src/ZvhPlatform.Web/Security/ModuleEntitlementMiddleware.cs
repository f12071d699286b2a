using Microsoft.AspNetCore.Mvc.Controllers;
using ZvhPlatform.Kernel.Entitlement;
using ZvhPlatform.Kernel.Modules;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Web.Security;

/// <summary>
/// A module's routes answer 404 where the region has no contract for the module today (or the
/// module is not composed into this host): unbought modules are invisible, not forbidden.
/// </summary>
internal sealed class ModuleEntitlementMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, ModuleCatalog catalog, IRegionContext region, IModuleEntitlement entitlement, TimeProvider clock)
    {
        var action = context.GetEndpoint()?.Metadata.GetMetadata<ControllerActionDescriptor>();
        // Someone not signed in is sent to the login page by authorization; entitlement is a question for a region's user.
        if (action is not null && context.User.Identity?.IsAuthenticated == true)
        {
            if (ModuleCatalog.IsModuleAssembly(action.ControllerTypeInfo.Assembly))
            {
                var moduleId = catalog.ModuleIdOf(action.ControllerTypeInfo);
                var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
                if (moduleId is null || region.Region is null
                    || !await entitlement.IsEnabledAsync(region.Region.Id, moduleId, today, context.RequestAborted))
                {
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return;
                }
            }
        }

        await next(context);
    }
}
