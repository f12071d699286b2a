using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Kernel.Data;

namespace ZvhPlatform.Core.Privacy;

/// <summary>
/// One line of the access log. Append-only: the audit context refuses updates and deletes, and each
/// entry's hash covers its content and the previous entry's hash, so altering or removing a line
/// breaks the chain of its region.
/// </summary>
internal sealed class AccessLogEntry : IRegionOwned
{
    public long Id { get; set; }

    public Guid RegionId { get; set; }

    /// <summary>Position in the region's chain, from 1.</summary>
    public long Sequence { get; set; }

    public DateTime OccurredUtc { get; set; }

    public Guid? UserId { get; set; }

    /// <summary>Name of the user at the time (the log outlives accounts).</summary>
    public string UserName { get; set; } = string.Empty;

    public string Role { get; set; } = string.Empty;

    public string Organisation { get; set; } = string.Empty;

    /// <summary>The partner on whose behalf the user acted, when not their own organisation.</summary>
    public string? OnBehalfOf { get; set; }

    public AccessAction Action { get; set; }

    public string Purpose { get; set; } = string.Empty;

    public string Subject { get; set; } = string.Empty;

    public Guid? CaseId { get; set; }

    public string ModuleId { get; set; } = string.Empty;

    public bool Emergency { get; set; }

    public string Outcome { get; set; } = string.Empty;

    public string PreviousHash { get; set; } = string.Empty;

    public string Hash { get; set; } = string.Empty;

    public List<AccessLogPerson> Persons { get; set; } = [];
}

/// <summary>A person an access log entry is about (ids only; names never enter the log).</summary>
internal sealed class AccessLogPerson : IRegionOwned
{
    public long EntryId { get; set; }

    public Guid PersonId { get; set; }

    public Guid RegionId { get; set; }

    public DateTime OccurredUtc { get; set; }
}
