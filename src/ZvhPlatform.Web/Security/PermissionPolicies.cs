using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Web.Security;

/// <summary>Declares the permission an endpoint needs: <c>[RequirePermission(CorePermissions.X)]</c>.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequirePermissionAttribute : AuthorizeAttribute
{
    /// <summary>Policy-name prefix for permission policies.</summary>
    public const string Prefix = "perm:";

    /// <summary>Separates alternatives: any one of the permissions suffices.</summary>
    public const char AnyOf = '|';

    /// <summary>Requires the permission, or any one of several.</summary>
    public RequirePermissionAttribute(params string[] anyOf) : base(Prefix + string.Join(AnyOf, anyOf ?? []))
    {
        Permission = string.Join(AnyOf, anyOf ?? []);
    }

    /// <summary>The permission (alternatives separated by <see cref="AnyOf"/>).</summary>
    public string Permission { get; }
}

internal sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;

internal sealed class PermissionHandler(ICurrentUser user) : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (requirement.Permission.Split(RequirePermissionAttribute.AnyOf).Any(user.HasPermission))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

/// <summary>Creates a policy per permission on demand, on top of the two-factor requirement.</summary>
internal sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (policyName.StartsWith(RequirePermissionAttribute.Prefix, StringComparison.Ordinal))
        {
            return new AuthorizationPolicyBuilder(ZvhAuth.Scheme)
                .RequireAuthenticatedUser()
                .RequireClaim(Kernel.Tenancy.ZvhClaimTypes.TwoFactorDone, ZvhAuth.MultiFactor)
                .AddRequirements(new PermissionRequirement(policyName[RequirePermissionAttribute.Prefix.Length..]))
                .Build();
        }

        return await base.GetPolicyAsync(policyName);
    }
}
