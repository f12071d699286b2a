using Microsoft.AspNetCore.Authorization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Kernel.Entitlement;
using ZvhPlatform.Kernel.Modules;
using ZvhPlatform.Kernel.Tenancy;
using ZvhPlatform.Kernel.Web;
using ZvhPlatform.Web.Models;

namespace ZvhPlatform.Web.Controllers;

/// <summary>The start page: which region, which roles, which modules are in use today.</summary>
[Route("")]
[Authorize]
public sealed class HomeController(IRegionContext region, IRegionStore regions, IModuleEntitlement entitlement, ModuleCatalog catalog, TimeProvider clock)
    : Controller
{
    /// <summary>The start page.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        if (region.Region is null)
        {
            return RedirectToAction("Index", "Regio");
        }

        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var enabled = await entitlement.EnabledModulesAsync(region.Region.Id, today, HttpContext.RequestAborted);
        var modules = catalog.Modules.Where(m => enabled.Contains(m.Manifest.Id))
            .Select(m => new ModuleSummary(m.Manifest.Id, m.Manifest.DisplayName, m.Manifest.Navigation.FirstOrDefault()?.Path)).ToList();
        var roles = User.FindAll(ClaimTypes.Role).Select(c => ZvhRoles.DisplayName(c.Value)).ToList();
        var all = await regions.AllAsync(HttpContext.RequestAborted);
        var mine = User.FindAll(ZvhClaimTypes.Region).Select(c => c.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var model = new HomeViewModel(region.Region.Name, User.FindFirstValue(ClaimTypes.GivenName) ?? "", roles, modules,
            all.Count(r => mine.Contains(r.Id.ToString())) > 1);
        return this.PartialOrFull("Index", model);
    }
}
