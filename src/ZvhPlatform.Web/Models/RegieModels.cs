using ZvhPlatform.Core.Features.Acties;
using ZvhPlatform.Core.Features.Casusoverleg;
using ZvhPlatform.Core.Features.Interventies;
using ZvhPlatform.Core.Features.Meldingen;
using ZvhPlatform.Core.Features.Pga;
using ZvhPlatform.Core.Features.Plan;

namespace ZvhPlatform.Web.Models;

/// <summary>An aanpak a meeting can be planned for.</summary>
public sealed record ModuleOption(string Id, string Naam);

/// <summary>The list of case conferences.</summary>
internal sealed record OverlegListViewModel(IReadOnlyList<OverlegRow> Overleggen);

/// <summary>The form to plan a case conference (what the user typed is kept on refusal).</summary>
internal sealed record NewOverlegViewModel(string? Titel, string? ModuleId, string? Aanvang, string? Locatie, IReadOnlyList<ModuleOption> Modules,
    IReadOnlyList<string> Errors);

/// <summary>A case conference as the coordinator runs it; on a conflict the user's own minutes are kept next to the current ones.</summary>
internal sealed record OverlegViewModel(OverlegDetails Overleg, IReadOnlyList<string> Errors, string? IngediendeNotulen = null);

/// <summary>One decision row (htmx partial) under an agenda item.</summary>
internal sealed record BesluitRowViewModel(BesluitRow Besluit);

/// <summary>One action row (htmx partial).</summary>
internal sealed record ActieRowViewModel(ActieRow Actie, bool ToonCasus, bool Formulieren);

/// <summary>The plan page; on a conflict <see cref="Ingediend"/> holds what the user submitted, shown next to the current version.</summary>
internal sealed record PlanViewModel(PlanView Plan, IReadOnlyList<PlanDoelForm> Formulier, IReadOnlyList<string> Errors, bool Conflict,
    IReadOnlyList<PlanDoelForm>? Ingediend);

/// <summary>The plan history page.</summary>
internal sealed record PlanHistorieViewModel(PlanHistorie Historie);

/// <summary>One row of the plan form (also the htmx partial for an extra row).</summary>
internal sealed record PlanDoelRowViewModel(string Key, PlanDoelForm Doel, IReadOnlyList<string> Interventies, IReadOnlyList<string> Partners);

/// <summary>A table of goals (current version, the other's version on a conflict, or a version in the history).</summary>
internal sealed record PlanDoelenTabelViewModel(IReadOnlyList<PlanDoelRow> Doelen, string Caption, string TestId);

/// <summary>A goal as posted by the plan form.</summary>
public sealed class PlanDoelForm
{
    /// <summary>The leefgebied (enum name).</summary>
    public string? Leefgebied { get; set; }

    /// <summary>The goal.</summary>
    public string? Doel { get; set; }

    /// <summary>The intervention from the catalogue.</summary>
    public string? Interventie { get; set; }

    /// <summary>The responsible partner.</summary>
    public string? VerantwoordelijkePartner { get; set; }

    /// <summary>Start date.</summary>
    public DateOnly? Startdatum { get; set; }

    /// <summary>End date.</summary>
    public DateOnly? Einddatum { get; set; }

    /// <summary>Whether the goal was achieved.</summary>
    public bool Behaald { get; set; }
}

/// <summary>The actions of a case.</summary>
internal sealed record CaseActiesViewModel(CaseActies Acties, IReadOnlyList<string> Errors);

/// <summary>"Mijn acties" / "Acties van mijn organisatie".</summary>
internal sealed record MijnActiesViewModel(MijnActies Acties, IReadOnlyList<string> Errors);

/// <summary>The PGA monitor page; on refusal the user's scores are kept.</summary>
internal sealed record PgaViewModel(PgaView Pga, IReadOnlyList<string> Errors, string? Moment, string? Datum, IReadOnlyDictionary<int, int> Scores);

/// <summary>The notifications page.</summary>
internal sealed record MeldingenViewModel(IReadOnlyList<MeldingRow> Meldingen);

/// <summary>The intervention catalogue.</summary>
internal sealed record InterventiesViewModel(IReadOnlyList<InterventieRow> Interventies, IReadOnlyList<string> Errors);
