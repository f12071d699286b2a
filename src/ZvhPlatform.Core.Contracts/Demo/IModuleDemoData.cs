namespace ZvhPlatform.Core.Contracts.Demo;

/// <summary>
/// Lets a module add work of its own to the demo (Development only), e.g. nazorg meldingen in the stages a coordinator
/// meets. Called once per demo region that contracts the module, in that region, after the core's demo data; never in
/// Production, and left out with <c>Zvh:DemoCasework</c> = false. An implementation writes nothing when the region
/// already has work of the module, so a restart never duplicates it.
/// </summary>
public interface IModuleDemoData
{
    /// <summary>The module whose demo work this adds.</summary>
    string ModuleId { get; }

    /// <summary>Adds the module's demo work in the current region; answers whether anything was written.</summary>
    Task<bool> SeedAsync(CancellationToken cancellationToken = default);
}
