using ZvhPlatform.Core.Contracts.Casework;

namespace ZvhPlatform.Modules.PgaTafel;

/// <summary>The PGA-tafel follows the common way of working; it adds its own case screen (opschalen, the table's view of the case).</summary>
internal sealed class PgaTafelCaseworkExtension : ICaseworkExtension
{
    public string ModuleId => PgaTafelModule.Id;

    public IReadOnlyList<SubAanpakInfo> SubAanpakken => [];

    public Task<IReadOnlyList<string>> ValidateIntakeAsync(IntakeContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<string>>([]);

    public Task<IReadOnlyList<string>> ValidateClosingAsync(ClosingContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<string>>([]);

    public IReadOnlyList<CaseLink> Links(Guid caseId) => [new CaseLink("PGA-tafel: caseload en opschalen", $"/pgatafel/casussen/{caseId}")];
}
