using ZvhPlatform.Core.Contracts.Partners;

namespace ZvhPlatform.Core.Contracts.Casework;

/// <summary>A case the demo seeder created, with what a module needs to add its own part of the demo.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="SubAanpak">Its sub-aanpak.</param>
/// <param name="Status">Its current status.</param>
/// <param name="Verwijzer">The convenantpartner that referred the person, if any.</param>
/// <param name="GeopendOp">Opened on.</param>
/// <param name="AfgeslotenOp">Closed or afgeschaald on.</param>
public sealed record DemoCasus(Guid CaseId, string? SubAanpak, CasusStatus Status, PartnerInfo? Verwijzer, DateOnly GeopendOp, DateOnly? AfgeslotenOp);

/// <summary>
/// Lets a module add its own part of the demo (Development only) to the cases the core's demo seeder made for its
/// aanpak, e.g. CoVeCa's placement on the Top X list and its checklists. Called once, in the region of the cases,
/// right after they were created; never in Production.
/// </summary>
public interface ICaseworkDemoData
{
    /// <summary>The module whose cases this adds to.</summary>
    string ModuleId { get; }

    /// <summary>Adds the module's data for these cases.</summary>
    Task SeedAsync(IReadOnlyList<DemoCasus> casussen, CancellationToken cancellationToken = default);
}
