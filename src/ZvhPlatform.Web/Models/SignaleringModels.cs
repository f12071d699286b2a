using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Features.Advies;
using ZvhPlatform.Core.Features.Signalen;
using ZvhPlatform.Core.Features.Tijdlijn;
using ZvhPlatform.Core.Features.Zsm;

namespace ZvhPlatform.Web.Models;

/// <summary>The advice form as the browser sends it.</summary>
public sealed class AdviesForm
{
    /// <summary>Uitgebreid, Kort or Informatieknooppunt.</summary>
    public AdviesSoort Soort { get; set; } = AdviesSoort.Kort;

    /// <summary>Date of the advice (yyyy-MM-dd).</summary>
    public DateOnly? Datum { get; set; }

    /// <summary>Kenmerk of the case or aanmelding (uitgebreid advies; optional otherwise).</summary>
    public string? Kenmerk { get; set; }

    /// <summary>The person from the register (short advice that is not anonymous).</summary>
    public Guid? Persoon { get; set; }

    /// <summary>Anonymous short advice: no person is stored.</summary>
    public bool Anoniem { get; set; }

    /// <summary>The aanpak, when no case or aanmelding is given.</summary>
    public string? ModuleId { get; set; }

    /// <summary>The asking organisation.</summary>
    public string? VragerOrganisatie { get; set; }

    /// <summary>telefoon, e-mail or overleg.</summary>
    public string? Kanaal { get; set; }

    /// <summary>The question.</summary>
    public string? Vraag { get; set; }

    /// <summary>The advice given.</summary>
    public string? Antwoord { get; set; }
}

/// <summary>The advice page: the period's list and counts, and the form.</summary>
internal sealed record AdviesPageViewModel(AdviesOverzicht Overzicht, AdviesForm Form, string? PersoonNaam, IReadOnlyList<ModuleOption> Modules,
    IReadOnlyList<string> Errors);

/// <summary>The signalen page.</summary>
internal sealed record SignalenPageViewModel(SignalenOverzicht Overzicht, bool MetAfgehandeld, IReadOnlyList<string> Errors);

/// <summary>The ZSM page: scenarios and, when a person was chosen, the form for a new one.</summary>
internal sealed record ZsmPageViewModel(IReadOnlyList<ZsmScenarioRow> Scenarios, Guid? PersonId, string? PersoonNaam, string? Kenmerk, string? Context,
    string? Advies, IReadOnlyList<string> Errors);

/// <summary>A timeline of a case or a person.</summary>
internal sealed record TijdlijnViewModel(string Titel, string Terug, string TerugTekst, IReadOnlyList<TijdlijnItem> Items);
