using ZvhPlatform.Kernel.Entitlement;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Core.Casework;

/// <summary>
/// Switching off (ADR 3): once the contract for a case's aanpak no longer covers the case's municipality, the case stays
/// readable for closing and handover, but new work on it (plan versions, actions, PGA measurements, reopening) is refused.
/// </summary>
internal sealed class CaseContractScope(IModuleEntitlement entitlement, IRegionContext region, TimeProvider clock)
{
    /// <summary>Whether new work may be done today on a case of the aanpak for a resident of the municipality, with the Dutch reason when not.</summary>
    public async Task<EntitlementDecision> CheckAsync(string moduleId, string? gemeenteCode, CancellationToken cancellationToken)
    {
        var regionId = region.RequiredRegion.Id;
        var today = RegieSupport.Today(clock);
        if (gemeenteCode is null)
        {
            return await entitlement.IsEnabledAsync(regionId, moduleId, today, cancellationToken)
                ? EntitlementDecision.Allow
                : EntitlementDecision.Refuse($"De regio neemt deze aanpak niet meer af op {today:dd-MM-yyyy}.");
        }

        return await entitlement.CheckMunicipalityAsync(regionId, moduleId, gemeenteCode, today, cancellationToken);
    }

    /// <summary>Refuses <paramref name="werk"/> (e.g. "Een nieuwe versie van het plan van aanpak") with a Dutch message when the contract no longer covers the case.</summary>
    public async Task EnsureNewWorkAllowedAsync(Casus casus, string werk, CancellationToken cancellationToken)
    {
        var decision = await CheckAsync(casus.ModuleId, casus.GemeenteCode, cancellationToken);
        if (!decision.Allowed)
        {
            throw new RequestValidationException([new ValidationProblem("", $"{decision.Reason} {werk} is daarom niet meer mogelijk; de casus blijft leesbaar "
                + "om af te sluiten of over te dragen (zie Af te sluiten of over te dragen).")]);
        }
    }
}
