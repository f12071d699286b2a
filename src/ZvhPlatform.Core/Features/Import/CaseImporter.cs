using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Partners;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Persons;

namespace ZvhPlatform.Core.Features.Import;

/// <summary>The outcome of checking an import file against the current region.</summary>
internal sealed record ImportControle(ImportBestand? Bestand, IReadOnlyList<ImportFout> Fouten)
{
    public bool Geldig => Bestand is not null && Fouten.Count == 0;
}

/// <summary>What an import did.</summary>
internal sealed record ImportResultaat(int PersonenNieuw, int PersonenGekoppeld, int AanmeldingenNieuw, int CasussenNieuw, int Overgeslagen)
{
    public override string ToString() =>
        $"{PersonenNieuw} personen geregistreerd, {PersonenGekoppeld} gekoppeld aan het register (BSN), {AanmeldingenNieuw} aanmeldingen en {CasussenNieuw} casussen aangemaakt, {Overgeslagen} al eerder geïmporteerd en overgeslagen.";
}

/// <summary>
/// Imports persons, aanmeldingen with triage, cases with their status history, closing and PGA scores (format
/// version 1, docs/import/README.md). Everything is checked before anything is written; a file with any problem
/// writes nothing. Records are recognised by their external id (aanmeldingen and cases) so that importing the
/// same file again changes nothing. Persons go through the register (same BSN = same person) and the access log
/// with the purpose "Migratie". Used by the background job and by the operator command.
/// </summary>
internal sealed class CaseImporter(CaseworkDbContext db, CoreDbContext core, IPartnerDirectory partners, IPrivacyProtocol protocol, IAccessLog log, TimeProvider clock)
{
    private const int Batch = 25;

    public async Task<ImportControle> ControleerAsync(byte[] inhoud, CancellationToken ct)
    {
        var fouten = new List<ImportFout>();
        var bestand = ImportBestand.Lees(inhoud, fouten);
        if (bestand is null)
        {
            return new ImportControle(null, fouten);
        }

        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var gemeenten = (await core.Gemeenten.AsNoTracking().Select(g => g.CbsCode).ToListAsync(ct)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var contractModules = (await core.Contracts.AsNoTracking().Select(c => c.ModuleId).Distinct().ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var inForce = await protocol.InForceOnAsync(today, ct);
        // Installed or not: history of an aanpak the region has (had) a contract for can be migrated before its module is part of the host.
        bool ModuleBekend(string id) => contractModules.Contains(id);

        void Gemeente(string? code, int regel)
        {
            if (code is not null && !gemeenten.Contains(code))
            {
                fouten.Add(new ImportFout(regel, $"Gemeente '{code}' hoort niet bij deze regio (gebruik de CBS-code, bijvoorbeeld GM0307)."));
            }
        }

        var verwezen = bestand.Aanmeldingen.Select(a => a.Persoon).Concat(bestand.Casussen.Select(c => c.Persoon)).ToHashSet(StringComparer.Ordinal);
        foreach (var p in bestand.Personen)
        {
            if (!verwezen.Contains(p.Id))
            {
                fouten.Add(new ImportFout(p.Regel, $"Persoon '{p.Id}' hoort bij geen aanmelding of casus in het bestand."));
            }

            Gemeente(p.Gemeente, p.Regel);
            if (p.Geboortedatum is { } d && d > today)
            {
                fouten.Add(new ImportFout(p.Regel, $"De geboortedatum van persoon '{p.Id}' ligt in de toekomst."));
            }
        }

        foreach (var a in bestand.Aanmeldingen)
        {
            Gemeente(a.Gemeente, a.Regel);
            if (a.Module.Length > 0 && !ModuleBekend(a.Module))
            {
                fouten.Add(new ImportFout(a.Regel, $"Onbekende aanpak '{a.Module}': de regio heeft er geen contract voor."));
            }
        }

        var personen = bestand.Personen.GroupBy(p => p.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var c in bestand.Casussen)
        {
            Gemeente(c.Gemeente, c.Regel);
            if (c.Module.Length == 0)
            {
                // Already reported as a missing field.
            }
            else if (!ModuleBekend(c.Module))
            {
                fouten.Add(new ImportFout(c.Regel, $"Onbekende aanpak '{c.Module}': de regio heeft er geen contract voor."));
            }
            else if (inForce is null || !inForce.Doelen.Any(d => d.ModuleId == c.Module && string.Equals(d.Doel, c.Doel, StringComparison.OrdinalIgnoreCase)
                                                                   && !string.IsNullOrWhiteSpace(d.Grondslag)))
            {
                fouten.Add(new ImportFout(c.Regel, $"Het doel '{c.Doel}' heeft in het privacyprotocol dat vandaag geldt geen grondslag voor '{c.Module}'."));
            }

            if ((c.Gemeente ?? personen.GetValueOrDefault(c.Persoon)?.Gemeente) is null)
            {
                fouten.Add(new ImportFout(c.Regel, $"Casus '{c.Id}' heeft geen gemeente (geef 'gemeente' bij de casus of de persoon)."));
            }

            if (c.Statussen.Any(s => s.Datum > today) || c.AfgeslotenOp > today)
            {
                fouten.Add(new ImportFout(c.Regel, $"Casus '{c.Id}' heeft een statuswijziging in de toekomst."));
            }
        }

        return new ImportControle(bestand, fouten.OrderBy(f => f.Regel).ToList());
    }

    public async Task<ImportResultaat> VoerUitAsync(ImportBestand bestand, string bron, Func<int, Task> voortgang, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(bestand);
        ArgumentNullException.ThrowIfNull(voortgang);
        var nu = clock.GetUtcNow().UtcDateTime;
        var aanmeldingIds = bestand.Aanmeldingen.Select(a => a.Id).ToList();
        var casusIds = bestand.Casussen.Select(c => c.Id).ToList();
        var bestaandeAanmeldingen = (await db.Aanmeldingen.AsNoTracking().Where(a => a.ExternId != null && aanmeldingIds.Contains(a.ExternId))
            .Select(a => new { a.ExternId, a.Id, a.PersonId }).ToListAsync(ct)).ToDictionary(a => a.ExternId!, StringComparer.Ordinal);
        var bestaandeCasussen = (await db.Casussen.AsNoTracking().Where(c => c.ExternId != null && casusIds.Contains(c.ExternId))
            .Select(c => new { c.ExternId, c.Id, c.HoofdpersoonId }).ToListAsync(ct)).ToDictionary(c => c.ExternId!, StringComparer.Ordinal);

        // A person imported before is found through the aanmelding or case that was imported with them.
        var persoonIds = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var a in bestand.Aanmeldingen.Where(a => bestaandeAanmeldingen.GetValueOrDefault(a.Id)?.PersonId is not null))
        {
            persoonIds.TryAdd(a.Persoon, bestaandeAanmeldingen[a.Id].PersonId!.Value);
        }

        foreach (var c in bestand.Casussen.Where(c => bestaandeCasussen.ContainsKey(c.Id)))
        {
            persoonIds.TryAdd(c.Persoon, bestaandeCasussen[c.Id].HoofdpersoonId);
        }

        var partnerPerNaam = (await partners.ActivePartnersAsync(ct)).GroupBy(p => p.Naam.Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.OrdinalIgnoreCase);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var inForce = await protocol.InForceOnAsync(today, ct);
        var kenmerken = new Dictionary<string, int>(StringComparer.Ordinal);

        async Task<string> KenmerkAsync(string prefix, bool aanmelding)
        {
            if (!kenmerken.TryGetValue(prefix, out var n))
            {
                // After the highest existing one, as for a case opened on screen (a count would reuse a deleted case's number).
                n = await Kenmerken.HighestNumberAsync(aanmelding ? db.Aanmeldingen.Select(a => a.Kenmerk) : db.Casussen.Select(c => c.Kenmerk), prefix + "-", ct);
            }

            kenmerken[prefix] = ++n;
            return $"{prefix}-{n:0000}";
        }

        int nieuwePersonen = 0, gekoppeld = 0, nieuweAanmeldingen = 0, nieuweCasussen = 0, overgeslagen = 0, verwerkt = 0;
        var logNieuw = new List<Guid>();
        var logGekoppeld = new List<Guid>();

        async Task<Guid> PersoonAsync(string id)
        {
            if (persoonIds.TryGetValue(id, out var bekend))
            {
                return bekend;
            }

            var p = bestand.Personen.First(x => x.Id == id);
            if (p.Bsn is not null)
            {
                var match = await core.Persons.Where(x => x.Bsn == p.Bsn && x.MergedIntoId == null).Select(x => (Guid?)x.Id).FirstOrDefaultAsync(ct);
                if (match is { } m)
                {
                    persoonIds[id] = m;
                    gekoppeld++;
                    logGekoppeld.Add(m);
                    return m;
                }
            }

            var person = new Person
            {
                Bsn = p.Bsn, Voornamen = p.Voornamen, Tussenvoegsel = p.Tussenvoegsel, Achternaam = p.Achternaam, Geboortedatum = p.Geboortedatum,
                GemeenteCode = p.Gemeente?.ToUpperInvariant(), RegisteredUtc = nu,
            };
            person.RefreshSearchFields();
            core.Persons.Add(person);
            core.PersonChanges.Add(new PersonChange
            {
                PersonId = person.Id, ChangedUtc = nu, ChangedBy = "import", Action = "geregistreerd", Details = $"Geïmporteerd uit {bron} (id {p.Id}).",
            });
            persoonIds[id] = person.Id;
            nieuwePersonen++;
            logNieuw.Add(person.Id);
            return person.Id;
        }

        async Task OpslaanAsync()
        {
            await core.SaveChangesAsync(ct);
            await db.SaveChangesAsync(ct);
            if (logNieuw.Count > 0)
            {
                await log.RecordAsync(new AccessRecord(AccessAction.Aanmaken, Purposes.Migratie, logNieuw.ToList(), null, "core", "toegestaan", false,
                    "persoonsgegevens (import)"), ct);
            }

            if (logGekoppeld.Count > 0)
            {
                await log.RecordAsync(new AccessRecord(AccessAction.Zoeken, Purposes.Migratie, logGekoppeld.ToList(), null, "core", "toegestaan", false,
                    "gekoppeld op BSN (import)"), ct);
            }

            logNieuw.Clear();
            logGekoppeld.Clear();
            await voortgang(verwerkt);
        }

        var aanmeldingen = new Dictionary<string, Aanmelding>(StringComparer.Ordinal);
        var teller = 0;
        foreach (var a in bestand.Aanmeldingen)
        {
            verwerkt++;
            if (bestaandeAanmeldingen.ContainsKey(a.Id))
            {
                overgeslagen++;
                continue;
            }

            var persoonId = await PersoonAsync(a.Persoon);
            var p = bestand.Personen.First(x => x.Id == a.Persoon);
            var aanmelding = new Aanmelding
            {
                Kenmerk = await KenmerkAsync("A" + a.OntvangenOp.Year.ToString(CultureInfo.InvariantCulture), true),
                ExternId = a.Id, ModuleId = a.Module, SubAanpak = a.SubAanpak, OntvangenOp = a.OntvangenOp, Route = a.Route,
                Status = a.Triage?.Uitkomst switch
                {
                    TriageUitkomst.Procesregie => AanmeldingStatus.Procesregie,
                    TriageUitkomst.UitgebreidAdvies => AanmeldingStatus.UitgebreidAdvies,
                    TriageUitkomst.NietZvhWaardig => AanmeldingStatus.NietZvhWaardig,
                    _ => AanmeldingStatus.Ontvangen,
                },
                VerwijzerPartnerId = partnerPerNaam.TryGetValue(a.VerwijzerOrganisatie, out var partnerId) ? partnerId : null,
                VerwijzerOrganisatie = a.VerwijzerOrganisatie, VerwijzerNaam = a.VerwijzerNaam, VerwijzerContact = a.VerwijzerContact,
                PersonId = persoonId, Bsn = p.Bsn, Voornamen = p.Voornamen, Achternaam = string.Join(' ', new[] { p.Tussenvoegsel, p.Achternaam }.Where(s => s is not null)),
                Geboortedatum = p.Geboortedatum, GemeenteCode = (a.Gemeente ?? p.Gemeente)?.ToUpperInvariant(), Reden = a.Reden, DoelCasusoverleg = a.DoelCasusoverleg,
                PersoonGeinformeerd = a.PersoonGeinformeerd, NietGeinformeerdReden = a.NietGeinformeerdReden, Hoofdonderwerp = a.Hoofdonderwerp,
                ProblematiekGgz = a.Ggz, ProblematiekLvb = a.Lvb, ProblematiekVerslaving = a.Verslaving, MinderjarigenInSysteem = a.Minderjarigen,
                Gemeentegrens = a.Gemeentegrens,
            };
            db.Aanmeldingen.Add(aanmelding);
            if (a.Triage is { } t)
            {
                db.Triages.Add(new Triage
                {
                    AanmeldingId = aanmelding.Id, Datum = t.Datum, Uitkomst = t.Uitkomst, AdviesTerug = t.AdviesTerug, AanwezigePartners = t.AanwezigePartners, Door = "import",
                });
            }

            aanmeldingen[a.Id] = aanmelding;
            nieuweAanmeldingen++;
            if (++teller % Batch == 0)
            {
                await OpslaanAsync();
            }
        }

        await OpslaanAsync();
        foreach (var c in bestand.Casussen)
        {
            verwerkt++;
            if (bestaandeCasussen.ContainsKey(c.Id))
            {
                overgeslagen++;
                continue;
            }

            var persoonId = await PersoonAsync(c.Persoon);
            var p = bestand.Personen.First(x => x.Id == c.Persoon);
            var doel = inForce!.Doelen.First(d => d.ModuleId == c.Module && string.Equals(d.Doel, c.Doel, StringComparison.OrdinalIgnoreCase));
            var laatste = c.Statussen[^1].Naar;
            var casus = new Casus
            {
                Kenmerk = await KenmerkAsync(c.GeopendOp.Year.ToString(CultureInfo.InvariantCulture), false),
                ExternId = c.Id, ModuleId = c.Module, SubAanpak = c.SubAanpak, HoofdpersoonId = persoonId,
                GemeenteCode = (c.Gemeente ?? p.Gemeente)!.ToUpperInvariant(), Doel = doel.Doel, Grondslag = doel.Grondslag, GeopendOp = c.GeopendOp, Status = laatste,
                AfgeslotenOp = c.AfgeslotenOp, AfsluitReden = c.AfsluitReden,
            };
            casus.Personen.Add(new CasusPersoon { CasusId = casus.Id, PersonId = persoonId, Rol = CaseRole.Hoofdpersoon });
            if (c.Aanmelding is not null)
            {
                var aanmelding = aanmeldingen.GetValueOrDefault(c.Aanmelding)
                                 ?? await db.Aanmeldingen.FirstOrDefaultAsync(a => a.ExternId == c.Aanmelding, ct);
                if (aanmelding is not null)
                {
                    casus.AanmeldingId = aanmelding.Id;
                    aanmelding.CasusId = casus.Id;
                }
            }

            db.Casussen.Add(casus);
            CasusStatus? vorige = null;
            DateOnly? wachtSinds = null;
            for (var i = 0; i < c.Statussen.Count; i++)
            {
                var s = c.Statussen[i];
                db.StatusWijzigingen.Add(new CasusStatusWijziging
                {
                    CasusId = casus.Id, Datum = s.Datum, Van = vorige, Naar = s.Naar, Toelichting = s.Toelichting ?? "Geïmporteerd", Door = "import",
                    VastgelegdUtc = nu.AddMilliseconds(i),
                });
                if (s.Naar == CasusStatus.Werkvoorraad && wachtSinds is null)
                {
                    wachtSinds = s.Datum;
                }
                else if (s.Naar == CasusStatus.InRegie && wachtSinds is { } sinds && vorige == CasusStatus.Werkvoorraad)
                {
                    db.Werkvoorraad.Add(new WerkvoorraadPlaats { CasusId = casus.Id, Sinds = sinds, Tot = s.Datum });
                    wachtSinds = DateOnly.MinValue;
                }

                vorige = s.Naar;
            }

            if (wachtSinds is { } open && open != DateOnly.MinValue && laatste == CasusStatus.Werkvoorraad)
            {
                db.Werkvoorraad.Add(new WerkvoorraadPlaats { CasusId = casus.Id, Sinds = open });
            }

            foreach (var m in c.Pga)
            {
                var meting = new PgaMeting { CasusId = casus.Id, PersonId = persoonId, Datum = m.Datum, Moment = m.Moment, Door = "import" };
                meting.Scores.AddRange(m.Scores.Select(s => new PgaScore { MetingId = meting.Id, Leefgebied = s.Leefgebied, Niveau = s.Niveau }));
                db.PgaMetingen.Add(meting);
            }

            nieuweCasussen++;
            await core.SaveChangesAsync(ct);
            await db.SaveChangesAsync(ct);
            await log.RecordAsync(new AccessRecord(AccessAction.Aanmaken, Purposes.Migratie, [persoonId], casus.Id, c.Module, "toegestaan", false, "casus (import)"), ct);
            if (++teller % Batch == 0)
            {
                await OpslaanAsync();
            }
        }

        verwerkt = bestand.Totaal;
        await OpslaanAsync();
        return new ImportResultaat(nieuwePersonen, gekoppeld, nieuweAanmeldingen, nieuweCasussen, overgeslagen);
    }
}
