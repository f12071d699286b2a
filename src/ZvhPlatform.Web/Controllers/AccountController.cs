using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using QRCoder;
using ZvhPlatform.Core.Identity;
using ZvhPlatform.Web.Models;
using ZvhPlatform.Web.Security;

namespace ZvhPlatform.Web.Controllers;

/// <summary>
/// Sign-in: password, then always a second factor. A user without an authenticator enrols one
/// first (QR code, then recovery codes). The session cookie exists only after the second factor.
/// </summary>
[Route("account")]
public sealed class AccountController(UserManager<ZvhUser> users, SignInManager<ZvhUser> signIn, UserSessions sessions, ZvhSignIn principals)
    : Controller
{
    private const string GenericFailure = "De combinatie van e-mailadres en wachtwoord is onjuist.";
    private const string LockedOut = "Dit account is tijdelijk geblokkeerd na te veel mislukte pogingen. Probeer het over 15 minuten opnieuw.";

    /// <summary>The sign-in page.</summary>
    [AllowAnonymous]
    [HttpGet("inloggen")]
    public IActionResult Login(string? returnUrl) => View(new LoginForm { ReturnUrl = returnUrl });

    /// <summary>Checks the password and moves on to the second factor.</summary>
    [AllowAnonymous]
    [HttpPost("inloggen")]
    public async Task<IActionResult> Login(LoginForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (string.IsNullOrWhiteSpace(form.Email) || string.IsNullOrEmpty(form.Password))
        {
            ModelState.AddModelError(string.Empty, "Vul uw e-mailadres en wachtwoord in.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(form);
        }

        var user = await users.FindByEmailAsync(form.Email.Trim());
        if (user is null || user.DeactivatedUtc is not null)
        {
            ModelState.AddModelError(string.Empty, GenericFailure);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(form);
        }

        var result = await signIn.CheckPasswordSignInAsync(user, form.Password, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, result.IsLockedOut ? LockedOut : GenericFailure);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(form);
        }

        var stage = user.TwoFactorEnabled ? "verify" : "enrol";
        var pending = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()), new Claim(ZvhAuth.StageClaim, stage)], ZvhAuth.PendingScheme));
        await HttpContext.SignInAsync(ZvhAuth.PendingScheme, pending);
        return RedirectToAction(stage == "verify" ? nameof(TwoFactor) : nameof(Enrol), new { returnUrl = form.ReturnUrl });
    }

    /// <summary>Asks for the authenticator code.</summary>
    [AllowAnonymous]
    [HttpGet("tweestaps")]
    public async Task<IActionResult> TwoFactor(string? returnUrl) =>
        await PendingUserAsync("verify") is null ? RedirectToAction(nameof(Login)) : View(new CodeForm { ReturnUrl = returnUrl });

    /// <summary>Checks the authenticator code and starts the session.</summary>
    [AllowAnonymous]
    [HttpPost("tweestaps")]
    public async Task<IActionResult> TwoFactor(CodeForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var user = await PendingUserAsync("verify");
        if (user is null)
        {
            return RedirectToAction(nameof(Login));
        }

        var code = Normalize(form.Code);
        if (await users.IsLockedOutAsync(user))
        {
            return CodeError(form, LockedOut);
        }

        if (code.Length == 0 || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            await users.AccessFailedAsync(user);
            return CodeError(form, await users.IsLockedOutAsync(user) ? LockedOut : "De code is onjuist of verlopen. Probeer de volgende code.");
        }

        return await CompleteSignInAsync(user, form.ReturnUrl);
    }

    /// <summary>Sign-in with a recovery code instead of the authenticator.</summary>
    [AllowAnonymous]
    [HttpGet("herstelcode")]
    public async Task<IActionResult> RecoveryCode(string? returnUrl) =>
        await PendingUserAsync("verify") is null ? RedirectToAction(nameof(Login)) : View(new CodeForm { ReturnUrl = returnUrl });

    /// <summary>Redeems a recovery code (each works once).</summary>
    [AllowAnonymous]
    [HttpPost("herstelcode")]
    public async Task<IActionResult> RecoveryCode(CodeForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var user = await PendingUserAsync("verify");
        if (user is null)
        {
            return RedirectToAction(nameof(Login));
        }

        if (await users.IsLockedOutAsync(user))
        {
            return CodeError(form, LockedOut, nameof(RecoveryCode));
        }

        var code = (form.Code ?? "").Replace(" ", "", StringComparison.Ordinal).Trim();
        if (code.Length == 0 || !(await users.RedeemTwoFactorRecoveryCodeAsync(user, code)).Succeeded)
        {
            await users.AccessFailedAsync(user);
            return CodeError(form, "Deze herstelcode is onjuist of al gebruikt.", nameof(RecoveryCode));
        }

        return await CompleteSignInAsync(user, form.ReturnUrl);
    }

    /// <summary>First sign-in: link an authenticator app by QR code.</summary>
    [AllowAnonymous]
    [HttpGet("koppelen")]
    public async Task<IActionResult> Enrol()
    {
        var user = await PendingUserAsync("enrol");
        return user is null ? RedirectToAction(nameof(Login)) : View(await EnrolModelAsync(user, null));
    }

    /// <summary>Confirms the authenticator with a first code, then shows the recovery codes once.</summary>
    [AllowAnonymous]
    [HttpPost("koppelen")]
    public async Task<IActionResult> Enrol(CodeForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var user = await PendingUserAsync("enrol");
        if (user is null)
        {
            return RedirectToAction(nameof(Login));
        }

        var code = Normalize(form.Code);
        if (code.Length == 0 || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(await EnrolModelAsync(user, "De code klopt niet. Controleer of de tijd op uw telefoon juist staat en probeer de volgende code."));
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList() ?? [];
        await CompleteSignInAsync(user, null);
        return View("RecoveryCodes", new RecoveryCodesViewModel(codes));
    }

    /// <summary>Ends the session on the server and removes the cookie.</summary>
    [HttpPost("afmelden")]
    [Authorize]
    public async Task<IActionResult> Logout()
    {
        if (Guid.TryParse(User.FindFirstValue(ZvhAuth.SessionClaim), out var sessionId))
        {
            await sessions.EndAsync(sessionId, "afgemeld", HttpContext.RequestAborted);
        }

        await HttpContext.SignOutAsync(ZvhAuth.Scheme);
        return RedirectToAction(nameof(Login));
    }

    private async Task<IActionResult> CompleteSignInAsync(ZvhUser user, string? returnUrl)
    {
        await users.ResetAccessFailedCountAsync(user);
        var sessionId = await sessions.StartAsync(user.Id, HttpContext.RequestAborted);
        var principal = await principals.BuildPrincipalAsync(user, sessionId, null, HttpContext.RequestAborted);
        await HttpContext.SignOutAsync(ZvhAuth.PendingScheme);
        await HttpContext.SignInAsync(ZvhAuth.Scheme, principal);
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "~/");
    }

    private async Task<ZvhUser?> PendingUserAsync(string stage)
    {
        var result = await HttpContext.AuthenticateAsync(ZvhAuth.PendingScheme);
        if (!result.Succeeded || result.Principal.FindFirstValue(ZvhAuth.StageClaim) != stage)
        {
            return null;
        }

        var id = result.Principal.FindFirstValue(ClaimTypes.NameIdentifier);
        return id is null ? null : await users.FindByIdAsync(id);
    }

    private ViewResult CodeError(CodeForm form, string message, string? view = null)
    {
        ModelState.AddModelError(nameof(CodeForm.Code), message);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(view ?? nameof(TwoFactor), form);
    }

    private async Task<EnrolViewModel> EnrolModelAsync(ZvhUser user, string? error)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }

        var uri = string.Create(CultureInfo.InvariantCulture,
            $"otpauth://totp/{Uri.EscapeDataString("ZVH Platform")}:{Uri.EscapeDataString(user.Email ?? "")}?secret={key}&issuer={Uri.EscapeDataString("ZVH Platform")}&digits=6");
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        var svg = new SvgQRCode(data).GetGraphic(4);
        return new EnrolViewModel(Group(key), svg, error);
    }

    private static string Group(string key)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            sb.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return sb.ToString().TrimEnd().ToLowerInvariant();
    }

    private static string Normalize(string? code) =>
        (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Trim();
}
