using Microsoft.AspNetCore.Authorization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using ZvhPlatform.Kernel.Tenancy;
using ZvhPlatform.Web.Models;
using ZvhPlatform.Web.Security;

namespace ZvhPlatform.Web.Controllers;

/// <summary>Choosing the region to work in, for people who work in more than one.</summary>
[Route("regio")]
[Authorize]
public sealed class RegioController(IRegionStore regions) : Controller
{
    /// <summary>The regions the user belongs to.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var mine = User.FindAll(ZvhClaimTypes.Region).Select(c => c.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var active = User.FindFirstValue(ZvhClaimTypes.ActiveRegion);
        var choices = (await regions.AllAsync(HttpContext.RequestAborted))
            .Where(r => mine.Contains(r.Id.ToString()))
            .Select(r => new RegionChoice(r.Id, r.Key, r.Name, string.Equals(active, r.Id.ToString(), StringComparison.OrdinalIgnoreCase)))
            .ToList();
        return View(choices);
    }

    /// <summary>Switches the active region; the session stays the same, the roles follow the region.</summary>
    [HttpPost("wisselen")]
    public async Task<IActionResult> Switch(Guid regionId)
    {
        var region = await regions.FindByIdAsync(regionId, HttpContext.RequestAborted);
        if (region is null || !RegionResolutionMiddleware.UserBelongsTo(User, region))
        {
            return NotFound();
        }

        var sessionId = Guid.Parse(User.FindFirstValue(ZvhAuth.SessionClaim)!);
        var userId = Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);
        var sessions = HttpContext.RequestServices.GetRequiredService<Core.Identity.UserSessions>();
        var memberships = await sessions.MembershipsAsync(userId, HttpContext.RequestAborted);
        var principal = ZvhSignIn.Build(userId, User.FindFirstValue(ClaimTypes.Name) ?? "", User.FindFirstValue(ClaimTypes.GivenName) ?? "",
            User.FindFirstValue(Core.Access.CurrentUser.OrganisationClaim) ?? "", sessionId, memberships, region.Id);
        await HttpContext.SignInAsync(ZvhAuth.Scheme, principal);
        // Back to the start page of the chosen region, outside any /r/{key} prefix of the old one.
        return Redirect("/");
    }
}
