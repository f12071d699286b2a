namespace ZvhPlatform.Kernel.Tenancy;

/// <summary>
/// The region the current unit of work runs in. Scoped per request or job; never shared between
/// regions, so a DbContext created in a scope only ever sees one region.
/// </summary>
public interface IRegionContext
{
    /// <summary>The current region, or null outside any region (login page, health).</summary>
    RegionInfo? Region { get; }

    /// <summary>How the region was resolved (for diagnostics and tests).</summary>
    string? ResolvedBy { get; }

    /// <summary>True inside an explicit, logged cross-region scope (national bekendheidscheck).</summary>
    bool CrossRegion { get; }

    /// <summary>The current region, or throws when there is none.</summary>
    RegionInfo RequiredRegion => Region ?? throw new RegionRequiredException();
}

/// <summary>The settable side of <see cref="IRegionContext"/>; only resolution and job plumbing use it.</summary>
public interface IRegionContextSetter
{
    /// <summary>Sets the region once for this scope.</summary>
    void SetRegion(RegionInfo region, string resolvedBy);

    /// <summary>Enters an explicit cross-region scope; dispose to leave it.</summary>
    IDisposable BeginCrossRegionScope(string reason);
}

/// <summary>Thrown when work that needs a region runs without one.</summary>
public sealed class RegionRequiredException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public RegionRequiredException() : base("Er is geen regio gekozen voor deze handeling.")
    {
    }

    /// <summary>Creates the exception.</summary>
    public RegionRequiredException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public RegionRequiredException(string message, Exception innerException) : base(message, innerException)
    {
    }
}

internal sealed class RegionContext : IRegionContext, IRegionContextSetter
{
    private int _crossRegionDepth;

    public RegionInfo? Region { get; private set; }

    public string? ResolvedBy { get; private set; }

    public bool CrossRegion => _crossRegionDepth > 0;

    public void SetRegion(RegionInfo region, string resolvedBy)
    {
        ArgumentNullException.ThrowIfNull(region);
        if (Region is not null && Region.Id != region.Id)
        {
            // A scope switching region mid-flight is how data crosses regions; refuse it.
            throw new InvalidOperationException("The region of a scope cannot change once set.");
        }

        Region = region;
        ResolvedBy = resolvedBy;
    }

    public IDisposable BeginCrossRegionScope(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        _crossRegionDepth++;
        return new Leave(this);
    }

    private sealed class Leave(RegionContext owner) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (!_disposed)
            {
                _disposed = true;
                owner._crossRegionDepth--;
            }
        }
    }
}

/// <summary>A fixed region context for design-time tooling, commands and tests.</summary>
public sealed class StaticRegionContext(RegionInfo? region, bool crossRegion = false) : IRegionContext
{
    /// <inheritdoc />
    public RegionInfo? Region { get; } = region;

    /// <inheritdoc />
    public string? ResolvedBy => "static";

    /// <inheritdoc />
    public bool CrossRegion { get; } = crossRegion;
}
