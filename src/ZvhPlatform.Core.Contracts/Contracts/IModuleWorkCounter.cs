namespace ZvhPlatform.Core.Contracts.Contracts;

/// <summary>The work a module did for one municipality in a period, as counted for invoicing a plustaak.</summary>
/// <param name="GemeenteCode">CBS code of the municipality.</param>
/// <param name="Casussen">Cases (trajects) active in the period.</param>
/// <param name="Meldingen">Meldingen (referrals, notifications) received in the period.</param>
/// <param name="Overleggen">Meetings held in the period.</param>
public sealed record ModuleWork(string GemeenteCode, int Casussen, int Meldingen, int Overleggen);

/// <summary>
/// Counts a module's work per municipality in a period, so the contract and invoicing view can show it without
/// knowing the module. Each module registers its own; the core asks the one whose <see cref="ModuleId"/> matches.
/// </summary>
public interface IModuleWorkCounter
{
    /// <summary>The module whose work is counted.</summary>
    string ModuleId { get; }

    /// <summary>The work per municipality of the current region from <paramref name="from"/> to <paramref name="to"/> (both inclusive).</summary>
    Task<IReadOnlyList<ModuleWork>> CountAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default);
}
