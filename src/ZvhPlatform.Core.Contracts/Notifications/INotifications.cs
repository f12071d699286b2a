namespace ZvhPlatform.Core.Contracts.Notifications;

/// <summary>
/// In-app notifications (meldingen) to users of the current region, as the core shows them under <c>Meldingen</c>.
/// Texts leave no personal data: a reference and a link to the screen that applies need-to-know.
/// </summary>
public interface INotifications
{
    /// <summary>The users of the current region who hold the permission through one of their roles there.</summary>
    Task<IReadOnlyList<Guid>> UsersWithPermissionAsync(string permission, CancellationToken cancellationToken = default);

    /// <summary>Creates a notification for a user of the current region; ignored for a user without a role in the region.</summary>
    Task NotifyAsync(Guid userId, string tekst, string link, CancellationToken cancellationToken = default);
}
