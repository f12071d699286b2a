using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Persons;
using ZvhPlatform.Core.Features.Privacy;
using ZvhPlatform.Core.Privacy;

namespace ZvhPlatform.Web.Models;

/// <summary>The concept editing form of a privacy protocol version; blank rows are ignored, so emptying a row removes it.</summary>
public sealed class ProtocolForm
{
    /// <summary>Reference to the region's DPIA.</summary>
    public string? DpiaReferentie { get; set; }

    /// <summary>Purposes with legal basis.</summary>
    public List<DoelForm> Doelen { get; set; } = [];

    /// <summary>Data sharing rows.</summary>
    public List<GegevensdelingForm> Gegevensdeling { get; set; } = [];

    /// <summary>Retention rows.</summary>
    public List<BewaartermijnForm> Bewaartermijnen { get; set; } = [];

    /// <summary>Informing rows.</summary>
    public List<InformerenForm> Informeren { get; set; } = [];

    /// <summary>Version the editor saw.</summary>
    public long Version { get; set; }

    internal SaveProtocolConcept ToCommand(Guid id) => new(
        id, DpiaReferentie,
        Doelen.Where(d => !d.IsBlank).Select(d => new DoelRegel(d.ModuleId ?? "", d.Doel ?? "", d.Grondslag ?? "")).ToList(),
        Gegevensdeling.Where(g => !g.IsBlank).Select(g => new GegevensdelingRegel(g.ModuleId ?? "", g.PartnerType ?? "", g.Categorie)).ToList(),
        Bewaartermijnen.Where(b => !b.IsBlank).Select(b => new BewaartermijnRegel(b.ModuleId ?? "", b.Maanden ?? 0)).ToList(),
        Informeren.Where(i => !i.IsBlank).Select(i => new InformerenRegel(i.ModuleId ?? "", i.StandaardInformeren, i.Redenen ?? "")).ToList(),
        Version);

    internal static ProtocolForm From(ProtocolVersieDetails v) => new()
    {
        DpiaReferentie = v.DpiaReferentie,
        Doelen = v.Doelen.Select(d => new DoelForm { ModuleId = d.ModuleId, Doel = d.Doel, Grondslag = d.Grondslag }).ToList(),
        Gegevensdeling = v.Gegevensdeling.Select(g => new GegevensdelingForm { ModuleId = g.ModuleId, PartnerType = g.PartnerType, Categorie = g.Categorie })
            .ToList(),
        Bewaartermijnen = v.Bewaartermijnen.Select(b => new BewaartermijnForm { ModuleId = b.ModuleId, Maanden = b.MaandenNaAfsluiting }).ToList(),
        Informeren = v.Informeren.Select(i => new InformerenForm
        {
            ModuleId = i.ModuleId, StandaardInformeren = i.StandaardInformeren, Redenen = i.RedenenNietInformeren,
        }).ToList(),
        Version = v.Version,
    };

    /// <summary>Adds blank rows so the editor can add entries without script.</summary>
    internal ProtocolForm WithBlankRows(int count = 3)
    {
        for (var i = 0; i < count; i++)
        {
            Doelen.Add(new DoelForm());
            Gegevensdeling.Add(new GegevensdelingForm());
            Bewaartermijnen.Add(new BewaartermijnForm());
            Informeren.Add(new InformerenForm());
        }

        return this;
    }
}

/// <summary>A purpose row.</summary>
public sealed class DoelForm
{
    /// <summary>Module id.</summary>
    public string? ModuleId { get; set; }

    /// <summary>Purpose.</summary>
    public string? Doel { get; set; }

    /// <summary>Legal basis.</summary>
    public string? Grondslag { get; set; }

    internal bool IsBlank => string.IsNullOrWhiteSpace(ModuleId) && string.IsNullOrWhiteSpace(Doel) && string.IsNullOrWhiteSpace(Grondslag);
}

/// <summary>A data sharing row.</summary>
public sealed class GegevensdelingForm
{
    /// <summary>Module id.</summary>
    public string? ModuleId { get; set; }

    /// <summary>Partner type (free label).</summary>
    public string? PartnerType { get; set; }

    /// <summary>Dat or wat.</summary>
    public DataCategory Categorie { get; set; }

    internal bool IsBlank => string.IsNullOrWhiteSpace(ModuleId) && string.IsNullOrWhiteSpace(PartnerType);
}

/// <summary>A retention row.</summary>
public sealed class BewaartermijnForm
{
    /// <summary>Module id.</summary>
    public string? ModuleId { get; set; }

    /// <summary>Months after case closure.</summary>
    public int? Maanden { get; set; }

    internal bool IsBlank => string.IsNullOrWhiteSpace(ModuleId) && Maanden is null;
}

/// <summary>An informing row.</summary>
public sealed class InformerenForm
{
    /// <summary>Module id.</summary>
    public string? ModuleId { get; set; }

    /// <summary>Whether the person is informed by default.</summary>
    public bool StandaardInformeren { get; set; } = true;

    /// <summary>Accepted reasons for not informing, one per line.</summary>
    public string? Redenen { get; set; }

    internal bool IsBlank => string.IsNullOrWhiteSpace(ModuleId) && string.IsNullOrWhiteSpace(Redenen);
}

/// <summary>The protocol overview page.</summary>
internal sealed record ProtocolIndexViewModel(PrivacyprotocolOverview Overview, bool CanManage, DateOnly Today);

/// <summary>One version's page.</summary>
internal sealed record ProtocolDetailsViewModel(ProtocolVersieDetails Versie, bool CanManage, DateOnly Today, IReadOnlyList<string> Errors);

/// <summary>The concept editing page.</summary>
internal sealed record ProtocolFormViewModel(Guid Id, int VersieNummer, ProtocolForm Form, IReadOnlyList<(string Id, string Name)> Modules,
    IReadOnlyList<string> Errors);

/// <summary>The register-a-request form: find the person, then the request.</summary>
public sealed class VerzoekForm
{
    /// <summary>The chosen person.</summary>
    public Guid? PersonId { get; set; }

    /// <summary>Kind of request.</summary>
    public VerzoekSoort? Soort { get; set; }

    /// <summary>Date of receipt.</summary>
    public DateOnly? OntvangenOp { get; set; }

    /// <summary>What the person asks.</summary>
    public string? Omschrijving { get; set; }
}

/// <summary>The register page: search criteria, found persons, the form and errors.</summary>
internal sealed record VerzoekCreateViewModel(string? Bsn, string? Naam, DateOnly? Geboortedatum, IReadOnlyList<PersonRow>? Results, VerzoekForm Form,
    IReadOnlyList<string> Errors);

/// <summary>A request's page.</summary>
internal sealed record VerzoekDetailsViewModel(VerzoekDetails Verzoek, IReadOnlyList<string> Errors, bool Conflict);
