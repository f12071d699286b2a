using ZvhPlatform.Core.Contracts.Partners;
using ZvhPlatform.Core.Contracts.Regions;
using ZvhPlatform.Core.Features.Partners;

namespace ZvhPlatform.Web.Models;

/// <summary>The convenantpartner form (new or edit). Domein and type arrive as text so an unknown value gets a Dutch message.</summary>
public sealed class PartnerForm
{
    /// <summary>Null for a new partner.</summary>
    public Guid? Id { get; set; }

    /// <summary>Name of the organisation.</summary>
    public string? Naam { get; set; }

    /// <summary>Zorg, Veiligheid or Gemeente.</summary>
    public string? Domein { get; set; }

    /// <summary>A <see cref="PartnerType"/> name.</summary>
    public string? Type { get; set; }

    /// <summary>CBS code, for a municipality.</summary>
    public string? GemeenteCode { get; set; }

    /// <summary>Still a partner.</summary>
    public bool Actief { get; set; } = true;

    /// <summary>The version the editor saw.</summary>
    public long Version { get; set; }

    internal static PartnerForm From(PartnerDetails d) => new()
    {
        Id = d.Id, Naam = d.Naam, Domein = d.Domein.ToString(), Type = d.Type.ToString(), GemeenteCode = d.GemeenteCode, Actief = d.Actief,
        Version = d.Version,
    };

    /// <summary>The enum value of a posted name; null when unknown (the validator then says so in Dutch).</summary>
    internal static T? Parse<T>(string? value) where T : struct, Enum =>
        !string.IsNullOrWhiteSpace(value) && !value.Trim().All(char.IsAsciiDigit) && Enum.TryParse<T>(value.Trim(), ignoreCase: true, out var parsed)
        && Enum.IsDefined(parsed)
            ? parsed
            : null;
}

/// <summary>The form to record a signature.</summary>
public sealed class OndertekeningForm
{
    /// <summary>Samenwerkingsconvenant or Privacyprotocol.</summary>
    public string? Document { get; set; }

    /// <summary>Version label.</summary>
    public string? Versie { get; set; }

    /// <summary>Date signed.</summary>
    public DateOnly? OndertekendOp { get; set; }

    /// <summary>Who signed for the partner.</summary>
    public string? OndertekendDoor { get; set; }
}

/// <summary>The form to add a professional.</summary>
public sealed class ProfessionalForm
{
    /// <summary>Name.</summary>
    public string? Naam { get; set; }

    /// <summary>E-mail.</summary>
    public string? Email { get; set; }

    /// <summary>Phone.</summary>
    public string? Telefoon { get; set; }

    /// <summary>Function.</summary>
    public string? Functie { get; set; }
}

/// <summary>The form to register a geheimhoudingsverklaring.</summary>
public sealed class VerklaringForm
{
    /// <summary>Name of the participant.</summary>
    public string? Naam { get; set; }

    /// <summary>E-mail of the participant.</summary>
    public string? Email { get; set; }

    /// <summary>Organisation of the participant.</summary>
    public string? Organisatie { get; set; }

    /// <summary>Date signed.</summary>
    public DateOnly? OndertekendOp { get; set; }

    /// <summary>Last valid day; empty when it does not expire.</summary>
    public DateOnly? GeldigTot { get; set; }
}

/// <summary>The convenantpartner list.</summary>
internal sealed record PartnersViewModel(IReadOnlyList<PartnerRow> Partners, bool CanManage);

/// <summary>The new/edit form page.</summary>
internal sealed record PartnerFormViewModel(PartnerForm Form, IReadOnlyList<GemeenteInfo> Gemeenten, IReadOnlyList<string> Errors);

/// <summary>A partner's page, with the forms for signatures and professionals.</summary>
internal sealed record PartnerPageViewModel(PartnerDetails Partner, bool CanManage, OndertekeningForm Ondertekening, ProfessionalForm Professional,
    IReadOnlyList<string> Errors, string? Notice);

/// <summary>The geheimhoudingsverklaringen page: register, check a participant, list.</summary>
internal sealed record GeheimhoudingViewModel(IReadOnlyList<VerklaringRow> Verklaringen, bool CanRegister, VerklaringForm Form,
    IReadOnlyList<string> Errors, string? Notice, string? CheckEmail, DateOnly? CheckDatum, IncidentalParticipantDecision? Decision);
