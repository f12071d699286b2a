using ZvhPlatform.Core.Features.Users;

namespace ZvhPlatform.Web.Models;

/// <summary>The form to give someone a role in the region.</summary>
public sealed class AddUserForm
{
    /// <summary>E-mail address (also the user name).</summary>
    public string? Email { get; set; }

    /// <summary>Name.</summary>
    public string? DisplayName { get; set; }

    /// <summary>Organisation.</summary>
    public string? Organisation { get; set; }

    /// <summary>Role.</summary>
    public string? Role { get; set; }
}

/// <summary>The user management page.</summary>
internal sealed record UsersViewModel(IReadOnlyList<RegionUserRow> Users, AddUserForm Form, IReadOnlyList<string> Errors, string? Notice);
