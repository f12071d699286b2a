using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Demo;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Modules.Nazorg.Data;

namespace ZvhPlatform.Modules.Nazorg;

/// <summary>
/// Nazorg work for the demo (Development only): meldingen in every stage a nazorgcoördinator meets, so the dashboard
/// shows someone released within 14 days with open basisvoorwaarden, a person after release with trajectbegeleiding, a
/// fasehuis placement, a refusal kept to the minimum and a closed melding. Dates are relative to today; persons are
/// synthetic (elfproef BSNs that belong to no one known); every melding created is in the access log. Only for the
/// municipalities the region contracts today, and only while the region has no nazorg meldingen.
/// </summary>
internal sealed class NazorgDemoData(NazorgDbContext db, MeldingIntake intake, IAccessLog log) : IModuleDemoData
{
    public string ModuleId => NazorgModule.Id;

    public async Task<bool> SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Meldingen.AnyAsync(cancellationToken))
        {
            return false;
        }

        var today = intake.Today;
        var gemeenten = new List<string>();
        foreach (var code in new[] { "GM0118", "GM0119", "GM1680", "GM1730", "GM1690", "GM1731" })
        {
            if ((await intake.CheckGemeenteAsync(code, cancellationToken)).Toegestaan)
            {
                gemeenten.Add(code);
            }
        }

        if (gemeenten.Count == 0)
        {
            return false;
        }

        var kenmerken = await intake.KenmerkenAsync(cancellationToken);
        var index = 0;
        NazorgMelding Melding(string voornamen, string achternaam, string bsn, DateOnly geboren, int ontvangenDagenGeleden, int ontslagOverDagen,
            string inrichting, bool zelfmelder = false)
        {
            var ontvangen = today.AddDays(-ontvangenDagenGeleden);
            var melding = new NazorgMelding
            {
                Kenmerk = kenmerken(ontvangen), Bsn = bsn, Voornamen = voornamen, Achternaam = achternaam, Geboortedatum = geboren,
                GemeenteCode = gemeenten[index++ % gemeenten.Count], Inrichting = inrichting, DetentieStart = ontvangen.AddDays(-90),
                VerwachteOntslagdatum = today.AddDays(ontslagOverDagen), Zelfmelder = zelfmelder, OntvangenOp = ontvangen, Status = MeldingStatus.Ontvangen,
                Version = 1,
            };
            db.Meldingen.Add(melding);
            return melding;
        }

        void Voorwaarden(NazorgMelding melding, Fase fase, params (VoorwaardeStatus Status, string? Wie, int DagenGeleden)[] perSoort)
        {
            foreach (var (soort, i) in NazorgNamen.Soorten.Select((s, i) => (s, i)))
            {
                var (status, wie, dagen) = perSoort[i];
                var voorwaarde = new Basisvoorwaarde
                {
                    MeldingId = melding.Id, Soort = soort, Fase = fase, Status = status, Verantwoordelijke = wie,
                    Datum = status is VoorwaardeStatus.Onbekend ? null : today.AddDays(-dagen),
                };
                melding.Basisvoorwaarden.Add(voorwaarde);
            }
        }

        void Toestemming(NazorgMelding melding, int dagenGeleden)
        {
            melding.Status = MeldingStatus.Actief;
            melding.ToestemmingOp = today.AddDays(-dagenGeleden);
        }

        // Received two days ago; consent still to be asked.
        Melding("Rachid", "El Amrani", "900000016", new DateOnly(1991, 3, 14), 2, 45, "PI Veenhuizen");

        // Released in 9 days with housing and income still open: on the dashboard and in the daily warning.
        var binnenkort = Melding("Kevin", "de Boer", "900000028", new DateOnly(1988, 11, 2), 40, 9, "PI Leeuwarden");
        Toestemming(binnenkort, 30);
        Voorwaarden(binnenkort, Fase.VoorOntslag, (VoorwaardeStatus.Geregeld, "Gemeente, team Burgerzaken", 12), (VoorwaardeStatus.InBehandeling, "Woningcorporatie", 5),
            (VoorwaardeStatus.Onbekend, null, 0), (VoorwaardeStatus.Geregeld, "Schuldhulpverlening", 8), (VoorwaardeStatus.Geregeld, "Casemanager PI", 10));

        // Released ten days ago without a place to live: trajectbegeleiding because regular nazorg falls short.
        var vrij = Melding("Sandra", "Mulder", "900000041", new DateOnly(1979, 6, 21), 80, -10, "PI Zwolle");
        Toestemming(vrij, 70);
        vrij.OntslagenOp = today.AddDays(-10);
        var voor = new (VoorwaardeStatus, string?, int)[]
        {
            (VoorwaardeStatus.Geregeld, "Gemeente, team Burgerzaken", 30), (VoorwaardeStatus.NietGelukt, "Woningcorporatie", 12),
            (VoorwaardeStatus.Geregeld, "UWV", 15), (VoorwaardeStatus.InBehandeling, "Schuldhulpverlening", 20), (VoorwaardeStatus.Geregeld, "Huisarts", 25),
        };
        Voorwaarden(vrij, Fase.VoorOntslag, voor);
        Voorwaarden(vrij, Fase.NaOntslag, (VoorwaardeStatus.Geregeld, "Gemeente, team Burgerzaken", 30), (VoorwaardeStatus.InBehandeling, "Maatschappelijke opvang", 3),
            (VoorwaardeStatus.Geregeld, "UWV", 15), (VoorwaardeStatus.InBehandeling, "Schuldhulpverlening", 20), (VoorwaardeStatus.Geregeld, "Huisarts", 25));
        vrij.Trajectbegeleider = "Reclassering Nederland, trajectbegeleider";
        vrij.TrajectbegeleidingReden = "Geen onderdak na ontslag; reguliere nazorg schiet tekort.";
        vrij.TrajectbegeleidingVanaf = today.AddDays(-8);

        // In a fasehuis for the last months of detention, released next month.
        var fasehuis = Melding("Marco", "Hendriks", "900000053", new DateOnly(1985, 1, 9), 120, 35, "PI Veenhuizen");
        Toestemming(fasehuis, 110);
        Voorwaarden(fasehuis, Fase.VoorOntslag, (VoorwaardeStatus.Geregeld, "Gemeente, team Burgerzaken", 60), (VoorwaardeStatus.Geregeld, "Familie", 20),
            (VoorwaardeStatus.InBehandeling, "Leerwerkbedrijf", 14), (VoorwaardeStatus.NietNodig, null, 60), (VoorwaardeStatus.Geregeld, "Zorgverzekeraar", 50));
        fasehuis.Fasehuis = "Fasehuis Assen";
        fasehuis.FasehuisVanaf = today.AddDays(-40);

        // Refused: only the reference, municipality and dates are kept.
        var geweigerd = Melding("", "", "900000065", new DateOnly(1995, 8, 30), 25, 20, "PI Leeuwarden", zelfmelder: true);
        NazorgRecord.Minimaliseer(db, geweigerd);
        geweigerd.Status = MeldingStatus.Geweigerd;
        geweigerd.GeweigerdOp = today.AddDays(-20);
        geweigerd.AfgeslotenOp = geweigerd.GeweigerdOp;

        // Closed after a good start outside.
        var afgesloten = Melding("Peter", "Smit", "900000077", new DateOnly(1972, 4, 3), 260, -150, "PI Zwolle");
        Toestemming(afgesloten, 250);
        afgesloten.OntslagenOp = today.AddDays(-150);
        var klaar = new (VoorwaardeStatus, string?, int)[]
        {
            (VoorwaardeStatus.Geregeld, "Gemeente, team Burgerzaken", 170), (VoorwaardeStatus.Geregeld, "Woningcorporatie", 160),
            (VoorwaardeStatus.Geregeld, "UWV", 155), (VoorwaardeStatus.Geregeld, "Schuldhulpverlening", 120), (VoorwaardeStatus.Geregeld, "Huisarts", 165),
        };
        Voorwaarden(afgesloten, Fase.VoorOntslag, klaar);
        Voorwaarden(afgesloten, Fase.NaOntslag, klaar);
        afgesloten.Status = MeldingStatus.Afgesloten;
        afgesloten.AfgeslotenOp = today.AddDays(-30);
        afgesloten.AfsluitReden = "Basisvoorwaarden op orde";

        var nieuw = db.ChangeTracker.Entries<NazorgMelding>().Select(e => e.Entity).ToList();
        await db.SaveChangesAsync(cancellationToken);
        await log.RecordAsync(new AccessRecord(AccessAction.Aanmaken, Purposes.Procesregie, nieuw.Select(m => m.PersoonId).ToList(), null, NazorgModule.Id,
            "toegestaan", false, $"demogegevens: {nieuw.Count} nazorgmeldingen"), cancellationToken);
        return true;
    }
}
