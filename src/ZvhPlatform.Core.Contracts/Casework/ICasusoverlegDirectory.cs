namespace ZvhPlatform.Core.Contracts.Casework;

/// <summary>A casusoverleg as modules may read it: when, where, and how many cases are on the agenda (no persons).</summary>
/// <param name="Id">The meeting.</param>
/// <param name="Titel">Title.</param>
/// <param name="Aanvang">Start, wall-clock time of the region.</param>
/// <param name="Locatie">Location, if entered.</param>
/// <param name="Gehouden">Whether it was held and its minutes closed.</param>
/// <param name="AantalCasussen">Cases on the agenda.</param>
public sealed record OverlegSummary(Guid Id, string Titel, DateTime Aanvang, string? Locatie, bool Gehouden, int AantalCasussen);

/// <summary>Read access to the region's casusoverleggen of one aanpak, for a module's own meeting schedule.</summary>
public interface ICasusoverlegDirectory
{
    /// <summary>The meetings of the module: planned ones first (soonest first), then held ones (most recent first).</summary>
    Task<IReadOnlyList<OverlegSummary>> ListAsync(string moduleId, CancellationToken cancellationToken = default);
}
