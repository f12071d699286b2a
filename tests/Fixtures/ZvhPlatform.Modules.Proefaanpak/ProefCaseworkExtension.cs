using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Partners;

namespace ZvhPlatform.Modules.Proefaanpak;

/// <summary>
/// The fixture aanpak's additions to the common way of working: two sub-aanpakken, an intake rule (only
/// gemeente, politie and OM may refer to "streng") and a closing rule (the reason "Overig" is not accepted).
/// </summary>
internal sealed class ProefCaseworkExtension : ICaseworkExtension
{
    public string ModuleId => ProefaanpakModule.Id;

    public IReadOnlyList<SubAanpakInfo> SubAanpakken { get; } = [new("licht", "Proef licht"), new("streng", "Proef streng")];

    public Task<IReadOnlyList<string>> ValidateIntakeAsync(IntakeContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        IReadOnlyList<string> problems = context.SubAanpak == "streng"
                                         && context.Verwijzer?.Type is not (PartnerType.Gemeente or PartnerType.Politie or PartnerType.OpenbaarMinisterie)
            ? ["Alleen gemeente, politie en OM mogen iemand aanmelden voor Proef streng."]
            : [];
        return Task.FromResult(problems);
    }

    public Task<IReadOnlyList<string>> ValidateClosingAsync(ClosingContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        IReadOnlyList<string> problems = context.Reden == "Overig" ? ["De proefaanpak sluit niet af met reden Overig: kies de reden die past."] : [];
        return Task.FromResult(problems);
    }

    public IReadOnlyList<CaseLink> Links(Guid caseId) => [new("Proefaanpak van deze casus", $"/proefaanpak?casus={caseId}")];
}
