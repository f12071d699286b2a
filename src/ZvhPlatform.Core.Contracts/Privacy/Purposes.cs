namespace ZvhPlatform.Core.Contracts.Privacy;

/// <summary>
/// The purposes a user states when looking at personal data. The privacy protocol per region will
/// narrow these per module; until then these are the purposes of the common way of working.
/// </summary>
public static class Purposes
{
    /// <summary>Registering an aanmelding.</summary>
    public const string Aanmelding = "Registratie aanmelding";

    /// <summary>Checking whether a person is known.</summary>
    public const string Bekendheidscheck = "Bekendheidscheck";

    /// <summary>Running procesregie on a case.</summary>
    public const string Procesregie = "Procesregie";

    /// <summary>Handling a data subject's request.</summary>
    public const string VerzoekBetrokkene = "Verzoek van betrokkene";

    /// <summary>Functional administration (duplicates, corrections).</summary>
    public const string Beheer = "Functioneel beheer";

    /// <summary>Supervision of the use of personal data (privacy officer).</summary>
    public const string Toezicht = "Toezicht op gebruik";

    /// <summary>Migrating cases from another system (import); not offered on screens.</summary>
    public const string Migratie = "Migratie";

    /// <summary>All purposes, in display order.</summary>
    public static IReadOnlyList<string> All { get; } = [Aanmelding, Bekendheidscheck, Procesregie, VerzoekBetrokkene, Beheer, Toezicht];

    /// <summary>Whether the value is a known purpose.</summary>
    public static bool IsKnown(string? purpose) => purpose is not null && All.Contains(purpose);
}
