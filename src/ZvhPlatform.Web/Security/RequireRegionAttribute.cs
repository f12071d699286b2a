using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Web.Security;

/// <summary>Pages about a region's data need a chosen region; without one the user picks one first.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class RequireRegionAttribute : Attribute, IResourceFilter
{
    /// <inheritdoc />
    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.HttpContext.RequestServices.GetRequiredService<IRegionContext>().Region is null)
        {
            context.Result = new RedirectResult("/regio");
        }
    }

    /// <inheritdoc />
    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}
