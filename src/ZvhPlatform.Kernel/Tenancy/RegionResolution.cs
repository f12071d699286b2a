using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace ZvhPlatform.Kernel.Tenancy;

/// <summary>Claim types the platform puts on a signed-in user.</summary>
public static class ZvhClaimTypes
{
    /// <summary>Id of a region the user belongs to (one claim per region).</summary>
    public const string Region = "zvh:region";

    /// <summary>Id of the region the user is working in now (switched explicitly).</summary>
    public const string ActiveRegion = "zvh:active-region";

    /// <summary>A role the user has in the active region.</summary>
    public const string RegionRole = "zvh:region-role";

    /// <summary>Set when the two-factor login was completed.</summary>
    public const string TwoFactorDone = "amr";
}

/// <summary>One way to find the region of a request, in the spirit of Finbuckle's strategies.</summary>
public interface IRegionResolutionStrategy
{
    /// <summary>Name, recorded as <see cref="IRegionContext.ResolvedBy"/>.</summary>
    string Name { get; }

    /// <summary>Returns the region for the request, or null when this strategy does not apply.</summary>
    ValueTask<RegionInfo?> ResolveAsync(HttpContext context, IRegionStore store);
}

/// <summary>Resolves <c>/r/{key}/...</c> and strips the prefix so routing sees the rest.</summary>
public sealed class PathPrefixRegionStrategy : IRegionResolutionStrategy
{
    /// <summary>The prefix segment.</summary>
    public const string Prefix = "/r";

    /// <inheritdoc />
    public string Name => "path";

    /// <inheritdoc />
    public async ValueTask<RegionInfo?> ResolveAsync(HttpContext context, IRegionStore store)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(store);
        if (!context.Request.Path.StartsWithSegments(Prefix, out var rest) || !rest.HasValue)
        {
            return null;
        }

        var value = rest.Value!;
        var slash = value.IndexOf('/', 1);
        var key = slash < 0 ? value[1..] : value[1..slash];
        var region = await store.FindByKeyAsync(key, context.RequestAborted);
        if (region is null)
        {
            return null;
        }

        context.Request.PathBase = context.Request.PathBase.Add(Prefix + "/" + key);
        context.Request.Path = slash < 0 ? "/" : value[slash..];
        return region;
    }
}

/// <summary>Resolves the region from the request's host name.</summary>
public sealed class HostNameRegionStrategy : IRegionResolutionStrategy
{
    /// <inheritdoc />
    public string Name => "host";

    /// <inheritdoc />
    public async ValueTask<RegionInfo?> ResolveAsync(HttpContext context, IRegionStore store)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(store);
        var host = context.Request.Host.Host;
        return string.IsNullOrEmpty(host) ? null : await store.FindByHostAsync(host, context.RequestAborted);
    }
}

/// <summary>Resolves the region the signed-in user has switched to.</summary>
public sealed class UserClaimRegionStrategy : IRegionResolutionStrategy
{
    /// <inheritdoc />
    public string Name => "user";

    /// <inheritdoc />
    public async ValueTask<RegionInfo?> ResolveAsync(HttpContext context, IRegionStore store)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(store);
        var value = context.User.FindFirstValue(ZvhClaimTypes.ActiveRegion);
        return Guid.TryParse(value, out var id) ? await store.FindByIdAsync(id, context.RequestAborted) : null;
    }
}
