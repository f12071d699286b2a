namespace ZvhPlatform.Core.Contracts.Casework;

/// <summary>The role a person has in a case.</summary>
public enum CaseRole
{
    /// <summary>The person the case is about.</summary>
    Hoofdpersoon,

    /// <summary>A member of the person's system (household, network).</summary>
    Systeemlid,

    /// <summary>Victim.</summary>
    Slachtoffer,

    /// <summary>Perpetrator.</summary>
    Pleger,

    /// <summary>Parent.</summary>
    Ouder,

    /// <summary>Child.</summary>
    Kind,
}

/// <summary>Whether the current user may see a case, and how.</summary>
/// <param name="Allowed">May see it.</param>
/// <param name="ViaEmergency">Only through emergency access ("doorbreken"), which is highlighted in the log.</param>
public sealed record CaseAccessDecision(bool Allowed, bool ViaEmergency);

/// <summary>
/// Need-to-know per case: the region's casework staff see the region's cases; partner professionals
/// only the cases they currently participate in (or, for a limited time, one they broke the glass for).
/// </summary>
public interface ICaseAccess
{
    /// <summary>Whether the current user may see the case of the current region.</summary>
    Task<CaseAccessDecision> CheckAsync(Guid caseId, CancellationToken cancellationToken = default);
}
