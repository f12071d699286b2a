using Microsoft.AspNetCore.Mvc;

namespace ZvhPlatform.Web.Navigation;

/// <summary>Renders the main navigation in the layout.</summary>
public sealed class MainNavigationViewComponent : ViewComponent
{
    /// <summary>Builds the navigation for the current user and region.</summary>
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var builder = HttpContext.RequestServices.GetRequiredService<NavigationBuilder>();
        var entries = await builder.BuildAsync(HttpContext.RequestAborted);
        return View(entries);
    }
}
