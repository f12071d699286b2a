using ZvhPlatform.Core.Contracts.Partners;
using ZvhPlatform.Kernel.Data;

namespace ZvhPlatform.Core.Partners;

/// <summary>The two documents every convenantpartner signs, each in versions.</summary>
internal enum ConvenantDocument
{
    Samenwerkingsconvenant,
    Privacyprotocol,
}

/// <summary>An organisation that signed the region's samenwerkingsconvenant.</summary>
internal sealed class Convenantpartner : IRegionOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    public string Naam { get; set; } = string.Empty;

    public PartnerDomein Domein { get; set; }

    public PartnerType Type { get; set; }

    /// <summary>CBS code, only for a municipality.</summary>
    public string? GemeenteCode { get; set; }

    public bool Actief { get; set; } = true;

    public DateTime CreatedUtc { get; set; }

    public long Version { get; set; }

    public List<Ondertekening> Ondertekeningen { get; set; } = [];

    public List<Professional> Professionals { get; set; } = [];
}

/// <summary>A version of the convenant or privacy protocol that a partner signed, and when.</summary>
internal sealed class Ondertekening : IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    public Guid PartnerId { get; set; }

    public ConvenantDocument Document { get; set; }

    /// <summary>The version label as printed on the document, e.g. "2024" or "versie 3.1".</summary>
    public string Versie { get; set; } = string.Empty;

    public DateOnly OndertekendOp { get; set; }

    /// <summary>Who signed on behalf of the partner (name and function).</summary>
    public string OndertekendDoor { get; set; } = string.Empty;

    public DateTime VastgelegdUtc { get; set; }

    public string VastgelegdDoor { get; set; } = string.Empty;
}

/// <summary>A professional of a partner: a fixed representative at tables, and possibly a user with the ketenpartner role.</summary>
internal sealed class Professional : IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    public Guid PartnerId { get; set; }

    public string Naam { get; set; } = string.Empty;

    public string Email { get; set; } = string.Empty;

    public string? Telefoon { get; set; }

    public string? Functie { get; set; }

    /// <summary>The user account, once the professional was given the ketenpartner role.</summary>
    public Guid? UserId { get; set; }

    public bool Actief { get; set; } = true;
}

/// <summary>
/// A signed confidentiality statement of an incidental participant (someone who is not a fixed
/// representative) that must be on record before that person joins a case conference.
/// </summary>
internal sealed class Geheimhoudingsverklaring : IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid RegionId { get; set; }

    public string Naam { get; set; } = string.Empty;

    /// <summary>Trimmed and lowercase: the key the participant check looks up.</summary>
    public string Email { get; set; } = string.Empty;

    public string Organisatie { get; set; } = string.Empty;

    public DateOnly OndertekendOp { get; set; }

    /// <summary>Last day the statement is valid; null when it does not expire.</summary>
    public DateOnly? GeldigTot { get; set; }

    public DateTime VastgelegdUtc { get; set; }

    public string VastgelegdDoor { get; set; } = string.Empty;
}
