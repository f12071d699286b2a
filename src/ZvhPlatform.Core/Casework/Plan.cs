using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Kernel.Data;

namespace ZvhPlatform.Core.Casework;

/// <summary>The plan van aanpak of a case: goals and interventions per leefgebied. Versioned; stale saves are refused.</summary>
internal sealed class PlanVanAanpak : IRegionOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    public Guid CasusId { get; set; }

    /// <summary>The plan's version number as shown to people (1, 2, ...); a snapshot of each is kept.</summary>
    public int Versie { get; set; }

    public string? GewijzigdDoor { get; set; }

    public DateTime GewijzigdUtc { get; set; }

    public long Version { get; set; }

    public List<PlanDoel> Doelen { get; set; } = [];
}

/// <summary>A goal on one leefgebied with its intervention and responsible partner.</summary>
internal sealed class PlanDoel : IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    public Guid PlanId { get; set; }

    public Leefgebied Leefgebied { get; set; }

    public string Doel { get; set; } = string.Empty;

    public string? Interventie { get; set; }

    public string? VerantwoordelijkePartner { get; set; }

    public DateOnly? Startdatum { get; set; }

    public DateOnly? Einddatum { get; set; }

    public bool Behaald { get; set; }
}

/// <summary>A frozen copy of a plan version (JSON), for the history and for showing what changed.</summary>
internal sealed class PlanVersie : IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    public Guid PlanId { get; set; }

    public int Versie { get; set; }

    public string Inhoud { get; set; } = string.Empty;

    public string Door { get; set; } = string.Empty;

    public DateTime VastgelegdUtc { get; set; }
}

/// <summary>An intervention in the region's catalogue.</summary>
internal sealed class Interventie : IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    public string Naam { get; set; } = string.Empty;

    public bool Actief { get; set; } = true;
}

/// <summary>An action with an owner organisation and a due date; the daily job chases due and overdue ones.</summary>
internal sealed class Actie : IRegionOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    public Guid CasusId { get; set; }

    public Guid? OverlegId { get; set; }

    public string Omschrijving { get; set; } = string.Empty;

    public string EigenaarOrganisatie { get; set; } = string.Empty;

    /// <summary>The person who owns it, when known (gets the notification).</summary>
    public Guid? EigenaarUserId { get; set; }

    public DateOnly Deadline { get; set; }

    public ActieStatus Status { get; set; }

    public DateOnly? AfgerondOp { get; set; }

    /// <summary>Last day a due/overdue notice went out, so the daily job notifies once per day at most.</summary>
    public DateOnly? LaatstHerinnerdOp { get; set; }

    public long Version { get; set; }
}

/// <summary>Status of an action.</summary>
internal enum ActieStatus
{
    Open,
    Gereed,
    Vervallen,
}

/// <summary>A PGA monitor measurement of the 12 leefgebieden for a person in a case.</summary>
internal sealed class PgaMeting : IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    public Guid CasusId { get; set; }

    public Guid PersonId { get; set; }

    public DateOnly Datum { get; set; }

    /// <summary>"Intake", "Periodiek" or "Afsluiting".</summary>
    public string Moment { get; set; } = string.Empty;

    public string Door { get; set; } = string.Empty;

    public List<PgaScore> Scores { get; set; } = [];
}

/// <summary>One leefgebied's level in a measurement.</summary>
internal sealed class PgaScore
{
    public Guid MetingId { get; set; }

    public Leefgebied Leefgebied { get; set; }

    public PgaNiveau Niveau { get; set; }
}
