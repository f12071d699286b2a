namespace ZvhPlatform.Core.Contracts.Demo;

/// <summary>A person the synthetic data generator made, for a module that keeps its own copy of the person (as nazorg does).</summary>
/// <param name="Bsn">A valid-format BSN that belongs to no one.</param>
/// <param name="Voornamen">First names.</param>
/// <param name="Achternaam">Surname (with tussenvoegsel).</param>
/// <param name="Geboortedatum">Date of birth.</param>
/// <param name="GemeenteCode">CBS code of the municipality the person lives in.</param>
public sealed record SyntheticPersoon(string? Bsn, string Voornamen, string Achternaam, DateOnly Geboortedatum, string? GemeenteCode);

/// <summary>What the generator asks of one module in one region.</summary>
/// <param name="Seed">Seed for the module's randomness, so a run is reproducible.</param>
/// <param name="Sinds">First day of the generated history.</param>
/// <param name="Vandaag">The generator's today.</param>
/// <param name="Gemeenten">CBS codes of the municipalities in the region's contract for the module.</param>
/// <param name="Personen">The region's synthetic persons to draw from.</param>
/// <param name="Aantal">How many items of its own work (meldingen, ...) to add.</param>
public sealed record SyntheticModuleWork(int Seed, DateOnly Sinds, DateOnly Vandaag, IReadOnlyList<string> Gemeenten, IReadOnlyList<SyntheticPersoon> Personen,
    int Aantal);

/// <summary>
/// Lets a module whose work lives outside the common casework (nazorg's DJI meldingen) fill its own tables for load tests and
/// benchmarks: the operator command <c>generate-data</c> calls it once per synthetic region that contracts the module, in
/// that region, after the region's cases. Never in Production (the command refuses there). Modules whose work is core
/// casework add their part of those cases through <see cref="Casework.ICaseworkDemoData"/> instead.
/// </summary>
public interface ISyntheticModuleData
{
    /// <summary>The module whose work this generates.</summary>
    string ModuleId { get; }

    /// <summary>Adds <see cref="SyntheticModuleWork.Aantal"/> items of the module's work with realistic histories; answers how many it wrote.</summary>
    Task<int> GenerateAsync(SyntheticModuleWork work, CancellationToken cancellationToken = default);
}
