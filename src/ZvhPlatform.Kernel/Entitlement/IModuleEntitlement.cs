namespace ZvhPlatform.Kernel.Entitlement;

/// <summary>
/// Answers, at run time, whether a region may use a module: on a date, and for a resident of a
/// municipality (CBS code). The core implements it over the region's contracts.
/// </summary>
public interface IModuleEntitlement
{
    /// <summary>Whether the region has any contract for the module in force on the date.</summary>
    ValueTask<bool> IsEnabledAsync(Guid regionId, string moduleId, DateOnly date, CancellationToken cancellationToken = default);

    /// <summary>Whether the module may take new work for a person registered in the municipality on the date.</summary>
    ValueTask<EntitlementDecision> CheckMunicipalityAsync(Guid regionId, string moduleId, string gemeenteCode, DateOnly date,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// The municipalities (CBS codes) for which the module may take new work on the date: null when a contract in force covers the
    /// whole region, empty when none is in force (or the module is not installed). For lists; a single check with its reason is
    /// <see cref="CheckMunicipalityAsync"/>.
    /// </summary>
    ValueTask<IReadOnlySet<string>?> MunicipalitiesAsync(Guid regionId, string moduleId, DateOnly date, CancellationToken cancellationToken = default);

    /// <summary>The ids of the modules the region may use on the date.</summary>
    ValueTask<IReadOnlySet<string>> EnabledModulesAsync(Guid regionId, DateOnly date, CancellationToken cancellationToken = default);
}

/// <summary>The answer to an entitlement question, with a Dutch reason when refused.</summary>
public sealed record EntitlementDecision(bool Allowed, string? Reason)
{
    /// <summary>Allowed.</summary>
    public static EntitlementDecision Allow { get; } = new(true, null);

    /// <summary>Refused with a reason a coordinator can act on.</summary>
    public static EntitlementDecision Refuse(string reason) => new(false, reason);
}

/// <summary>Thrown when work is asked of a module the region has not bought (for this municipality or date).</summary>
public sealed class ModuleNotEntitledException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ModuleNotEntitledException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public ModuleNotEntitledException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public ModuleNotEntitledException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
