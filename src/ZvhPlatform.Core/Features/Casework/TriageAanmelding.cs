using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Access;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Casework;

/// <summary>One landelijk criterium as answered at the triage.</summary>
internal sealed record TriageAntwoordInput(string Code, bool? Voldaan, string? Motivatie);

/// <summary>
/// The integrale triage of an aanmelding against the landelijke criteria. Procesregie opens a case (purpose
/// "Procesregie" from the privacy protocol) that waits in the werkvoorraad; uitgebreid advies is recorded as advice
/// on the aanmelding; niet ZVH-waardig gives advice back to the local field. The referrer is told the outcome.
/// </summary>
[RequiresPermission(CorePermissions.AanmeldingenBehandelen)]
internal sealed record TriageAanmelding(Guid AanmeldingId, DateOnly? Datum, IReadOnlyList<TriageAntwoordInput> Antwoorden, string? AanwezigePartners,
    TriageUitkomst? Uitkomst, string? AdviesTerug, long Version) : ICommand<Guid?>;

internal sealed class TriageAanmeldingValidator(TimeProvider clock) : IRequestValidator<TriageAanmelding>
{
    public IEnumerable<ValidationProblem> Validate(TriageAanmelding request)
    {
        foreach (var (code, tekst) in WayOfWorking.TriageCriteria)
        {
            var antwoord = request.Antwoorden.FirstOrDefault(a => a.Code == code);
            if (antwoord?.Voldaan is null)
            {
                yield return new(code, $"Beantwoord het criterium \"{tekst}\" met ja of nee.");
            }

            if (string.IsNullOrWhiteSpace(antwoord?.Motivatie))
            {
                yield return new(code, $"Motiveer het antwoord op het criterium \"{tekst}\".");
            }
            else if (antwoord.Motivatie.Length > 2000)
            {
                yield return new(code, "Een motivatie is maximaal 2000 tekens.");
            }
        }

        if (string.IsNullOrWhiteSpace(request.AanwezigePartners))
        {
            yield return new(nameof(request.AanwezigePartners), "Vul in welke partners bij de triage aanwezig waren.");
        }
        else if (request.AanwezigePartners.Length > 2000)
        {
            yield return new(nameof(request.AanwezigePartners), "De lijst van aanwezige partners is maximaal 2000 tekens.");
        }

        if (request.AdviesTerug?.Length > 4000)
        {
            yield return new(nameof(request.AdviesTerug), "Het advies is maximaal 4000 tekens.");
        }

        if (request.Uitkomst is not { } uitkomst || !Enum.IsDefined(uitkomst))
        {
            yield return new(nameof(request.Uitkomst), "Kies de uitkomst van de triage.");
        }
        else if (uitkomst != TriageUitkomst.Procesregie && string.IsNullOrWhiteSpace(request.AdviesTerug))
        {
            yield return new(nameof(request.AdviesTerug), "Vul het advies in dat aan de verwijzer wordt teruggegeven.");
        }
        else if (uitkomst == TriageUitkomst.Procesregie && !CriteriaMet(request.Antwoorden))
        {
            yield return new(nameof(request.Uitkomst),
                "Procesregie past alleen als aan de landelijke criteria is voldaan: de eerste drie criteria, of een ernstig lokaal veiligheidsprobleem.");
        }

        if (request.Datum is { } datum && datum > DateOnly.FromDateTime(clock.GetLocalNow().DateTime))
        {
            yield return new(nameof(request.Datum), "De datum van de triage kan niet in de toekomst liggen.");
        }
    }

    /// <summary>The landelijke criteria: the first three together, or the serious local safety problem.</summary>
    private static bool CriteriaMet(IReadOnlyList<TriageAntwoordInput> antwoorden)
    {
        bool Yes(string code) => antwoorden.Any(a => a.Code == code && a.Voldaan == true);
        return (Yes("meerdere-leefgebieden") && Yes("ketensamenwerking") && Yes("systeem")) || Yes("lokaal-veiligheidsprobleem");
    }
}

internal sealed class TriageAanmeldingHandler(CaseworkDbContext db, CaseOpener opener, Compartments compartments, CurrentUser user, IAccessLog log) : ICommandHandler<TriageAanmelding, Guid?>
{
    public async ValueTask<Guid?> Handle(TriageAanmelding command, CancellationToken cancellationToken)
    {
        var aanmelding = await db.Aanmeldingen.SingleOrDefaultAsync(a => a.Id == command.AanmeldingId, cancellationToken);
        if (aanmelding is null || compartments.IsClosed(aanmelding.ModuleId))
        {
            throw new KeyNotFoundException("Aanmelding niet gevonden.");
        }

        if (aanmelding.Status != AanmeldingStatus.Ontvangen)
        {
            throw new RequestValidationException([new ValidationProblem(nameof(command.Uitkomst), "Deze aanmelding is al getrieerd.")]);
        }

        db.Entry(aanmelding).Property(a => a.Version).OriginalValue = command.Version;
        var datum = command.Datum ?? opener.Today;
        var uitkomst = command.Uitkomst!.Value;
        var triage = new Triage
        {
            AanmeldingId = aanmelding.Id, Datum = datum, Uitkomst = uitkomst, AdviesTerug = Clean(command.AdviesTerug),
            AanwezigePartners = command.AanwezigePartners!.Trim(), Door = user.DisplayName,
        };
        triage.Antwoorden.AddRange(WayOfWorking.TriageCriteria.Select(c => command.Antwoorden.First(a => a.Code == c.Code))
            .Select(a => new TriageCriteriumAntwoord { TriageId = triage.Id, Code = a.Code, Voldaan = a.Voldaan!.Value, Motivatie = a.Motivatie!.Trim() }));
        db.Triages.Add(triage);

        Casus? casus = null;
        switch (uitkomst)
        {
            case TriageUitkomst.Procesregie:
                if (aanmelding.PersonId is not { } personId)
                {
                    throw new RequestValidationException([new ValidationProblem(nameof(command.Uitkomst),
                        "Koppel eerst de persoon aan de aanmelding (bekendheidscheck); voor procesregie wordt een casus voor de persoon geopend.")]);
                }

                casus = await opener.OpenAsync(aanmelding.ModuleId, personId, Purposes.Procesregie, CasusStatus.Werkvoorraad,
                    $"Triage {datum:dd-MM-yyyy}: procesregie; in de werkvoorraad", cancellationToken, datum);
                casus.AanmeldingId = aanmelding.Id;
                casus.SubAanpak = aanmelding.SubAanpak;
                casus.GemeenteCode ??= aanmelding.GemeenteCode;
                var last = await db.Werkvoorraad.Where(w => w.Tot == null).MaxAsync(w => (int?)w.Prioriteit, cancellationToken) ?? 0;
                db.Werkvoorraad.Add(new WerkvoorraadPlaats { CasusId = casus.Id, Sinds = datum, Prioriteit = last + 1 });
                aanmelding.Status = AanmeldingStatus.Procesregie;
                aanmelding.CasusId = casus.Id;
                aanmelding.TerugkoppelingAanVerwijzer = $"Triage {datum:dd-MM-yyyy}: procesregie door het Zorg- en Veiligheidshuis. " +
                                                        "De casus staat in de werkvoorraad en wacht op een procesregisseur.";
                break;
            case TriageUitkomst.UitgebreidAdvies:
                db.Adviezen.Add(new ZvhPlatform.Core.Casework.Advies
                {
                    ModuleId = aanmelding.ModuleId, Soort = AdviesSoort.Uitgebreid, Datum = datum, AanmeldingId = aanmelding.Id, PersonId = aanmelding.PersonId,
                    VragerOrganisatie = aanmelding.VerwijzerOrganisatie, Kanaal = "Triage", Vraag = Shorten(aanmelding.Reden), Antwoord = triage.AdviesTerug!,
                    Door = user.DisplayName,
                });
                aanmelding.Status = AanmeldingStatus.UitgebreidAdvies;
                aanmelding.TerugkoppelingAanVerwijzer = $"Triage {datum:dd-MM-yyyy}: uitgebreid advies. Advies: {triage.AdviesTerug}";
                break;
            default:
                aanmelding.Status = AanmeldingStatus.NietZvhWaardig;
                aanmelding.TerugkoppelingAanVerwijzer = $"Triage {datum:dd-MM-yyyy}: niet ZVH-waardig. Advies aan het lokale veld: {triage.AdviesTerug}";
                break;
        }

        aanmelding.TerugkoppelingAanVerwijzer = Shorten(aanmelding.TerugkoppelingAanVerwijzer, 1000);
        await db.SaveChangesAsync(cancellationToken);
        await log.RecordAsync(new AccessRecord(casus is null ? AccessAction.Wijzigen : AccessAction.Aanmaken, casus?.Doel ?? Purposes.Aanmelding,
            aanmelding.PersonId is { } pid ? [pid] : [], casus?.Id, aanmelding.ModuleId, "toegestaan", false, $"triage aanmelding {aanmelding.Kenmerk}"),
            cancellationToken);
        return casus?.Id;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Shorten(string? value, int max = 4000) => value is null ? "" : value.Length <= max ? value : value[..(max - 1)] + "…";
}
