using ZvhPlatform.Core.Contracts.Demo;
using ZvhPlatform.Modules.Nazorg.Data;

namespace ZvhPlatform.Modules.Nazorg;

/// <summary>
/// Nazorg meldingen for load tests and benchmarks (<c>generate-data</c>, never in Production): DJI meldingen spread over the
/// generated years for residents of the contracted municipalities, with the history a melding goes through: consent asked,
/// refused (kept to the minimum) or given, the five basisvoorwaarden before and after release, trajectbegeleiding, fasehuis,
/// and closing with a reason. Most older meldingen are closed; the recent ones are still running. Reproducible from the seed.
/// </summary>
internal sealed class NazorgSyntheticData(NazorgDbContext db, MeldingIntake intake) : ISyntheticModuleData
{
    private const int Batch = 1_000;

    private static readonly string[] Inrichtingen = ["PI Veenhuizen", "PI Leeuwarden", "PI Zwolle", "PI Vught", "PI Haaglanden", "PI Almelo", "PI Heerhugowaard"];

    private static readonly string[] Verantwoordelijken =
    [
        "Gemeente, team Burgerzaken", "Woningcorporatie", "UWV", "Schuldhulpverlening", "Huisarts", "Casemanager PI", "Maatschappelijke opvang",
        "Leerwerkbedrijf", "Zorgverzekeraar",
    ];

    public string ModuleId => NazorgModule.Id;

    public async Task<int> GenerateAsync(SyntheticModuleWork work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        var random = new Random(work.Seed);
        var contracted = work.Gemeenten.ToHashSet(StringComparer.Ordinal);
        var residents = work.Personen.Where(p => p.GemeenteCode is { } code && contracted.Contains(code)).ToList();
        if (residents.Count == 0 || work.Gemeenten.Count == 0)
        {
            return 0;
        }

        var kenmerken = await intake.KenmerkenAsync(cancellationToken);
        var persoonIds = new Dictionary<string, Guid>(StringComparer.Ordinal);
        var span = Math.Max(1, work.Vandaag.DayNumber - work.Sinds.DayNumber);
        var ontvangenOp = Enumerable.Range(0, work.Aantal).Select(_ => work.Sinds.AddDays(random.Next(span))).Order().ToList();
        var written = 0;
        foreach (var ontvangen in ontvangenOp)
        {
            var persoon = residents[random.Next(residents.Count)];
            var melding = Melding(random, work.Vandaag, persoon, ontvangen, kenmerken(ontvangen), persoonIds);
            db.Meldingen.Add(melding);
            if (++written % Batch == 0)
            {
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return written;
    }

    private NazorgMelding Melding(Random random, DateOnly today, SyntheticPersoon persoon, DateOnly ontvangen, string kenmerk, Dictionary<string, Guid> persoonIds)
    {
        var melding = new NazorgMelding
        {
            Id = GuidFrom(random), Kenmerk = kenmerk, Bsn = persoon.Bsn, Voornamen = persoon.Voornamen, Achternaam = persoon.Achternaam,
            Geboortedatum = persoon.Geboortedatum, GemeenteCode = persoon.GemeenteCode!, Inrichting = Inrichtingen[random.Next(Inrichtingen.Length)],
            DetentieStart = ontvangen.AddDays(-random.Next(30, 400)), VerwachteOntslagdatum = ontvangen.AddDays(random.Next(10, 240)),
            Zelfmelder = random.NextDouble() < 0.05, OntvangenOp = ontvangen, Status = MeldingStatus.Ontvangen, Version = 1,
        };
        melding.PersoonId = persoon.Bsn is { } bsn
            ? persoonIds.TryGetValue(bsn, out var known) ? known : persoonIds[bsn] = GuidFrom(random)
            : GuidFrom(random);

        // Consent is asked within two weeks; a recent melding may still wait for it.
        var gevraagd = Min(ontvangen.AddDays(random.Next(1, 15)), today);
        if (gevraagd >= today.AddDays(-3) && random.NextDouble() < 0.6)
        {
            return melding;
        }

        if (random.NextDouble() < 0.12)
        {
            NazorgRecord.Minimaliseer(db, melding);
            melding.Status = MeldingStatus.Geweigerd;
            melding.GeweigerdOp = gevraagd;
            melding.AfgeslotenOp = gevraagd;
            return melding;
        }

        melding.Status = MeldingStatus.Actief;
        melding.ToestemmingOp = gevraagd;
        var ontslag = melding.VerwachteOntslagdatum!.Value;
        var vrij = ontslag <= today;
        Voorwaarden(random, melding, Fase.VoorOntslag, gevraagd, Min(ontslag, today), settled: vrij);
        if (!vrij)
        {
            if (random.NextDouble() < 0.08)
            {
                melding.Fasehuis = "Fasehuis " + Inrichtingen[random.Next(Inrichtingen.Length)][3..];
                melding.FasehuisVanaf = Max(gevraagd, ontslag.AddDays(-random.Next(30, 120)));
            }

            return melding;
        }

        melding.OntslagenOp = ontslag;
        var sluit = ontslag.AddDays(random.Next(30, 400));
        var dicht = sluit <= today && random.NextDouble() < 0.9;
        Voorwaarden(random, melding, Fase.NaOntslag, ontslag, dicht ? sluit : today, settled: dicht);
        if (random.NextDouble() < 0.1)
        {
            melding.Trajectbegeleider = "Reclassering Nederland, trajectbegeleider";
            melding.TrajectbegeleidingReden = "Geen onderdak na ontslag; reguliere nazorg schiet tekort.";
            melding.TrajectbegeleidingVanaf = ontslag.AddDays(random.Next(1, 20));
            melding.TrajectbegeleidingTot = dicht ? sluit : null;
        }

        if (dicht)
        {
            melding.Status = MeldingStatus.Afgesloten;
            melding.AfgeslotenOp = sluit;
            melding.AfsluitReden = random.NextDouble() < 0.6
                ? NazorgNamen.AfsluitRedenen[0]
                : NazorgNamen.AfsluitRedenen[random.Next(1, NazorgNamen.AfsluitRedenen.Count)];
        }

        return melding;
    }

    /// <summary>The five conditions of one phase, dated between its start and end; a settled phase has them arranged, not needed or failed.</summary>
    private static void Voorwaarden(Random random, NazorgMelding melding, Fase fase, DateOnly van, DateOnly tot, bool settled)
    {
        var dagen = Math.Max(1, tot.DayNumber - van.DayNumber);
        foreach (var soort in NazorgNamen.Soorten)
        {
            var draw = random.NextDouble();
            var status = settled
                ? draw < 0.75 ? VoorwaardeStatus.Geregeld : draw < 0.9 ? VoorwaardeStatus.NietNodig : VoorwaardeStatus.NietGelukt
                : draw < 0.4 ? VoorwaardeStatus.Geregeld : draw < 0.75 ? VoorwaardeStatus.InBehandeling : draw < 0.85 ? VoorwaardeStatus.NietNodig : VoorwaardeStatus.Onbekend;
            melding.Basisvoorwaarden.Add(new Basisvoorwaarde
            {
                Id = GuidFrom(random), MeldingId = melding.Id, Soort = soort, Fase = fase, Status = status,
                Verantwoordelijke = status is VoorwaardeStatus.Onbekend or VoorwaardeStatus.NietNodig ? null : Verantwoordelijken[random.Next(Verantwoordelijken.Length)],
                Datum = status is VoorwaardeStatus.Onbekend ? null : van.AddDays(random.Next(dagen)),
            });
        }
    }

    private static Guid GuidFrom(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
