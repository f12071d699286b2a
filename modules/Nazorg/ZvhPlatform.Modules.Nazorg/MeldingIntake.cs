using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Persons;
using ZvhPlatform.Core.Contracts.Regions;
using ZvhPlatform.Kernel.Entitlement;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Kernel.Tenancy;
using ZvhPlatform.Modules.Nazorg.Data;

namespace ZvhPlatform.Modules.Nazorg;

/// <summary>The fields of a DJI melding, as entered on the screen or read from a line of an import.</summary>
internal sealed record MeldingInvoer(
    string? Bsn, string? Voornamen, string? Achternaam, DateOnly? Geboortedatum, string? GemeenteCode, string? Inrichting,
    DateOnly? DetentieStart, DateOnly? VerwachteOntslagdatum, bool Zelfmelder, DateOnly? OntvangenOp);

/// <summary>What the contract says about a melding for a municipality on a date.</summary>
/// <param name="Toegestaan">The municipality bought nazorg on the date.</param>
/// <param name="Parkeren">Not bought, but the region parks such meldingen for the coordinator.</param>
/// <param name="Reden">The Dutch refusal or parking reason.</param>
internal sealed record GemeenteBesluit(bool Toegestaan, bool Parkeren, string? Reden);

/// <summary>
/// The rules of a DJI melding shared by the entry screen and the import: the fields themselves, the municipality of
/// the region and the contract on the day it is taken on, the reference and the person's pseudonymous id.
/// </summary>
internal sealed class MeldingIntake(NazorgDbContext db, IRegionDirectory regions, IModuleEntitlement entitlement, IRegionContext region, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>Problems with the fields themselves, in Dutch.</summary>
    public static IEnumerable<string> CheckFields(MeldingInvoer input, DateOnly today)
    {
        if (!string.IsNullOrWhiteSpace(input.Bsn) && !Bsn.IsValid(input.Bsn))
        {
            yield return "Dit is geen geldig BSN (het voldoet niet aan de elfproef). Laat het veld leeg als het BSN niet bekend is.";
        }

        if (string.IsNullOrWhiteSpace(input.Achternaam))
        {
            yield return "Vul de achternaam van de gedetineerde in.";
        }

        if (input.Geboortedatum is { } dob && (dob > today || dob < today.AddYears(-120)))
        {
            yield return "De geboortedatum kan niet in de toekomst of meer dan 120 jaar geleden liggen.";
        }

        if (string.IsNullOrWhiteSpace(input.GemeenteCode))
        {
            yield return "Kies de gemeente van inschrijving.";
        }

        if (!input.Zelfmelder && string.IsNullOrWhiteSpace(input.Inrichting))
        {
            yield return "Vul de penitentiaire inrichting in (bij een zelfmelder mag die nog leeg zijn).";
        }

        if (!input.Zelfmelder && input.DetentieStart is null)
        {
            yield return "Vul de begindatum van de detentie in (bij een zelfmelder mag die nog leeg zijn).";
        }

        if (!input.Zelfmelder && input.DetentieStart is { } start && start > today)
        {
            yield return "De detentie kan niet in de toekomst begonnen zijn; is het een zelfmelder?";
        }

        if (input.DetentieStart is { } begin && input.VerwachteOntslagdatum is { } ontslag && ontslag < begin)
        {
            yield return "De verwachte ontslagdatum ligt vóór het begin van de detentie.";
        }

        if (input.OntvangenOp is { } ontvangen && ontvangen > today)
        {
            yield return "De datum van ontvangst van de melding kan niet in de toekomst liggen.";
        }

        if (Longer(input.Voornamen, 200) || Longer(input.Achternaam, 200) || Longer(input.Inrichting, 200))
        {
            yield return "Een naam of de inrichting is te lang (maximaal 200 tekens).";
        }
    }

    /// <summary>
    /// Whether nazorg may take on a melding for the municipality today: the municipality must belong to the region and
    /// have bought nazorg on that day; otherwise it is refused, or parked when the region chose that.
    /// </summary>
    public async Task<GemeenteBesluit> CheckGemeenteAsync(string gemeenteCode, CancellationToken cancellationToken)
    {
        var code = gemeenteCode.Trim().ToUpperInvariant();
        var gemeente = (await regions.GemeentenAsync(cancellationToken)).FirstOrDefault(g => g.CbsCode == code);
        if (gemeente is null)
        {
            return new GemeenteBesluit(false, false, $"Gemeente {code} hoort niet bij deze regio.");
        }

        var decision = await entitlement.CheckMunicipalityAsync(region.RequiredRegion.Id, NazorgModule.Id, code, Today, cancellationToken);
        if (decision.Allowed)
        {
            return new GemeenteBesluit(true, false, null);
        }

        var reden = decision.Reason ?? $"De gemeente {gemeente.Name} heeft {NazorgModule.Naam} niet afgenomen op {Today.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)}.";
        var parkeren = await db.Instellingen.AsNoTracking().AnyAsync(i => i.ParkerenBuitenContract, cancellationToken);
        return new GemeenteBesluit(false, parkeren, reden);
    }

    /// <summary>A new melding from valid input; the caller adds it and logs the access.</summary>
    public static NazorgMelding Build(MeldingInvoer input, string kenmerk, Guid persoonId, GemeenteBesluit besluit, DateOnly today, Guid? coordinator) => new()
    {
        Kenmerk = kenmerk,
        PersoonId = persoonId,
        Bsn = Bsn.Normalize(input.Bsn),
        Voornamen = Clean(input.Voornamen),
        Achternaam = input.Achternaam!.Trim(),
        Geboortedatum = input.Geboortedatum,
        GemeenteCode = input.GemeenteCode!.Trim().ToUpperInvariant(),
        Inrichting = Clean(input.Inrichting),
        DetentieStart = input.DetentieStart,
        VerwachteOntslagdatum = input.VerwachteOntslagdatum,
        Zelfmelder = input.Zelfmelder,
        OntvangenOp = input.OntvangenOp ?? today,
        Status = besluit.Toegestaan ? MeldingStatus.Ontvangen : MeldingStatus.Geparkeerd,
        ParkeerReden = besluit.Toegestaan ? null : besluit.Reden,
        CoordinatorUserId = coordinator,
    };

    /// <summary>The next references per year of receipt ("N2023-0001"), continuing the region's numbering.</summary>
    public async Task<Func<DateOnly, string>> KenmerkenAsync(CancellationToken cancellationToken)
    {
        var existing = await db.Meldingen.AsNoTracking().Select(m => m.Kenmerk).ToListAsync(cancellationToken);
        var next = existing.Where(k => k.Length > 6 && k[0] == 'N')
            .GroupBy(k => k[1..5], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Max(k => int.TryParse(k[6..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0),
                StringComparer.Ordinal);
        return date =>
        {
            var year = date.Year.ToString("0000", CultureInfo.InvariantCulture);
            next[year] = next.GetValueOrDefault(year) + 1;
            return $"N{year}-{next[year]:0000}";
        };
    }

    /// <summary>The pseudonymous person id: that of an earlier melding with the same BSN in the region, else a new one.</summary>
    public async Task<Func<string?, Guid>> PersoonIdsAsync(IEnumerable<string?> bsns, CancellationToken cancellationToken)
    {
        var wanted = bsns.Select(Bsn.Normalize).OfType<string>().Distinct().ToList();
        var known = (await db.Meldingen.AsNoTracking().Where(m => m.Bsn != null && wanted.Contains(m.Bsn))
                .Select(m => new { m.Bsn, m.PersoonId }).ToListAsync(cancellationToken))
            .GroupBy(m => m.Bsn!).ToDictionary(g => g.Key, g => g.First().PersoonId, StringComparer.Ordinal);
        return bsn =>
        {
            if (Bsn.Normalize(bsn) is not { } normalized)
            {
                return Guid.NewGuid();
            }

            if (!known.TryGetValue(normalized, out var id))
            {
                id = Guid.NewGuid();
                known[normalized] = id;
            }

            return id;
        };
    }

    private static bool Longer(string? value, int max) => value is not null && value.Length > max;

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
