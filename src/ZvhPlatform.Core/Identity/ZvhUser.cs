using Microsoft.AspNetCore.Identity;

namespace ZvhPlatform.Core.Identity;

/// <summary>A person who signs in: ZVH staff or a partner professional.</summary>
public sealed class ZvhUser : IdentityUser<Guid>
{
    /// <summary>Name shown in the interface and in change histories.</summary>
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>Organisation the user works for (ZVH bureau or a convenantpartner).</summary>
    public string? Organisation { get; set; }

    /// <summary>When the user was created.</summary>
    public DateTime CreatedUtc { get; set; }

    /// <summary>Set when the user is deactivated; such users cannot sign in.</summary>
    public DateTime? DeactivatedUtc { get; set; }
}

/// <summary>A role a user has in one region; a user may have roles in several regions.</summary>
internal sealed class RegionMembership
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid UserId { get; set; }

    public Guid RegionId { get; set; }

    public string Role { get; set; } = string.Empty;

    public DateTime GrantedUtc { get; set; }

    public string GrantedBy { get; set; } = string.Empty;
}

/// <summary>
/// A signed-in session. The cookie names the session; signing out ends it here, so a copied
/// cookie stops working at once. Idle and absolute limits are checked against it as well.
/// </summary>
internal sealed class UserSession
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid UserId { get; set; }

    public DateTime StartedUtc { get; set; }

    public DateTime LastSeenUtc { get; set; }

    public DateTime? EndedUtc { get; set; }

    /// <summary>afgemeld, verlopen (inactief), verlopen (maximale duur), beheerder.</summary>
    public string? EndReason { get; set; }
}
