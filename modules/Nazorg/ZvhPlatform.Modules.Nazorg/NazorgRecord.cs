using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Modules.Nazorg.Data;

namespace ZvhPlatform.Modules.Nazorg;

/// <summary>Loading a melding for a change, the states that allow work, and reducing a melding to what a refusal needs.</summary>
internal static class NazorgRecord
{
    /// <summary>The melding with its conditions and exchanges, checked against the version the user saw; 404 when not in this region.</summary>
    public static async Task<NazorgMelding> LoadForChangeAsync(NazorgDbContext db, Guid id, long version, CancellationToken cancellationToken)
    {
        var melding = await db.Meldingen.Include(m => m.Basisvoorwaarden).Include(m => m.Informatie18b)
                          .SingleOrDefaultAsync(m => m.Id == id, cancellationToken)
                      ?? throw new KeyNotFoundException("Melding niet gevonden.");
        if (melding.Version != version)
        {
            throw new DbUpdateConcurrencyException("De melding is intussen door iemand anders gewijzigd.");
        }

        db.Entry(melding).Property(m => m.Version).OriginalValue = version;
        return melding;
    }

    /// <summary>Refuses work on a melding in another state, with the reason in Dutch; a refusal of consent ends all work.</summary>
    public static void EnsureStatus(NazorgMelding melding, params MeldingStatus[] allowed)
    {
        if (allowed.Contains(melding.Status))
        {
            return;
        }

        var reden = melding.Status switch
        {
            MeldingStatus.Geweigerd => "Deze persoon heeft geen toestemming gegeven voor nazorg (of die ingetrokken). Nazorg is vrijwillig: er is geen verder werk mogelijk op deze melding.",
            MeldingStatus.Afgewezen => "Deze melding is afgewezen omdat de gemeente nazorg niet afneemt; er is geen verder werk mogelijk.",
            MeldingStatus.Afgesloten => "Deze melding is afgesloten; er is geen verder werk mogelijk.",
            MeldingStatus.Geparkeerd => "Deze melding is geparkeerd: de gemeente neemt nazorg niet af. Beslis eerst of de melding toch in behandeling wordt genomen.",
            MeldingStatus.Ontvangen => "Leg eerst vast of de persoon toestemming geeft voor nazorg; zonder toestemming is geen nazorg mogelijk.",
            _ => "Dit kan niet in de huidige stand van de melding.",
        };
        throw new RequestValidationException([new ValidationProblem("Status", reden)]);
    }

    /// <summary>Keeps only what records the refusal (reference, municipality, dates, outcome); everything else about the person goes.</summary>
    public static void Minimaliseer(NazorgDbContext db, NazorgMelding melding)
    {
        melding.Bsn = null;
        melding.Voornamen = null;
        melding.Achternaam = null;
        melding.Geboortedatum = null;
        melding.Inrichting = null;
        melding.DetentieStart = null;
        melding.VerwachteOntslagdatum = null;
        melding.OntslagenOp = null;
        melding.Trajectbegeleider = null;
        melding.TrajectbegeleidingReden = null;
        melding.TrajectbegeleidingVanaf = null;
        melding.TrajectbegeleidingTot = null;
        melding.Fasehuis = null;
        melding.FasehuisVanaf = null;
        melding.FasehuisTot = null;
        melding.ParkeerReden = null;
        db.Basisvoorwaarden.RemoveRange(melding.Basisvoorwaarden);
        db.Informatie18b.RemoveRange(melding.Informatie18b);
        melding.Basisvoorwaarden.Clear();
        melding.Informatie18b.Clear();
    }

    /// <summary>Marks the melding changed so its version moves even when only child rows changed.</summary>
    public static void Touch(NazorgDbContext db, NazorgMelding melding)
    {
        // Only the version: marking the whole row modified would also mark its region, which the write guard refuses.
        db.Entry(melding).Property(m => m.Version).IsModified = true;
    }

    public static string Datum(DateOnly? date) => date?.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture) ?? "";
}

/// <summary>Dutch names and fixed lists of the module.</summary>
internal static class NazorgNamen
{
    public static IReadOnlyList<BasisvoorwaardeSoort> Soorten { get; } = Enum.GetValues<BasisvoorwaardeSoort>();

    public static IReadOnlyList<string> AfsluitRedenen { get; } =
    [
        "Basisvoorwaarden op orde", "Geen nazorg meer nodig", "Verhuisd naar een andere gemeente of regio", "Opnieuw gedetineerd",
        "Geen contact meer", "Overgedragen aan procesregie", "Overleden", "Overig",
    ];

    public const string StandaardGrondslag18b = "Artikel 18b Wet straffen en beschermen (gegevensuitwisseling gemeente en DJI)";

    public static string Naam(BasisvoorwaardeSoort soort) => soort switch
    {
        BasisvoorwaardeSoort.Identiteitsbewijs => "Geldig identiteitsbewijs",
        BasisvoorwaardeSoort.Onderdak => "Onderdak na ontslag",
        BasisvoorwaardeSoort.InkomenOfDagbesteding => "Inkomen of dagbesteding",
        BasisvoorwaardeSoort.Schulden => "Schulden in beeld",
        BasisvoorwaardeSoort.ZorgEnVerzekering => "Zorg en zorgverzekering",
        _ => soort.ToString(),
    };

    public static string Naam(VoorwaardeStatus status) => status switch
    {
        VoorwaardeStatus.Onbekend => "Onbekend",
        VoorwaardeStatus.InBehandeling => "In behandeling",
        VoorwaardeStatus.Geregeld => "Geregeld",
        VoorwaardeStatus.NietNodig => "Niet nodig",
        VoorwaardeStatus.NietGelukt => "Niet gelukt",
        _ => status.ToString(),
    };

    public static string Naam(MeldingStatus status) => status switch
    {
        MeldingStatus.Geparkeerd => "Geparkeerd (gemeente buiten contract)",
        MeldingStatus.Ontvangen => "Ontvangen, toestemming nog vragen",
        MeldingStatus.Actief => "Nazorg loopt",
        MeldingStatus.Geweigerd => "Geen toestemming",
        MeldingStatus.Afgewezen => "Afgewezen (gemeente buiten contract)",
        MeldingStatus.Afgesloten => "Afgesloten",
        _ => status.ToString(),
    };

    public static string Naam(Fase fase) => fase == Fase.VoorOntslag ? "Vóór ontslag" : "Na ontslag";

    public static string Naam(Richting18b richting) => richting == Richting18b.GemeenteNaarDji ? "Gemeente aan DJI" : "DJI aan gemeente";

    /// <summary>Met: arranged or not needed.</summary>
    public static bool Voldaan(VoorwaardeStatus status) => status is VoorwaardeStatus.Geregeld or VoorwaardeStatus.NietNodig;
}
