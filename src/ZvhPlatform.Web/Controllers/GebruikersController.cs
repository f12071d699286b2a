using Mediator;
using Microsoft.AspNetCore.Mvc;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Features.Users;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Web.Models;
using ZvhPlatform.Web.Security;

namespace ZvhPlatform.Web.Controllers;

/// <summary>User management of the region by the functioneel beheerder.</summary>
[Route("beheer/gebruikers")]
[RequirePermission(CorePermissions.GebruikersBeheren)]
[RequireRegion]
public sealed class GebruikersController(IMediator mediator) : Controller
{
    /// <summary>The region's users and their roles.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await ModelAsync(new AddUserForm(), [], null));

    /// <summary>Gives a (new or existing) person a role in the region.</summary>
    [HttpPost("")]
    public async Task<IActionResult> Add(AddUserForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        try
        {
            var result = await mediator.Send(new AddRegionUser(form.Email ?? "", form.DisplayName ?? "", form.Organisation, form.Role ?? ""),
                HttpContext.RequestAborted);
            var notice = result.NewAccount
                ? $"Account aangemaakt voor {form.Email}. Eenmalig wachtwoord: {result.InitialPassword} — geef dit veilig door; het wordt niet opnieuw getoond. Bij de eerste aanmelding koppelt de gebruiker een authenticator-app."
                : $"{form.Email} heeft nu ook de rol {ZvhRoles.DisplayName(form.Role ?? "")} in deze regio.";
            return View("Index", await ModelAsync(new AddUserForm(), [], notice));
        }
        catch (RequestValidationException ex)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Index", await ModelAsync(form, ex.Problems.Select(p => p.Message).ToList(), null));
        }
    }

    /// <summary>Takes a role away; effective on the user's next request.</summary>
    [HttpPost("{userId:guid}/rol-intrekken")]
    public async Task<IActionResult> Revoke(Guid userId, string role)
    {
        try
        {
            await mediator.Send(new RevokeRegionRole(userId, role ?? ""), HttpContext.RequestAborted);
            return RedirectToAction(nameof(Index));
        }
        catch (RequestValidationException ex)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Index", await ModelAsync(new AddUserForm(), ex.Problems.Select(p => p.Message).ToList(), null));
        }
    }

    private async Task<UsersViewModel> ModelAsync(AddUserForm form, IReadOnlyList<string> errors, string? notice) =>
        new(await mediator.Send(new ListRegionUsers(), HttpContext.RequestAborted), form, errors, notice);
}
