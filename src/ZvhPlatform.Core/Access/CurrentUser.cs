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

    public IEnumerable<string> Roles => Principal?.FindAll(ClaimTypes.Role).Select(c => c.Value) ?? [];

    public bool HasPermission(string permission) => permissions.AnyRoleHas(Roles, permission);
}
