using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Access;

/// <summary>The signed-in user of the current request, with their roles in the active region.</summary>
internal sealed class CurrentUser(IHttpContextAccessor http, PermissionRegistry permissions) : ICurrentUser
{
    private ClaimsPrincipal? Principal => http.HttpContext?.User;

    public Guid? UserId => Guid.TryParse(Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string DisplayName => Principal?.FindFirstValue(ClaimTypes.GivenName) ?? Principal?.Identity?.Name ?? "systeem";

    /// <summary>Claim type of the user's organisation.</summary>
    public const string OrganisationClaim = "zvh:org";

    public string Organisation => Principal?.FindFirstValue(OrganisationClaim) ?? "";

    public IEnumerable<string> Roles => RolesOfPrincipal();

    public bool HasPermission(string permission)
    {
        foreach (var role in RolesOfPrincipal())
        {
            if (permissions.RoleHas(role, permission))
            {
                return true;
            }
        }

        return false;
    }

    // A page asks some thirty permissions (navigation, layout, handlers); the roles are read from the claims once per
    // principal instead of once per question. Keyed by the principal, because the session check may replace it.
    private string[] RolesOfPrincipal()
    {
        var principal = Principal;
        if (principal is null)
        {
            return [];
        }

        if (!ReferenceEquals(principal, _rolesOf))
        {
            _roles = [.. principal.FindAll(ClaimTypes.Role).Select(c => c.Value)];
            _rolesOf = principal;
        }

        return _roles;
    }

    private ClaimsPrincipal? _rolesOf;
    private string[] _roles = [];
}
