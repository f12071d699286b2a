namespace ZvhPlatform.Core.Features.Meldingen;

/// <summary>
/// The user's unread notifications per region as this request's session check read them (ADR 17), so that the header's
/// count costs no statement of its own. Anything in the request that writes the user's notifications makes it stale,
/// and the count is then read again.
/// </summary>
internal sealed class OngelezenUitSessiecontrole
{
    private Guid _userId;
    private IReadOnlyDictionary<Guid, int>? _perRegion;

    public void Onthoud(Guid userId, IReadOnlyDictionary<Guid, int> perRegion)
    {
        _userId = userId;
        _perRegion = perRegion;
    }

    public bool TryGet(Guid userId, Guid regionId, out int count)
    {
        count = 0;
        return _perRegion is not null && _userId == userId && _perRegion.TryGetValue(regionId, out count);
    }

    /// <summary>A notification of this region was written in this request: the number read at its start is stale.</summary>
    public void Verouderd() => _perRegion = null;
}
