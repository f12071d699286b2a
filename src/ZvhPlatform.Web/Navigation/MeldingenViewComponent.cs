using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Features.Meldingen;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Web.Navigation;

/// <summary>The link to the notifications with the number of unread ones, in the header.</summary>
public sealed class MeldingenViewComponent : ViewComponent
{
    /// <summary>Renders nothing without a region or without the permission to receive notifications.</summary>
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var sp = HttpContext.RequestServices;
        if (sp.GetRequiredService<IRegionContext>().Region is null || !sp.GetRequiredService<ICurrentUser>().HasPermission(CorePermissions.MeldingenOntvangen))
        {
            return Content("");
        }

        var count = await sp.GetRequiredService<IMediator>().Send(new CountOngelezenMeldingen(), HttpContext.RequestAborted);
        return View(count);
    }
}
