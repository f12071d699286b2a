using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Demo;
using ZvhPlatform.Core.Contracts.Partners;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Demo;
using ZvhPlatform.Core.Partners;
using ZvhPlatform.Core.Persons;
using ZvhPlatform.Core.Privacy;
using ZvhPlatform.Core.Regions;
using ZvhPlatform.Kernel.Modules;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Core.Synthetic;

/// <summary>What one generated region holds, for the operator's summary and the bench.</summary>
internal sealed record SyntheticRegionResult(string Key, Guid RegionId, int Persons, int Cases, int Actions, int AccessLogLines,
    IReadOnlyDictionary<string, int> CasesPerModule, IReadOnlyDictionary<string, int> ModuleWork);

/// <summary>
/// Fills a database with synthetic regions for load tests and benchmarks: persons with Dutch names and
/// valid-format BSNs, aanmeldingen with triage, cases with realistic status histories (werkvoorraad, in
/// regie, afgesloten/afgeschaald), plans, actions, meetings, PGA scores and hash-chained access-log lines.
/// Reproducible from the seed. Regions are named <c>synth-01</c>..; each gets a procesregisseur, a partner
/// professional and an analyst whose credentials are derived like the demo users', convenantpartners, and a contract for
/// every installed module: a basistaak for the whole region, a plustaak for four of its ten municipalities. The cases are
/// spread over the modules whose work is core casework (a plustaak takes a tenth, for residents of its municipalities);
/// each module adds its own part of its cases (<see cref="ICaseworkDemoData"/>) and its own work outside casework
/// (<see cref="ISyntheticModuleData"/>, e.g. nazorg meldingen).
/// </summary>
internal sealed class SyntheticDataGenerator(CoreDbContext core, CaseworkDbContext casework, AuditDbContext audit, PartnersDbContext partners,
    DemoSeeder seeder, ModuleCatalog catalog, IEnumerable<ICaseworkExtension> extensions, IServiceScopeFactory scopes, IRegionContextSetter regionSetter,
    TimeProvider clock)
{
    // A plustaak module's share of the cases, and how many of a region's ten municipalities buy it.
    private const double PlustaakShare = 0.1;

    private const int PlustaakGemeenten = 4;

    // Own work of a module outside casework (nazorg meldingen) per case of the region: zvhd 2023 had 156 nazorg meldingen
    // against some 500 procesregie cases a year, for part of its municipalities.
    private const double ModuleWorkPerCase = 0.12;

    // Cases handed to a module's ICaseworkDemoData per unit of work: its own DbContext tracks them until it saves.
    private const int ModuleChunk = 2_000;

    private static readonly string[] Prefixes = ["Oost", "West", "Noord", "Zuid", "Groot", "Klein", "Nieuw", "Oud", "Hoog", "Laag"];

    private static readonly string[] Suffixes = ["dam", "dorp", "veen", "wijk", "horst", "broek", "hoven", "zijl", "loo", "rade"];

    private static readonly string[] Districts = ["Noord", "Midden", "Zuid"];

    private static readonly string[] Verwijzers = ["Politie", "Openbaar Ministerie", "Gemeente", "Reclassering Nederland", "GGZ-instelling", "Veilig Thuis"];

    private static readonly (string Naam, PartnerDomein Domein, PartnerType Type)[] PartnerKinds =
    [
        ("Politie", PartnerDomein.Veiligheid, PartnerType.Politie), ("Openbaar Ministerie", PartnerDomein.Veiligheid, PartnerType.OpenbaarMinisterie),
        ("Reclassering Nederland", PartnerDomein.Veiligheid, PartnerType.ReclasseringNederland), ("GGZ", PartnerDomein.Zorg, PartnerType.Ggz),
        ("Veilig Thuis", PartnerDomein.Zorg, PartnerType.VeiligThuis),
    ];

    public async Task<IReadOnlyList<DemoCredential>> SeedRegionsAsync(string dataFolder, SyntheticDataSize size, CancellationToken cancellationToken)
    {
        var regions = Enumerable.Range(1, size.Regions).Select(RegionDefinition).ToList();
        var users = regions.SelectMany(r => new[]
        {
            new DemoData.DemoUser($"regisseur.{r.Key}@synth.zvh.nl", $"Regisseur {r.Key}", r.Name, [(r.Key, ZvhRoles.Procesregisseur)]),
            new DemoData.DemoUser($"partner.{r.Key}@synth.zvh.nl", $"Partner {r.Key}", "Reclassering Nederland", [(r.Key, ZvhRoles.KetenpartnerProfessional)]),
            new DemoData.DemoUser($"analist.{r.Key}@synth.zvh.nl", $"Analist {r.Key}", r.Name, [(r.Key, ZvhRoles.Analist)]),
        }).ToList();
        var partnersByRegion = regions.ToDictionary(r => r.Key, r => Partners(r), StringComparer.Ordinal);
        return await seeder.SeedAsync(dataFolder, regions, users, cancellationToken, partnersByRegion);
    }

    /// <summary>Generates the bulk data for every synthetic region that has none yet.</summary>
    public async Task<IReadOnlyList<SyntheticRegionResult>> GenerateAsync(SyntheticDataSize size, int seed, IReadOnlyDictionary<string, Guid> userIds,
        Action<string> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(size);
        ArgumentNullException.ThrowIfNull(userIds);
        ArgumentNullException.ThrowIfNull(progress);
        using var cross = regionSetter.BeginCrossRegionScope("synthetic-data");
        var weights = Enumerable.Range(1, size.Regions).Select(i => i == 1 ? 3.0 : 1.0).ToArray();
        var total = weights.Sum();
        var results = new List<SyntheticRegionResult>();
        for (var i = 1; i <= size.Regions; i++)
        {
            var share = weights[i - 1] / total;
            var key = RegionKey(i);
            var region = await core.Regions.AsNoTracking().SingleAsync(r => r.Key == key, cancellationToken);
            if (await casework.Casussen.IgnoreQueryFilters().AnyAsync(c => c.RegionId == region.Id, cancellationToken))
            {
                progress($"{key}: heeft al gegevens, overgeslagen");
                continue;
            }

            var gemeenten = await core.Gemeenten.AsNoTracking().Where(g => g.RegionId == region.Id).OrderBy(g => g.CbsCode)
                .Select(g => new ValueTuple<string, string>(g.CbsCode, g.Name)).ToListAsync(cancellationToken);
            var verwijzers = await partners.Partners.IgnoreQueryFilters().AsNoTracking().Where(p => p.RegionId == region.Id).OrderBy(p => p.Naam)
                .Select(p => new PartnerInfo(p.Id, p.Naam, p.Domein, p.Type, p.GemeenteCode, p.Actief)).ToListAsync(cancellationToken);
            var contracts = await core.Contracts.IgnoreQueryFilters().AsNoTracking().Include(c => c.Gemeenten).Where(c => c.RegionId == region.Id)
                .ToListAsync(cancellationToken);
            var plan = new RegionPlan(key, region.Id, gemeenten, Scale(size.Persons, share), Scale(size.Cases, share), Scale(size.Actions, share),
                Scale(size.AccessLogLines, share), seed * 1000 + i, userIds.GetValueOrDefault($"regisseur.{key}@synth.zvh.nl"),
                userIds.GetValueOrDefault($"partner.{key}@synth.zvh.nl"), CaseModules(contracts), contracts, verwijzers);
            results.Add(await GenerateRegionAsync(plan, progress, cancellationToken));
        }

        return results;
    }

    private static int Scale(int total, double share) => Math.Max(1, (int)Math.Round(total * share));

    private async Task<SyntheticRegionResult> GenerateRegionAsync(RegionPlan plan, Action<string> progress, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var random = new Random(plan.Seed);

        var personIds = new Guid[plan.Persons];
        var birthDates = new DateOnly[plan.Persons];
        var gemeenteOf = new string?[plan.Persons];
        var forModules = new SyntheticPersoon[plan.Persons];
        var aliases = new List<PersonAlias>();
        var index = 0;
        var persons = SyntheticPersons.Generate(plan.Persons, plan.Seed, plan.RegionId, now, plan.Gemeenten).Select(p =>
        {
            personIds[index] = p.Id;
            birthDates[index] = p.Geboortedatum!.Value;
            gemeenteOf[index] = p.GemeenteCode;
            forModules[index] = new SyntheticPersoon(p.Bsn, p.Voornamen, p.Tussenvoegsel is null ? p.Achternaam : $"{p.Tussenvoegsel} {p.Achternaam}",
                p.Geboortedatum!.Value, p.GemeenteCode);
            index++;
            aliases.AddRange(p.Aliases);
            return p;
        });
        await BulkWriter.WriteAsync(core, persons, cancellationToken);
        await BulkWriter.WriteAsync(core, aliases, cancellationToken);
        progress($"{plan.Key}: {plan.Persons:N0} personen ({stopwatch.Elapsed.TotalSeconds:0.0} s)");

        var cases = new List<Casus>(plan.Cases);
        var casePersons = new List<CasusPersoon>(plan.Cases);
        var changes = new List<CasusStatusWijziging>(plan.Cases * 3);
        var aanmeldingen = new List<Aanmelding>(plan.Cases * 5 / 4);
        var triages = new List<Triage>(plan.Cases * 5 / 4);
        var answers = new List<TriageCriteriumAntwoord>(plan.Cases * 5);
        var werkvoorraad = new List<WerkvoorraadPlaats>(plan.Cases);
        var deelnemers = new List<CasusDeelnemer>();
        var first = today.AddYears(-6);
        var span = today.DayNumber - first.DayNumber;
        for (var c = 0; c < plan.Cases; c++)
        {
            var (module, p) = PickModuleAndPerson(random, plan, gemeenteOf);
            var received = first.AddDays(random.Next(span));
            var aanmelding = NewAanmelding(random, plan, module, received, c, personIds[p], birthDates[p], gemeenteOf[p]);
            var triageDay = Min(received.AddDays(random.Next(1, 15)), today);
            var wait = random.NextDouble() < 0.3 ? random.Next(7, 90) : random.Next(0, 7);
            var inRegie = triageDay.AddDays(wait);
            var casus = new Casus
            {
                Id = SyntheticPersons.GuidFrom(random), RegionId = plan.RegionId, Kenmerk = $"{triageDay.Year}-{c + 1:000000}", ModuleId = module.ModuleId,
                SubAanpak = aanmelding.SubAanpak, HoofdpersoonId = personIds[p], GemeenteCode = gemeenteOf[p], Doel = "Procesregie",
                Grondslag = "art. 6 lid 1 sub e AVG; art. 2.1 WGS", GeopendOp = triageDay, AanmeldingId = aanmelding.Id,
            };
            aanmelding.Status = AanmeldingStatus.Procesregie;
            aanmelding.CasusId = casus.Id;
            aanmeldingen.Add(aanmelding);
            AddTriage(random, plan, aanmelding, triageDay, TriageUitkomst.Procesregie, triages, answers);
            changes.Add(Change(random, plan, casus.Id, triageDay, null, CasusStatus.Werkvoorraad, now));
            var place = new WerkvoorraadPlaats { RegionId = plan.RegionId, CasusId = casus.Id, Sinds = triageDay, Prioriteit = c + 1 };
            werkvoorraad.Add(place);
            casus.Status = CasusStatus.Werkvoorraad;
            if (inRegie <= today)
            {
                place.Tot = inRegie;
                casus.Status = CasusStatus.InRegie;
                casus.ProcesregisseurId = plan.RegisseurId == Guid.Empty ? null : plan.RegisseurId;
                casus.ProcesregisseurNaam = $"Regisseur {plan.Key}";
                changes.Add(Change(random, plan, casus.Id, inRegie, CasusStatus.Werkvoorraad, CasusStatus.InRegie, now));
                var closeOn = inRegie.AddDays(random.Next(20, 1200));
                if (closeOn <= today && random.NextDouble() < 0.8)
                {
                    var afgeschaald = random.NextDouble() < 0.4;
                    casus.Status = afgeschaald ? CasusStatus.Afgeschaald : CasusStatus.Afgesloten;
                    casus.AfgeslotenOp = closeOn;
                    casus.AfsluitReden = WayOfWorking.AfsluitRedenen[afgeschaald ? 0 : random.Next(1, WayOfWorking.AfsluitRedenen.Count)];
                    changes.Add(Change(random, plan, casus.Id, closeOn, CasusStatus.InRegie, casus.Status, now));
                }
            }

            cases.Add(casus);
            casePersons.Add(new CasusPersoon { CasusId = casus.Id, PersonId = casus.HoofdpersoonId, RegionId = plan.RegionId, Rol = CaseRole.Hoofdpersoon });
            if (plan.PartnerId != Guid.Empty && random.NextDouble() < 0.02)
            {
                deelnemers.Add(new CasusDeelnemer
                {
                    Id = SyntheticPersons.GuidFrom(random), CasusId = casus.Id, RegionId = plan.RegionId, UserId = plan.PartnerId,
                    Naam = $"Partner {plan.Key}", Organisatie = "Reclassering Nederland", ToegevoegdUtc = now,
                });
            }
        }

        // A quarter more aanmeldingen than cases ended in advice or were not for the ZVH.
        for (var a = 0; a < plan.Cases / 4; a++)
        {
            var (module, p) = PickModuleAndPerson(random, plan, gemeenteOf);
            var received = first.AddDays(random.Next(span));
            var aanmelding = NewAanmelding(random, plan, module, received, plan.Cases + a, personIds[p], birthDates[p], gemeenteOf[p]);
            var uitkomst = random.NextDouble() < 0.6 ? TriageUitkomst.UitgebreidAdvies : TriageUitkomst.NietZvhWaardig;
            aanmelding.Status = uitkomst == TriageUitkomst.UitgebreidAdvies ? AanmeldingStatus.UitgebreidAdvies : AanmeldingStatus.NietZvhWaardig;
            aanmeldingen.Add(aanmelding);
            AddTriage(random, plan, aanmelding, Min(received.AddDays(random.Next(1, 15)), today), uitkomst, triages, answers);
        }

        await BulkWriter.WriteAsync(casework, cases, cancellationToken);
        await BulkWriter.WriteAsync(casework, casePersons, cancellationToken);
        await BulkWriter.WriteAsync(casework, changes, cancellationToken);
        await BulkWriter.WriteAsync(casework, aanmeldingen, cancellationToken);
        await BulkWriter.WriteAsync(casework, triages, cancellationToken);
        await BulkWriter.WriteAsync(casework, answers, cancellationToken);
        await BulkWriter.WriteAsync(casework, werkvoorraad, cancellationToken);
        await BulkWriter.WriteAsync(casework, deelnemers, cancellationToken);
        progress($"{plan.Key}: {cases.Count:N0} casussen, {aanmeldingen.Count:N0} aanmeldingen ({stopwatch.Elapsed.TotalSeconds:0.0} s)");

        await WritePlansAndMonitorAsync(random, plan, cases, now, cancellationToken);
        await BulkWriter.WriteAsync(casework, Actions(random, plan, cases, today), cancellationToken);
        foreach (var module in plan.Modules)
        {
            // The basistaak's table meets weekly; a plustaak's table, with far fewer cases, every four weeks.
            await WriteMeetingsAsync(random, plan, module.ModuleId, cases.Where(c => c.ModuleId == module.ModuleId).ToList(), first, today,
                module.Gemeenten is null ? 7 : 28, cancellationToken);
        }

        progress($"{plan.Key}: plannen, {plan.Actions:N0} acties, overleggen en PGA-metingen ({stopwatch.Elapsed.TotalSeconds:0.0} s)");

        await WriteAccessLogAsync(random, plan, personIds, cases, now, cancellationToken);
        progress($"{plan.Key}: {plan.AccessLogLines:N0} regels toegangslog ({stopwatch.Elapsed.TotalSeconds:0.0} s)");

        var verwijzerOf = aanmeldingen.Where(a => a.CasusId is not null && a.VerwijzerPartnerId is not null)
            .ToDictionary(a => a.CasusId!.Value, a => plan.Verwijzers.First(v => v.Id == a.VerwijzerPartnerId));
        await AddModulePartsAsync(plan, cases, verwijzerOf, cancellationToken);
        var moduleWork = await AddModuleWorkAsync(plan, forModules, first, today, plan.Cases, cancellationToken);
        var casesPerModule = cases.GroupBy(c => c.ModuleId).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        progress($"{plan.Key}: per module {string.Join(", ", casesPerModule.OrderBy(m => m.Key).Select(m => $"{m.Key} {m.Value:N0} casussen"))}"
                 + string.Concat(moduleWork.OrderBy(m => m.Key).Select(m => $"; {m.Key} {m.Value:N0} eigen werk"))
                 + $" ({stopwatch.Elapsed.TotalSeconds:0.0} s)");
        return new SyntheticRegionResult(plan.Key, plan.RegionId, plan.Persons, cases.Count, plan.Actions, plan.AccessLogLines, casesPerModule, moduleWork);
    }

    /// <summary>The installed modules whose work is core casework and that the region contracts, with their share of the cases.</summary>
    private IReadOnlyList<CaseModule> CaseModules(IReadOnlyList<ModuleContract> contracts)
    {
        var withCases = extensions.Where(e => catalog.Contains(e.ModuleId)).OrderBy(e => e.ModuleId, StringComparer.Ordinal)
            .Select(e => (Extension: e, Contract: contracts.FirstOrDefault(c => c.ModuleId == e.ModuleId))).Where(x => x.Contract is not null).ToList();
        var plus = withCases.Count(x => x.Contract!.Gemeenten.Count > 0);
        var basis = withCases.Count - plus;
        if (withCases.Count == 0)
        {
            throw new InvalidOperationException("Geen geïnstalleerde module met casussen in het contract van de regio: er valt niets te genereren.");
        }

        return withCases.Select(x =>
        {
            var plustaak = x.Contract!.Gemeenten.Count > 0;
            var share = basis == 0 ? 1.0 / plus : plustaak ? PlustaakShare : (1.0 - (plus * PlustaakShare)) / basis;
            return new CaseModule(x.Extension.ModuleId, x.Extension.SubAanpakken.Select(a => a.Code).ToList(), share,
                plustaak ? x.Contract.Gemeenten.Select(g => g.CbsCode).ToHashSet(StringComparer.Ordinal) : null);
        }).ToList();
    }

    /// <summary>A module by its share, then a person: for a plustaak one who lives in a municipality that bought it.</summary>
    private static (CaseModule Module, int Person) PickModuleAndPerson(Random random, RegionPlan plan, string?[] gemeenteOf)
    {
        var draw = random.NextDouble();
        var module = plan.Modules[^1];
        foreach (var candidate in plan.Modules)
        {
            if (draw < candidate.Share)
            {
                module = candidate;
                break;
            }

            draw -= candidate.Share;
        }

        for (var attempt = 0; attempt < 100; attempt++)
        {
            var p = random.Next(gemeenteOf.Length);
            if (module.Gemeenten is null || (gemeenteOf[p] is { } code && module.Gemeenten.Contains(code)))
            {
                return (module, p);
            }
        }

        // No resident of the plustaak's municipalities drawn: the case goes to the region-wide module instead.
        return (plan.Modules.FirstOrDefault(m => m.Gemeenten is null) ?? module, random.Next(gemeenteOf.Length));
    }

    /// <summary>Each module's own part of its cases (CoVeCa: Top X placements and checklists), in chunks, in the region.</summary>
    private async Task AddModulePartsAsync(RegionPlan plan, List<Casus> cases, Dictionary<Guid, PartnerInfo> verwijzerOf, CancellationToken cancellationToken)
    {
        foreach (var module in plan.Modules)
        {
            var own = cases.Where(c => c.ModuleId == module.ModuleId)
                .Select(c => new DemoCasus(c.Id, c.SubAanpak, c.Status, verwijzerOf.GetValueOrDefault(c.Id), c.GeopendOp, c.AfgeslotenOp)).ToList();
            for (var offset = 0; offset < own.Count; offset += ModuleChunk)
            {
                await using var scope = await RegionScopeAsync(plan, cancellationToken);
                foreach (var part in scope.ServiceProvider.GetServices<ICaseworkDemoData>().Where(d => d.ModuleId == module.ModuleId))
                {
                    await part.SeedAsync(own.GetRange(offset, Math.Min(ModuleChunk, own.Count - offset)), cancellationToken);
                }
            }
        }
    }

    /// <summary>The work of contracted modules outside casework (nazorg meldingen), for the municipalities each contract covers.</summary>
    private async Task<IReadOnlyDictionary<string, int>> AddModuleWorkAsync(RegionPlan plan, SyntheticPersoon[] persons, DateOnly first, DateOnly today,
        int cases, CancellationToken cancellationToken)
    {
        var written = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var contract in plan.Contracts.Where(c => catalog.Contains(c.ModuleId)).OrderBy(c => c.ModuleId, StringComparer.Ordinal))
        {
            await using var scope = await RegionScopeAsync(plan, cancellationToken);
            if (scope.ServiceProvider.GetServices<ISyntheticModuleData>().FirstOrDefault(d => d.ModuleId == contract.ModuleId) is not { } module)
            {
                continue;
            }

            var gemeenten = contract.Gemeenten.Count == 0 ? plan.Gemeenten.Select(g => g.CbsCode).ToList() : contract.Gemeenten.Select(g => g.CbsCode).ToList();
            var work = new SyntheticModuleWork(plan.Seed * 31 + contract.ModuleId.Length, first, today, gemeenten, persons,
                Math.Max(1, (int)Math.Round(cases * ModuleWorkPerCase)));
            written[contract.ModuleId] = await module.GenerateAsync(work, cancellationToken);
        }

        return written;
    }

    private async Task<AsyncServiceScope> RegionScopeAsync(RegionPlan plan, CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        var region = await scope.ServiceProvider.GetRequiredService<IRegionStore>().FindByKeyAsync(plan.Key, cancellationToken)
                     ?? throw new InvalidOperationException($"Regio {plan.Key} niet gevonden.");
        scope.ServiceProvider.GetRequiredService<IRegionContextSetter>().SetRegion(region, "synthetic-data");
        return scope;
    }

    private static Aanmelding NewAanmelding(Random random, RegionPlan plan, CaseModule module, DateOnly received, int number, Guid personId, DateOnly birthDate,
        string? gemeente)
    {
        var flags = random.Next(8);
        var formulier = random.NextDouble() < 0.1;
        var verwijzer = formulier || plan.Verwijzers.Count == 0 ? null : plan.Verwijzers[random.Next(plan.Verwijzers.Count)];
        return new Aanmelding
        {
            Id = SyntheticPersons.GuidFrom(random), RegionId = plan.RegionId, Kenmerk = $"A{received.Year}-{number + 1:000000}", ModuleId = module.ModuleId,
            SubAanpak = SubAanpak(random, module), OntvangenOp = received,
            Route = formulier ? AanmeldRoute.Formulier : AanmeldRoute.Convenantpartner, VerwijzerPartnerId = verwijzer?.Id,
            VerwijzerOrganisatie = verwijzer?.Naam ?? Verwijzers[random.Next(Verwijzers.Length)], PersonId = personId, Voornamen = "(zie register)",
            Achternaam = "(zie register)", Geboortedatum = birthDate, GemeenteCode = gemeente, Reden = "Zorgen over escalerend gedrag op meerdere leefgebieden.",
            PersoonGeinformeerd = random.NextDouble() < 0.8, NietGeinformeerdReden = null,
            Hoofdonderwerp = WayOfWorking.Hoofdonderwerpen[random.Next(WayOfWorking.Hoofdonderwerpen.Count)],
            ProblematiekGgz = (flags & 1) != 0, ProblematiekLvb = (flags & 2) != 0, ProblematiekVerslaving = (flags & 4) != 0,
            MinderjarigenInSysteem = random.NextDouble() < 0.25,
            Gemeentegrens = random.NextDouble() < 0.8 ? Gemeentegrens.Geen : (Gemeentegrens)random.Next(1, 5),
        };
    }

    /// <summary>The first sub-aanpak (Top X for CoVeCa) three times as often as each of the others; none when the aanpak has none.</summary>
    private static string? SubAanpak(Random random, CaseModule module)
    {
        if (module.SubAanpakken.Count == 0)
        {
            return null;
        }

        var draw = random.Next(module.SubAanpakken.Count + 2);
        return module.SubAanpakken[Math.Max(0, draw - 2)];
    }

    private static void AddTriage(Random random, RegionPlan plan, Aanmelding aanmelding, DateOnly day, TriageUitkomst uitkomst, List<Triage> triages,
        List<TriageCriteriumAntwoord> answers)
    {
        var triage = new Triage
        {
            Id = SyntheticPersons.GuidFrom(random), RegionId = plan.RegionId, AanmeldingId = aanmelding.Id, Datum = day, Uitkomst = uitkomst,
            AdviesTerug = uitkomst == TriageUitkomst.Procesregie ? null : "Advies aan de verwijzer om lokaal op te pakken met de wijkagent en het wijkteam.",
            AanwezigePartners = "Politie\nGemeente\nReclassering Nederland\nGGZ", Door = $"Regisseur {plan.Key}",
        };
        triages.Add(triage);
        foreach (var (code, _) in WayOfWorking.TriageCriteria)
        {
            answers.Add(new TriageCriteriumAntwoord
            {
                TriageId = triage.Id, Code = code, Voldaan = uitkomst == TriageUitkomst.Procesregie || random.NextDouble() < 0.5,
                Motivatie = "Besproken aan de triagetafel.",
            });
        }
    }

    private async Task WritePlansAndMonitorAsync(Random random, RegionPlan plan, List<Casus> cases, DateTime now, CancellationToken cancellationToken)
    {
        var plans = new List<PlanVanAanpak>();
        var goals = new List<PlanDoel>();
        var metingen = new List<PgaMeting>();
        var scores = new List<PgaScore>();
        var leefgebieden = Enum.GetValues<Leefgebied>();
        foreach (var casus in cases.Where(c => c.Status != CasusStatus.Werkvoorraad))
        {
            if (random.NextDouble() < 0.7)
            {
                var planVanAanpak = new PlanVanAanpak
                {
                    Id = SyntheticPersons.GuidFrom(random), RegionId = plan.RegionId, CasusId = casus.Id, Versie = 1, GewijzigdDoor = $"Regisseur {plan.Key}",
                    GewijzigdUtc = now, Version = 1,
                };
                plans.Add(planVanAanpak);
                for (var g = random.Next(2, 5); g > 0; g--)
                {
                    goals.Add(new PlanDoel
                    {
                        Id = SyntheticPersons.GuidFrom(random), RegionId = plan.RegionId, PlanId = planVanAanpak.Id,
                        Leefgebied = leefgebieden[random.Next(leefgebieden.Length)], Doel = "Stabiliseren en terugval voorkomen.",
                        Interventie = WayOfWorking.StandaardInterventies[random.Next(WayOfWorking.StandaardInterventies.Count)],
                        VerantwoordelijkePartner = Verwijzers[random.Next(Verwijzers.Length)], Startdatum = casus.GeopendOp,
                    });
                }
            }

            for (var m = random.Next(1, 4); m > 0; m--)
            {
                var meting = new PgaMeting
                {
                    Id = SyntheticPersons.GuidFrom(random), RegionId = plan.RegionId, CasusId = casus.Id, PersonId = casus.HoofdpersoonId,
                    Datum = casus.GeopendOp.AddDays(90 * (m - 1)), Moment = m == 1 ? "Intake" : "Periodiek", Door = $"Regisseur {plan.Key}",
                };
                metingen.Add(meting);
                foreach (var leefgebied in leefgebieden)
                {
                    scores.Add(new PgaScore { MetingId = meting.Id, Leefgebied = leefgebied, Niveau = (PgaNiveau)random.Next(1, 6) });
                }
            }
        }

        await BulkWriter.WriteAsync(casework, plans, cancellationToken);
        await BulkWriter.WriteAsync(casework, goals, cancellationToken);
        await BulkWriter.WriteAsync(casework, metingen, cancellationToken);
        await BulkWriter.WriteAsync(casework, scores, cancellationToken);
    }

    private static IEnumerable<Actie> Actions(Random random, RegionPlan plan, List<Casus> cases, DateOnly today)
    {
        var active = cases.Where(c => c.Status != CasusStatus.Werkvoorraad).ToList();
        for (var a = 0; a < plan.Actions && active.Count > 0; a++)
        {
            var casus = active[random.Next(active.Count)];
            var last = casus.AfgeslotenOp ?? today.AddDays(60);
            var deadline = casus.GeopendOp.AddDays(random.Next(Math.Max(1, last.DayNumber - casus.GeopendOp.DayNumber)));
            var done = deadline < today && random.NextDouble() < 0.85;
            yield return new Actie
            {
                Id = SyntheticPersons.GuidFrom(random), RegionId = plan.RegionId, CasusId = casus.Id, Omschrijving = "Contact leggen en terugkoppelen in het casusoverleg.",
                EigenaarOrganisatie = Verwijzers[random.Next(Verwijzers.Length)], Deadline = deadline,
                Status = done ? ActieStatus.Gereed : ActieStatus.Open, AfgerondOp = done ? deadline : null, Version = 1,
            };
        }
    }

    private async Task WriteMeetingsAsync(Random random, RegionPlan plan, string moduleId, List<Casus> cases, DateOnly first, DateOnly today, int everyDays,
        CancellationToken cancellationToken)
    {
        var meetings = new List<Overleg>();
        var items = new List<Agendapunt>();
        var byOpened = cases.Where(c => c.Status != CasusStatus.Werkvoorraad).OrderBy(c => c.GeopendOp).ToList();
        for (var day = first; day <= today; day = day.AddDays(everyDays))
        {
            var meeting = new Overleg
            {
                Id = SyntheticPersons.GuidFrom(random), RegionId = plan.RegionId, ModuleId = moduleId, Titel = $"Casusoverleg {day:dd-MM-yyyy}",
                Aanvang = day.ToDateTime(new TimeOnly(9, 30), DateTimeKind.Utc), Locatie = "ZVH, zaal 2",
                GehoudenUtc = day < today ? day.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc) : null, Version = 1,
            };
            meetings.Add(meeting);
            var open = byOpened.Where(c => c.GeopendOp <= day && (c.AfgeslotenOp is null || c.AfgeslotenOp >= day)).ToList();
            for (var i = 0; i < Math.Min(8, open.Count); i++)
            {
                items.Add(new Agendapunt
                {
                    Id = SyntheticPersons.GuidFrom(random), RegionId = plan.RegionId, OverlegId = meeting.Id, CasusId = open[random.Next(open.Count)].Id,
                    Volgorde = i + 1, PersoonUitgenodigd = false, NietUitgenodigdReden = "Niet veilig",
                });
            }
        }

        await BulkWriter.WriteAsync(casework, meetings, cancellationToken);
        await BulkWriter.WriteAsync(casework, items, cancellationToken);
    }

    private async Task WriteAccessLogAsync(Random random, RegionPlan plan, Guid[] personIds, List<Casus> cases, DateTime now, CancellationToken cancellationToken)
    {
        var nextId = (await audit.Entries.IgnoreQueryFilters().MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0) + 1;
        var start = now.AddYears(-2);
        var step = (now - start).Ticks / Math.Max(1, plan.AccessLogLines);
        var previous = string.Empty;
        var persons = new List<AccessLogPerson>(50_000);
        const int Batch = 50_000;
        for (var offset = 0; offset < plan.AccessLogLines; offset += Batch)
        {
            var entries = new List<AccessLogEntry>(Batch);
            persons.Clear();
            for (var i = offset; i < Math.Min(plan.AccessLogLines, offset + Batch); i++)
            {
                var casus = cases.Count > 0 && random.NextDouble() < 0.7 ? cases[random.Next(cases.Count)] : null;
                var personId = casus?.HoofdpersoonId ?? personIds[random.Next(personIds.Length)];
                var occurred = new DateTime(start.Ticks + (step * i), DateTimeKind.Utc);
                occurred = occurred.AddTicks(-(occurred.Ticks % TimeSpan.TicksPerMillisecond));
                var entry = new AccessLogEntry
                {
                    Id = nextId++, RegionId = plan.RegionId, Sequence = i + 1, OccurredUtc = occurred, UserId = plan.RegisseurId == Guid.Empty ? null : plan.RegisseurId,
                    UserName = $"regisseur.{plan.Key}@synth.zvh.nl", Role = ZvhRoles.Procesregisseur, Organisation = plan.Key,
                    Action = casus is null ? AccessAction.Zoeken : AccessAction.Inzien, Purpose = casus is null ? Purposes.Bekendheidscheck : "Procesregie",
                    Subject = casus is null ? "persoon" : "casus", CaseId = casus?.Id, ModuleId = casus?.ModuleId ?? string.Empty, Outcome = "toegestaan",
                    PreviousHash = previous,
                };
                entry.Persons.Add(new AccessLogPerson { EntryId = entry.Id, PersonId = personId, RegionId = plan.RegionId, OccurredUtc = occurred });
                entry.Hash = AccessLog.ComputeHash(entry);
                previous = entry.Hash;
                entries.Add(entry);
                persons.AddRange(entry.Persons);
            }

            await BulkWriter.WriteAsync(audit, entries, cancellationToken);
            await BulkWriter.WriteAsync(audit, persons, cancellationToken);
        }

        if (audit.Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL")
        {
            // COPY bypasses the identity sequence; move it past the ids written so the app's own inserts don't collide.
            await audit.Database.ExecuteSqlRawAsync(
                "SELECT setval(pg_get_serial_sequence('\"audit\".\"AccessLog\"', 'Id'), (SELECT MAX(\"Id\") FROM \"audit\".\"AccessLog\"))", cancellationToken);
        }
    }

    private static CasusStatusWijziging Change(Random random, RegionPlan plan, Guid caseId, DateOnly day, CasusStatus? from, CasusStatus to, DateTime now) => new()
    {
        Id = SyntheticPersons.GuidFrom(random), RegionId = plan.RegionId, CasusId = caseId, Datum = day, Van = from, Naar = to, Door = $"Regisseur {plan.Key}",
        VastgelegdUtc = now,
    };

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    internal static string RegionKey(int number) => "synth-" + number.ToString("00", CultureInfo.InvariantCulture);

    /// <summary>Ten municipalities in three districts and a contract per installed module: a basistaak region-wide, a plustaak for four municipalities.</summary>
    private DemoData.DemoRegion RegionDefinition(int number)
    {
        var key = RegionKey(number);
        var gemeenten = Enumerable.Range(0, 10).Select(g => new DemoData.DemoGemeente(
            $"GM9{number:00}{g}", $"{Prefixes[g]}{Suffixes[(g + number) % Suffixes.Length]} (S{number:00})", Districts[g % Districts.Length])).ToArray();
        var contracts = catalog.Modules.Select(m => m.Manifest).OrderBy(m => m.Id, StringComparer.Ordinal).Select((m, i) => m.DefaultKind == ModuleKind.Basistaak
            ? new DemoData.DemoContract(m.Id, ModuleKind.Basistaak, new DateOnly(2015, 1, 1), null, [], "Synthetische basistaak voor belastingtests.")
            : new DemoData.DemoContract(m.Id, ModuleKind.Plustaak, new DateOnly(2015, 1, 1), null,
                Enumerable.Range(0, PlustaakGemeenten).Select(g => gemeenten[(g + (3 * i) + number) % gemeenten.Length].Code).ToArray(),
                "Synthetische plustaak voor belastingtests.")).ToArray();
        return new DemoData.DemoRegion(key, $"Synthetische regio {number:00}", $"contactpunt@{key}.synth.zvh.nl", gemeenten, contracts);
    }

    /// <summary>The region's convenantpartners: the police, OM, reclassering, GGZ, Veilig Thuis and the first municipality.</summary>
    private static DemoPartners.DemoPartner[] Partners(DemoData.DemoRegion region) =>
    [
        .. PartnerKinds.Select(k => new DemoPartners.DemoPartner($"{k.Naam} ({region.Name})", k.Domein, k.Type, null, "Directeur")),
        new($"Gemeente {region.Gemeenten[0].Name}", PartnerDomein.Gemeente, PartnerType.Gemeente, region.Gemeenten[0].Code, "Burgemeester"),
    ];

    /// <summary>A module whose work is core casework, its share of the region's cases and, for a plustaak, the municipalities that bought it.</summary>
    private sealed record CaseModule(string ModuleId, IReadOnlyList<string> SubAanpakken, double Share, IReadOnlySet<string>? Gemeenten);

    private sealed record RegionPlan(string Key, Guid RegionId, IReadOnlyList<(string CbsCode, string Name)> Gemeenten, int Persons, int Cases, int Actions,
        int AccessLogLines, int Seed, Guid RegisseurId, Guid PartnerId, IReadOnlyList<CaseModule> Modules, IReadOnlyList<ModuleContract> Contracts, IReadOnlyList<PartnerInfo> Verwijzers);
}
