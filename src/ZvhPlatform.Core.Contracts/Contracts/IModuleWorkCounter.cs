namespace ZvhPlatform.Core.Contracts.Contracts;

/// <summary>The work a module did for one municipality in a period, as it counts it in its own schema (for invoicing a plustaak).</summary>
/// <param name="GemeenteCode">CBS code of the municipality.</param>
/// <param name="Casussen">Cases the module kept in its own schema (not the core's cases, which the core counts itself).</param>
/// <param name="Meldingen">Meldingen the module received or made (e.g. DJI notifications, escalations).</param>
/// <param name="Overleggen">Meetings the module held for the municipality.</param>
public sealed record ModuleWork(string GemeenteCode, int Casussen, int Meldingen, int Overleggen);

/// <summary>
/// Counts a module's own work per municipality for the contract and invoicing view. The core counts its own casework
/// tables (cases, aanmeldingen, casusoverleggen) per module itself; a module adds what only it knows. Runs in the
/// current region.
/// </summary>
public interface IModuleWorkCounter
{
    /// <summary>The module whose work this counts.</summary>
    string ModuleId { get; }

    /// <summary>The work per municipality from <paramref name="from"/> to <paramref name="to"/> (both inclusive); municipalities without work may be left out.</summary>
    Task<IReadOnlyList<ModuleWork>> CountAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default);
}
