namespace ZvhPlatform.Core.Contracts.Privacy;

/// <summary>
/// Restrictions of processing (AVG art. 18) a data subject obtained. While one is active nothing
/// may change the person's data: every write on it calls <see cref="EnsureNotRestrictedAsync(Guid, CancellationToken)"/> first.
/// </summary>
public interface IProcessingRestrictions
{
    /// <summary>Whether processing of the person's data is restricted now.</summary>
    Task<bool> IsRestrictedAsync(Guid personId, CancellationToken cancellationToken = default);

    /// <summary>Throws a <c>RequestValidationException</c> with a Dutch message when the person's processing is restricted.</summary>
    Task EnsureNotRestrictedAsync(Guid personId, CancellationToken cancellationToken = default);

    /// <summary>Throws a <c>RequestValidationException</c> when any of the persons' processing is restricted.</summary>
    Task EnsureNotRestrictedAsync(IEnumerable<Guid> personIds, CancellationToken cancellationToken = default);
}
