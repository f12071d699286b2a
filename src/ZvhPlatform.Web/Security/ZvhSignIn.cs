using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using ZvhPlatform.Core.Identity;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Web.Security;

/// <summary>Authentication schemes and claim names of the web host.</summary>
public static class ZvhAuth
{
    /// <summary>The session cookie, issued only after a completed two-factor sign-in.</summary>
    public const string Scheme = "zvh";

    /// <summary>A short-lived cookie between password and second factor (or enrolment).</summary>
    public const string PendingScheme = "zvh.pending";

    /// <summary>Session id claim.</summary>
    public const string SessionClaim = "zvh:session";

    /// <summary>Pending stage: "verify" or "enrol".</summary>
    public const string StageClaim = "zvh:stage";

    /// <summary>Authentication method claim value for a completed two-factor sign-in.</summary>
    public const string MultiFactor = "mfa";

    /// <summary>Policy that every endpoint falls back to.</summary>
    public const string MultiFactorPolicy = "zvh:mfa";
}

/// <summary>Builds the signed-in principal: memberships, active region and its roles.</summary>
public sealed class ZvhSignIn(UserSessions sessions)
{
    public async Task<ClaimsPrincipal> BuildPrincipalAsync(ZvhUser user, Guid sessionId, Guid? preferredRegion, CancellationToken ct)
    {
        var memberships = await sessions.MembershipsAsync(user.Id, ct);
        return Build(user.Id, user.Email ?? "", user.DisplayName, user.Organisation ?? "", sessionId, memberships, preferredRegion);
    }

    public static ClaimsPrincipal Build(Guid userId, string email, string displayName, string organisation, Guid sessionId,
        IReadOnlyList<(Guid RegionId, string Role)> memberships, Guid? preferredRegion)
    {
        var regions = memberships.Select(m => m.RegionId).Distinct().ToList();
        var active = ActiveRegion(memberships, preferredRegion);
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, userId.ToString()),
            new(ClaimTypes.Name, email),
            new(ClaimTypes.GivenName, displayName),
            new(Core.Access.CurrentUser.OrganisationClaim, organisation),
            new(ZvhAuth.SessionClaim, sessionId.ToString()),
            new(ZvhClaimTypes.TwoFactorDone, ZvhAuth.MultiFactor),
        };
        claims.AddRange(regions.Select(r => new Claim(ZvhClaimTypes.Region, r.ToString())));
        if (active is { } a)
        {
            claims.Add(new Claim(ZvhClaimTypes.ActiveRegion, a.ToString()));
            claims.AddRange(memberships.Where(m => m.RegionId == a).Select(m => new Claim(ClaimTypes.Role, m.Role)));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, ZvhAuth.Scheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    /// <summary>
    /// Whether <see cref="Build"/> would give the principal the same regions, active region and roles as it has: the
    /// same answer as comparing <see cref="MembershipStamp(ClaimsPrincipal)"/> of both, without building a principal
    /// with all its claims on every request.
    /// </summary>
    public static bool StillMatches(ClaimsPrincipal principal, IReadOnlyList<(Guid RegionId, string Role)> memberships)
    {
        ArgumentNullException.ThrowIfNull(principal);
        ArgumentNullException.ThrowIfNull(memberships);
        var active = ActiveRegion(memberships, Guid.TryParse(principal.FindFirstValue(ZvhClaimTypes.ActiveRegion), out var p) ? p : null);
        var expected = Stamp(memberships.Select(m => m.RegionId).Distinct().Select(r => r.ToString()), active?.ToString(),
            memberships.Where(m => m.RegionId == active).Select(m => m.Role));
        return expected == MembershipStamp(principal);
    }

    /// <summary>The region a principal works in: the preferred one while the user is still a member there, else the lowest.</summary>
    private static Guid? ActiveRegion(IReadOnlyList<(Guid RegionId, string Role)> memberships, Guid? preferred)
    {
        Guid? lowest = null;
        foreach (var (regionId, _) in memberships)
        {
            if (regionId == preferred)
            {
                return regionId;
            }

            lowest = lowest is null || regionId.CompareTo(lowest.Value) < 0 ? regionId : lowest;
        }

        return lowest;
    }

    /// <summary>A fingerprint of the memberships, to notice grants and revocations on the next request.</summary>
    public static string MembershipStamp(IEnumerable<(Guid RegionId, string Role)> memberships) =>
        string.Join(";", memberships.Select(m => $"{m.RegionId:N}:{m.Role}").Order(StringComparer.Ordinal));

    public static string MembershipStamp(ClaimsPrincipal principal) =>
        MembershipStampOfClaims(principal);

    private static string MembershipStampOfClaims(ClaimsPrincipal principal)
    {
        // Only the active region's roles are in the principal; compare those plus the region list.
        return Stamp(principal.FindAll(ZvhClaimTypes.Region).Select(c => c.Value), principal.FindFirstValue(ZvhClaimTypes.ActiveRegion),
            principal.FindAll(ClaimTypes.Role).Select(c => c.Value));
    }

    private static string Stamp(IEnumerable<string> regions, string? activeRegion, IEnumerable<string> roles) =>
        string.Join(",", regions.Order(StringComparer.Ordinal)) + "|" + activeRegion + "|" + string.Join(",", roles.Order(StringComparer.Ordinal));
}

/// <summary>
/// Runs on every request with a session cookie: the session must still be open (not signed out,
/// not idle, not past its maximum), and a change in the user's memberships takes effect at once.
/// </summary>
internal static class SessionValidator
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var sp = context.HttpContext.RequestServices;
        if (principal is null
            || !Guid.TryParse(principal.FindFirstValue(ZvhAuth.SessionClaim), out var sessionId)
            || !Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            context.RejectPrincipal();
            return;
        }

        var sessions = sp.GetRequiredService<UserSessions>();
        var limits = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<SessionLimits>>().Value;
        // One statement for the session and the memberships; never cached, so revocation on any instance counts at once.
        var session = await sessions.ValidateWithMembershipsAsync(sessionId, userId, limits, context.HttpContext.RequestAborted);
        if (session is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(ZvhAuth.Scheme);
            return;
        }

        sp.GetRequiredService<Core.Features.Meldingen.OngelezenUitSessiecontrole>().Onthoud(userId, session.UnreadNotifications);
        var memberships = session.Memberships;

        if (!ZvhSignIn.StillMatches(principal, memberships))
        {
            var active = Guid.TryParse(principal.FindFirstValue(ZvhClaimTypes.ActiveRegion), out var a) ? a : (Guid?)null;
            context.ReplacePrincipal(ZvhSignIn.Build(userId, principal.FindFirstValue(ClaimTypes.Name) ?? "",
                principal.FindFirstValue(ClaimTypes.GivenName) ?? "", principal.FindFirstValue(Core.Access.CurrentUser.OrganisationClaim) ?? "",
                sessionId, memberships, active));
            context.ShouldRenew = true;
        }
    }
}
