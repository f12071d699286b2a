using System.Runtime.CompilerServices;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Partners;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Persons;

namespace ZvhPlatform.Core.Features.Casework;

/// <summary>
/// A case with its persons and participants, for those with need-to-know. Anyone else gets "not found",
/// the same answer as for a case that does not exist, so a case's existence is not revealed.
/// </summary>
internal sealed record ViewCase(Guid Id) : IQuery<CaseDetails>;

internal sealed record CasePersonRow(Guid PersonId, string Naam, DateOnly? Geboortedatum, CaseRole Rol);

internal sealed record CaseParticipantRow(Guid Id, Guid UserId, string Naam, string? Organisatie, DateTime ToegevoegdUtc, string? NamensPartner,
    bool VasteVertegenwoordiger);

internal sealed record CaseStatusRow(DateOnly Datum, CasusStatus? Van, CasusStatus Naar, string? Toelichting, string Door);

internal sealed record CaseScalingRow(DateOnly Datum, SchaalNiveau Van, SchaalNiveau Naar, string? Ontvanger, string Toelichting, string Door);

internal sealed record CasePlanGoalRow(Leefgebied Leefgebied, string Doel, string? Interventie, string? VerantwoordelijkePartner, bool Behaald);

internal sealed record CaseActionRow(string Omschrijving, string EigenaarOrganisatie, DateOnly Deadline);

internal sealed record CaseDetails(
    Guid Id, string Kenmerk, string ModuleId, string Doel, string Grondslag, DateOnly GeopendOp, DateOnly? AfgeslotenOp, string? AfsluitReden,
    DateOnly? BewarenTot, long Version, IReadOnlyList<CasePersonRow> Personen, IReadOnlyList<CaseParticipantRow> Deelnemers, bool ViaNoodtoegang)
{
    public CasusStatus Status { get; init; }

    public string? SubAanpak { get; init; }

    public string? ProcesregisseurNaam { get; init; }

    public Guid? CasushouderPartnerId { get; init; }

    public string? CasushouderOrganisatie { get; init; }

    public string? Evaluatie { get; init; }

    public Guid? AanmeldingId { get; init; }

    public string? AanmeldingKenmerk { get; init; }

    public IReadOnlyList<CaseStatusRow> StatusHistorie { get; init; } = [];

    public IReadOnlyList<CaseScalingRow> Schalingen { get; init; } = [];

    public IReadOnlyList<CaseLink> Links { get; init; } = [];

    /// <summary>The goals of the current plan van aanpak version (the plan page has the history).</summary>
    public IReadOnlyList<CasePlanGoalRow> PlanDoelen { get; init; } = [];

    public int? PlanVersie { get; init; }

    /// <summary>Open actions, earliest deadline first.</summary>
    public IReadOnlyList<CaseActionRow> OpenActies { get; init; } = [];

    /// <summary>Why new work is refused on this open case (its gemeente's contract ended): it is to be closed or handed over; null otherwise.</summary>
    public string? AfTeSluitenReden { get; init; }
}

internal sealed class ViewCaseHandler(CaseworkDbContext db, CoreDbContext core, ICaseAccess access, IAccessLog log, IPartnerDirectory partners,
    IEnumerable<ICaseworkExtension> extensions, CaseContractScope scope) : IQueryHandler<ViewCase, CaseDetails>
{
    public async ValueTask<CaseDetails> Handle(ViewCase query, CancellationToken cancellationToken)
    {
        // Some ten reads follow on this context: one connection for all of them instead of one from the pool per read.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await ReadAsync(query, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<CaseDetails> ReadAsync(ViewCase query, CancellationToken cancellationToken)
    {
        var decision = await access.CheckAsync(query.Id, cancellationToken);
        if (!decision.Allowed)
        {
            throw new KeyNotFoundException("Casus niet gevonden.");
        }

        var q = Queries.GetValue(db.Model, _ => new CaseQueries());
        var c = await q.Case(db, query.Id, cancellationToken);
        var ids = c.Personen.Select(p => p.PersonId).ToList();
        var persons = await PersonNames.GetValue(core.Model, _ => new PersonQuery()).Names(core, ids).ToDictionaryAsync(p => p.Id, cancellationToken: cancellationToken);
        var history = await q.History(db, c.Id).ToListAsync(cancellationToken);
        var scalings = (await q.Scalings(db, c.Id).ToListAsync(cancellationToken))
            .OrderBy(s => s.Datum).Select(s => new CaseScalingRow(s.Datum, s.Van, s.Naar, s.Ontvanger, s.Toelichting, s.Door)).ToList();
        var aanmelding = c.AanmeldingId is { } aid ? await q.AanmeldingKenmerk(db, aid, cancellationToken) : null;
        var plan = await q.Plan(db, c.Id, cancellationToken);
        var goals = plan?.Doelen ?? [];
        var actions = await q.OpenActions(db, c.Id).ToListAsync(cancellationToken);
        var deelnemers = c.Deelnemers.Where(d => d.VerwijderdUtc == null).ToList();
        // Most cases have no participant on behalf of a partner organisation: the partner register is only read for those.
        var partnerNames = deelnemers.Any(d => d.NamensPartnerId is not null)
            ? (await partners.ActivePartnersAsync(cancellationToken)).ToDictionary(p => p.Id, p => p.Naam)
            : [];
        var contract = c.AfgeslotenOp is null ? await scope.CheckAsync(c.ModuleId, c.GemeenteCode, cancellationToken) : null;
        // A module the region no longer has answers 404 on its own screens, so its links are left out.
        var moduleEnabled = (await scope.CheckAsync(c.ModuleId, null, cancellationToken)).Allowed;
        await log.RecordAsync(new AccessRecord(AccessAction.Inzien, c.Doel, ids, c.Id, c.ModuleId, "toegestaan", decision.ViaEmergency, "casus"),
            cancellationToken);
        return new CaseDetails(c.Id, c.Kenmerk, c.ModuleId, c.Doel, c.Grondslag, c.GeopendOp, c.AfgeslotenOp, c.AfsluitReden, c.BewarenTot, c.Version,
            c.Personen.Select(p => new CasePersonRow(p.PersonId, persons.TryGetValue(p.PersonId, out var person) ? person.VolledigeNaam : "(verwijderd)",
                persons.GetValueOrDefault(p.PersonId)?.Geboortedatum, p.Rol)).ToList(),
            deelnemers.Select(d => new CaseParticipantRow(d.Id, d.UserId, d.Naam, d.Organisatie, d.ToegevoegdUtc,
                d.NamensPartnerId is { } np ? partnerNames.GetValueOrDefault(np) : null, d.VasteVertegenwoordiger)).ToList(),
            decision.ViaEmergency)
        {
            Status = c.Status,
            SubAanpak = c.SubAanpak,
            ProcesregisseurNaam = c.ProcesregisseurNaam,
            CasushouderPartnerId = c.CasushouderPartnerId,
            CasushouderOrganisatie = c.CasushouderOrganisatie,
            Evaluatie = c.Evaluatie,
            AanmeldingId = c.AanmeldingId,
            AanmeldingKenmerk = aanmelding,
            StatusHistorie = history,
            Schalingen = scalings,
            Links = moduleEnabled ? extensions.FirstOrDefault(e => e.ModuleId == c.ModuleId)?.Links(c.Id) ?? [] : [],
            AfTeSluitenReden = contract is { Allowed: false } ? contract.Reason : null,
            PlanDoelen = goals,
            PlanVersie = plan?.Versie,
            OpenActies = actions,
        };
    }

    // The case page is the page a coordinator opens most after the list, and its seven reads on this context were
    // each translated anew per request (EF's funcletizer and query-cache lookup, bench/README.md). Compiled once per
    // model (one process may hold hosts on several providers); the region query filter is part of each compiled query
    // and reads the context's current region when it runs.
    private static readonly ConditionalWeakTable<IModel, CaseQueries> Queries = new();

    private static readonly ConditionalWeakTable<IModel, PersonQuery> PersonNames = new();

    private sealed record PlanRow(int Versie, List<CasePlanGoalRow> Doelen);

    // Only what the page shows: the whole person would also carry the address, contact details and BSN into memory.
    private sealed record PersonName(Guid Id, string Voornamen, string? Tussenvoegsel, string Achternaam, DateOnly? Geboortedatum)
    {
        public string VolledigeNaam => Person.FullName(Voornamen, Tussenvoegsel, Achternaam);
    }

    private sealed class PersonQuery
    {
        public Func<CoreDbContext, List<Guid>, IAsyncEnumerable<PersonName>> Names { get; } = EF.CompileAsyncQuery(
            (CoreDbContext db, List<Guid> ids) => db.Persons.AsNoTracking().Where(p => ids.Contains(p.Id))
                .Select(p => new PersonName(p.Id, p.Voornamen, p.Tussenvoegsel, p.Achternaam, p.Geboortedatum)));
    }

    private sealed class CaseQueries
    {
        public Func<CaseworkDbContext, Guid, CancellationToken, Task<Casus>> Case { get; } = EF.CompileAsyncQuery(
            (CaseworkDbContext db, Guid id, CancellationToken ct) => db.Casussen.AsNoTracking().Include(x => x.Personen).Include(x => x.Deelnemers).Single(x => x.Id == id));

        public Func<CaseworkDbContext, Guid, IAsyncEnumerable<CaseStatusRow>> History { get; } = EF.CompileAsyncQuery(
            (CaseworkDbContext db, Guid id) => db.StatusWijzigingen.AsNoTracking().Where(w => w.CasusId == id).OrderBy(w => w.Datum).ThenBy(w => w.VastgelegdUtc)
                .Select(w => new CaseStatusRow(w.Datum, w.Van, w.Naar, w.Toelichting, w.Door)));

        public Func<CaseworkDbContext, Guid, IAsyncEnumerable<Schaling>> Scalings { get; } = EF.CompileAsyncQuery(
            (CaseworkDbContext db, Guid id) => db.Schalingen.AsNoTracking().Where(s => s.CasusId == id));

        public Func<CaseworkDbContext, Guid, CancellationToken, Task<string?>> AanmeldingKenmerk { get; } = EF.CompileAsyncQuery(
            (CaseworkDbContext db, Guid id, CancellationToken ct) => db.Aanmeldingen.AsNoTracking().Where(a => a.Id == id).Select(a => (string?)a.Kenmerk).FirstOrDefault());

        public Func<CaseworkDbContext, Guid, CancellationToken, Task<PlanRow?>> Plan { get; } = EF.CompileAsyncQuery(
            (CaseworkDbContext db, Guid id, CancellationToken ct) => db.Plannen.AsNoTracking().Where(p => p.CasusId == id)
                .Select(p => new PlanRow(p.Versie, p.Doelen.OrderBy(d => d.Leefgebied)
                    .Select(d => new CasePlanGoalRow(d.Leefgebied, d.Doel, d.Interventie, d.VerantwoordelijkePartner, d.Behaald)).ToList()))
                .FirstOrDefault());

        public Func<CaseworkDbContext, Guid, IAsyncEnumerable<CaseActionRow>> OpenActions { get; } = EF.CompileAsyncQuery(
            (CaseworkDbContext db, Guid id) => db.Acties.AsNoTracking().Where(a => a.CasusId == id && a.Status == ActieStatus.Open).OrderBy(a => a.Deadline)
                .Select(a => new CaseActionRow(a.Omschrijving, a.EigenaarOrganisatie, a.Deadline)));
    }
}
