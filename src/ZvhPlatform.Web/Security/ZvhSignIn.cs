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
        Guid? active = preferredRegion is { } p && regions.Contains(p) ? p : regions.Count > 0 ? regions.Min() : null;
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
    /// and two strings on every request.
    /// </summary>
    public static bool StillMatches(ClaimsPrincipal principal, IReadOnlyList<(Guid RegionId, string Role)> memberships)
    {
        ArgumentNullException.ThrowIfNull(principal);
        ArgumentNullException.ThrowIfNull(memberships);
        if (memberships.Count > 64)
        {
            return MembershipStamp(Build(Guid.Empty, "", "", "", Guid.Empty, memberships,
                Guid.TryParse(principal.FindFirstValue(ZvhClaimTypes.ActiveRegion), out var p) ? p : null)) == MembershipStamp(principal);
        }

        var activeClaim = principal.FindFirst(ZvhClaimTypes.ActiveRegion)?.Value;
        Guid? preferred = Guid.TryParse(activeClaim, out var parsed) ? parsed : null;
        Guid? lowest = null;
        var preferredIsMember = false;
        foreach (var (regionId, _) in memberships)
        {
            lowest = lowest is null || regionId.CompareTo(lowest.Value) < 0 ? regionId : lowest;
            preferredIsMember |= regionId == preferred;
        }

        var active = preferredIsMember ? preferred : lowest;
        if (active?.ToString() != activeClaim)
        {
            return false;
        }

        // Bit i: membership i's region is claimed, or membership i's role is claimed in the active region.
        ulong regionsClaimed = 0, rolesClaimed = 0;
        int regionClaims = 0, roleClaims = 0;
        foreach (var claim in principal.Claims)
        {
            if (claim.Type == ZvhClaimTypes.Region)
            {
                regionClaims++;
                var before = regionsClaimed;
                _ = Guid.TryParse(claim.Value, out var claimed);
                for (var i = 0; i < memberships.Count; i++)
                {
                    if (memberships[i].RegionId == claimed)
                    {
                        regionsClaimed |= 1UL << i;
                    }
                }

                if (regionsClaimed == before)
                {
                    return false;
                }
            }
            else if (claim.Type == ClaimTypes.Role)
            {
                roleClaims++;
                var before = rolesClaimed;
                for (var i = 0; i < memberships.Count; i++)
                {
                    if (memberships[i].RegionId == active && string.Equals(memberships[i].Role, claim.Value, StringComparison.Ordinal))
                    {
                        rolesClaimed |= 1UL << i;
                    }
                }

                if (rolesClaimed == before)
                {
                    return false;
                }
            }
        }

        var distinctRegions = 0;
        var rolesInActive = 0;
        for (var i = 0; i < memberships.Count; i++)
        {
            if ((regionsClaimed & (1UL << i)) == 0)
            {
                return false;
            }

            var firstOfRegion = true;
            for (var j = 0; j < i; j++)
            {
                firstOfRegion &= memberships[j].RegionId != memberships[i].RegionId;
            }

            distinctRegions += firstOfRegion ? 1 : 0;
            rolesInActive += memberships[i].RegionId == active ? 1 : 0;
        }

        return regionClaims == distinctRegions && roleClaims == rolesInActive && System.Numerics.BitOperations.PopCount(rolesClaimed) == rolesInActive;
    }

    /// <summary>A fingerprint of the memberships, to notice grants and revocations on the next request.</summary>
    public static string MembershipStamp(IEnumerable<(Guid RegionId, string Role)> memberships) =>
        string.Join(";", memberships.Select(m => $"{m.RegionId:N}:{m.Role}").Order(StringComparer.Ordinal));

    public static string MembershipStamp(ClaimsPrincipal principal) =>
        MembershipStampOfClaims(principal);

    private static string MembershipStampOfClaims(ClaimsPrincipal principal)
    {
        // Only the active region's roles are in the principal; compare those plus the region list.
        var regions = principal.FindAll(ZvhClaimTypes.Region).Select(c => c.Value).Order(StringComparer.Ordinal);
        var roles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal);
        return string.Join(",", regions) + "|" + principal.FindFirstValue(ZvhClaimTypes.ActiveRegion) + "|" + string.Join(",", roles);
    }
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
