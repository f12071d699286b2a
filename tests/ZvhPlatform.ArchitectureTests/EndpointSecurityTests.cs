using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Kernel.Modules;
using ZvhPlatform.Kernel.Tenancy;
using ZvhPlatform.Web.Hosting;
using ZvhPlatform.Web.Security;

namespace ZvhPlatform.ArchitectureTests;

/// <summary>
/// No anonymous surprises: every controller action in the host and the modules needs a signed-in,
/// two-factor user, except the sign-in steps and the error pages; permission policies name
/// permissions that exist.
/// </summary>
public sealed class EndpointSecurityTests
{
    /// <summary>The only actions a visitor without a session may reach, per controller ("*" = every action).</summary>
    private static readonly Dictionary<string, string[]> AnonymousAllowList = new(StringComparer.Ordinal)
    {
        // Password, second factor, recovery code and first-time authenticator enrolment.
        ["ZvhPlatform.Web.Controllers.AccountController"] = ["Login", "TwoFactor", "RecoveryCode", "Enrol"],
        // Error pages must render for everyone, also when the session has just ended.
        ["ZvhPlatform.Web.Controllers.FoutController"] = ["*"],
    };

    [Fact]
    public void Only_the_sign_in_steps_and_the_error_pages_can_be_reached_without_signing_in()
    {
        var anonymous = Actions()
            .Where(a => AllowsAnonymous(a.Controller, a.Action))
            .Where(a => !(AnonymousAllowList.TryGetValue(a.Controller.FullName!, out var allowed)
                          && (allowed.Contains("*") || allowed.Contains(a.Action.Name))))
            .Select(a => $"{a.Controller.FullName}.{a.Action.Name}")
            .Distinct()
            .ToList();

        Assert.True(anonymous.Count == 0,
            $"These actions allow anonymous access but are not on the allow-list: {string.Join(", ", anonymous)}. " +
            "Remove [AllowAnonymous], or add them to the list in this test with the reason.");
    }

    [Fact]
    public void An_endpoint_without_its_own_policy_requires_a_signed_in_user_who_completed_the_second_factor()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Jobs:RunServer"] = "false" })
            .Build();
        var environment = new HostingEnvironment { EnvironmentName = Environments.Production, ApplicationName = "ZvhPlatform.Web" };
        var services = new ServiceCollection();
        services.AddZvhWeb(configuration, environment, new ModuleCatalog([]));
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<AuthorizationOptions>>().Value;

        foreach (var (name, policy) in new[] { ("fallback", options.FallbackPolicy), ("default", options.DefaultPolicy) })
        {
            Assert.True(policy is not null, $"There is no {name} authorization policy: endpoints without [Authorize] would be open.");
            Assert.Contains(policy.Requirements, r => r is DenyAnonymousAuthorizationRequirement);
            Assert.Contains(policy.Requirements, r => r is ClaimsAuthorizationRequirement c
                                                      && c.ClaimType == ZvhClaimTypes.TwoFactorDone
                                                      && c.AllowedValues?.Contains(ZvhAuth.MultiFactor) == true);
            Assert.Equal([ZvhAuth.Scheme], policy.AuthenticationSchemes);
        }
    }

    [Fact]
    public void Every_endpoint_declares_its_policy_explicitly()
    {
        // The fallback policy is a safety net, not a design: a reader of a controller sees who may call each action.
        var undeclared = Actions()
            .Where(a => !a.Action.GetCustomAttributes(inherit: true).Concat(a.Controller.GetCustomAttributes(inherit: true))
                .Any(attribute => attribute is IAuthorizeData or IAllowAnonymous))
            .Select(a => $"{a.Controller.FullName}.{a.Action.Name}")
            .Distinct()
            .ToList();

        Assert.True(undeclared.Count == 0,
            $"These actions declare no policy: {string.Join(", ", undeclared)}. Add [RequirePermission(...)], [Authorize] (any signed-in user) or, " +
            "for the allow-listed sign-in and error pages, [AllowAnonymous].");
    }

    [Fact]
    public void Every_module_page_requires_a_permission()
    {
        var open = Actions()
            .Where(a => PlatformAssemblies.Modules.Contains(a.Controller.Assembly))
            .Where(a => !PermissionPolicies(a.Controller, a.Action).Any())
            .Select(a => $"{a.Controller.FullName}.{a.Action.Name}")
            .ToList();

        Assert.True(open.Count == 0,
            $"These module actions declare no permission, so every signed-in person of a region with the module (partners too) may use them: {string.Join(", ", open)}");
    }

    [Fact]
    public void Permission_policies_on_controllers_name_permissions_that_the_core_or_a_module_declares()
    {
        var known = typeof(CorePermissions).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .Concat(ModuleEntryTypes().SelectMany(m => m.Manifest.Permissions.Select(p => p.Name)))
            .ToHashSet(StringComparer.Ordinal);

        var unknown = Actions()
            .SelectMany(a => PermissionPolicies(a.Controller, a.Action).Select(p => (a, Permission: p)))
            .Where(x => !known.Contains(x.Permission))
            .Select(x => $"{x.a.Controller.FullName}.{x.a.Action.Name} needs '{x.Permission}'")
            .Distinct()
            .ToList();

        Assert.True(unknown.Count == 0, $"Unknown permissions (nobody can ever have them): {string.Join("; ", unknown)}");
    }

    private static IEnumerable<IZvhModule> ModuleEntryTypes() =>
        PlatformAssemblies.Modules
            .SelectMany(a => a.GetTypes())
            .Where(t => t.IsPublic && !t.IsAbstract && t.IsAssignableTo(typeof(IZvhModule)))
            .Select(t => (IZvhModule)Activator.CreateInstance(t)!);

    /// <summary>Every action of every controller in the host and the modules.</summary>
    private static IEnumerable<(Type Controller, MethodInfo Action)> Actions()
    {
        var controllers = new[] { PlatformAssemblies.Web }.Concat(PlatformAssemblies.Modules)
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.IsAssignableTo(typeof(ControllerBase)))
            .ToList();
        Assert.NotEmpty(controllers);
        foreach (var controller in controllers)
        {
            var actions = controller.GetMethods(BindingFlags.Public | BindingFlags.Instance)
                .Where(m => !m.IsSpecialName
                            && PlatformAssemblies.IsPlatform(m.DeclaringType!.Assembly.GetName().Name!)
                            && !m.IsDefined(typeof(NonActionAttribute), inherit: true));
            foreach (var action in actions)
            {
                yield return (controller, action);
            }
        }
    }

    private static bool AllowsAnonymous(Type controller, MethodInfo action) =>
        controller.GetCustomAttributes(inherit: true).OfType<IAllowAnonymous>().Any()
        || action.GetCustomAttributes(inherit: true).OfType<IAllowAnonymous>().Any();

    private static IEnumerable<string> PermissionPolicies(Type controller, MethodInfo action) =>
        controller.GetCustomAttributes(inherit: true).Concat(action.GetCustomAttributes(inherit: true))
            .OfType<IAuthorizeData>()
            .Select(a => a.Policy)
            .Where(p => p?.StartsWith(RequirePermissionAttribute.Prefix, StringComparison.Ordinal) == true)
            .SelectMany(p => p![RequirePermissionAttribute.Prefix.Length..].Split(RequirePermissionAttribute.AnyOf));
}
