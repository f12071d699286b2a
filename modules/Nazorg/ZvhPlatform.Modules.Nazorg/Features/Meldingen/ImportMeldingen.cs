using System.Globalization;
using System.Text;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Persons;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Modules.Nazorg.Data;

namespace ZvhPlatform.Modules.Nazorg.Features.Meldingen;

/// <summary>One problem in an import file, by line (0: the file as a whole).</summary>
internal sealed record NazorgImportFout(int Regel, string Melding)
{
    public override string ToString() => Regel > 0 ? $"Regel {Regel}: {Melding}" : Melding;
}

/// <summary>What an import did, or why nothing was written.</summary>
internal sealed record NazorgImportResultaat(int Geregistreerd, int Geparkeerd, int Overgeslagen, IReadOnlyList<NazorgImportFout> Fouten)
{
    /// <summary>When the same file was imported before (then nothing was written now).</summary>
    public DateTime? EerderGeimporteerdUtc { get; init; }

    public bool Gelukt => Fouten.Count == 0;
}

/// <summary>
/// Imports a batch of DJI meldingen (CSV, semicolon-separated, with a header line; see <see cref="NazorgImportFormaat"/>), optionally
/// with their history (consent, release, closing) when replaying another system's records. As the core's import: the whole
/// file is checked first, every problem is listed by line, and nothing is written when anything is wrong. A line already
/// imported (same person, municipality and date of receipt) is skipped, and a file imported before (same SHA-256) writes nothing,
/// so importing the same file twice changes nothing, not even for refusals whose names were not kept.
/// </summary>
[RequiresPermission(NazorgModule.Werken)]
internal sealed record ImportMeldingen(string Bestandsnaam, byte[] Inhoud) : ICommand<NazorgImportResultaat>;

/// <summary>The columns of the import file.</summary>
internal static class NazorgImportFormaat
{
    public const int MaximumBytes = 5 * 1024 * 1024;

    public const int MaximumRegels = 20000;

    /// <summary>Columns every file has, in any order.</summary>
    public static IReadOnlyList<string> Verplicht { get; } =
        ["bsn", "voornamen", "achternaam", "geboortedatum", "gemeente", "inrichting", "detentie_start", "verwachte_ontslagdatum", "zelfmelder", "ontvangen_op"];

    /// <summary>Columns for replaying history; may be left out.</summary>
    public static IReadOnlyList<string> Historie { get; } = ["toestemming", "toestemming_op", "ontslagen_op", "afgesloten_op", "afsluitreden"];
}

internal sealed class ImportMeldingenValidator : IRequestValidator<ImportMeldingen>
{
    public IEnumerable<ValidationProblem> Validate(ImportMeldingen request)
    {
        if (request.Inhoud is not { Length: > 0 })
        {
            yield return new(nameof(request.Inhoud), "Kies een bestand om te importeren.");
        }
        else if (request.Inhoud.Length > NazorgImportFormaat.MaximumBytes)
        {
            yield return new(nameof(request.Inhoud), "Het bestand is groter dan 5 MB; splits het in kleinere bestanden.");
        }
    }
}

internal sealed class ImportMeldingenHandler(NazorgDbContext db, MeldingIntake intake, IAccessLog log, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ImportMeldingen, NazorgImportResultaat>
{
    private sealed record Regel(int Nummer, MeldingInvoer Invoer, bool? Toestemming, DateOnly? ToestemmingOp, DateOnly? OntslagenOp, DateOnly? AfgeslotenOp,
        string? AfsluitReden);

    public async ValueTask<NazorgImportResultaat> Handle(ImportMeldingen command, CancellationToken cancellationToken)
    {
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(command.Inhoud));
        if (await db.ImportBestanden.AsNoTracking().Where(b => b.Sha256 == sha).Select(b => (DateTime?)b.GeimporteerdUtc)
                .FirstOrDefaultAsync(cancellationToken) is { } eerder)
        {
            return new NazorgImportResultaat(0, 0, 0, []) { EerderGeimporteerdUtc = eerder };
        }

        var fouten = new List<NazorgImportFout>();
        var regels = Lees(command.Inhoud, intake.Today, fouten);
        if (fouten.Count > 0)
        {
            return new NazorgImportResultaat(0, 0, 0, fouten);
        }

        var besluiten = new Dictionary<string, GemeenteBesluit>(StringComparer.Ordinal);
        foreach (var regel in regels)
        {
            var code = regel.Invoer.GemeenteCode!.Trim().ToUpperInvariant();
            if (!besluiten.TryGetValue(code, out var besluit))
            {
                besluit = besluiten[code] = await intake.CheckGemeenteAsync(code, cancellationToken);
            }

            if (!besluit.Toegestaan && !besluit.Parkeren)
            {
                fouten.Add(new NazorgImportFout(regel.Nummer, besluit.Reden!));
            }
            else if (!besluit.Toegestaan && (regel.Toestemming is not null || regel.AfgeslotenOp is not null))
            {
                fouten.Add(new NazorgImportFout(regel.Nummer,
                    $"{besluit.Reden} Zo'n melding wordt geparkeerd voor de coördinator en kan dus geen toestemming, ontslag of afsluiting meekrijgen."));
            }
        }

        if (fouten.Count > 0)
        {
            return new NazorgImportResultaat(0, 0, 0, fouten);
        }

        var bestaand = (await db.Meldingen.AsNoTracking().Select(m => new { m.Bsn, m.Achternaam, m.Geboortedatum, m.GemeenteCode, m.OntvangenOp })
                .ToListAsync(cancellationToken))
            .Select(m => Sleutel(m.Bsn, m.Achternaam, m.Geboortedatum, m.GemeenteCode, m.OntvangenOp)).ToHashSet(StringComparer.Ordinal);
        var kenmerk = await intake.KenmerkenAsync(cancellationToken);
        var persoonIds = await intake.PersoonIdsAsync(regels.Select(r => r.Invoer.Bsn), cancellationToken);
        int geregistreerd = 0, geparkeerd = 0, overgeslagen = 0;
        var personen = new List<Guid>();
        foreach (var regel in regels)
        {
            var invoer = regel.Invoer;
            var code = invoer.GemeenteCode!.Trim().ToUpperInvariant();
            if (!bestaand.Add(Sleutel(Bsn.Normalize(invoer.Bsn), invoer.Achternaam?.Trim(), invoer.Geboortedatum, code, invoer.OntvangenOp!.Value)))
            {
                overgeslagen++;
                continue;
            }

            var melding = MeldingIntake.Build(invoer, kenmerk(invoer.OntvangenOp!.Value), persoonIds(invoer.Bsn), besluiten[code], intake.Today, user.UserId);
            Historie(melding, regel);
            db.Meldingen.Add(melding);
            personen.Add(melding.PersoonId);
            if (melding.Status == MeldingStatus.Geparkeerd)
            {
                geparkeerd++;
            }
            else
            {
                geregistreerd++;
            }
        }

        db.ImportBestanden.Add(new NazorgImportBestand
        {
            Sha256 = sha, Bestandsnaam = Path.GetFileName(command.Bestandsnaam) is { Length: > 0 and <= 260 } naam ? naam : "import.csv", Regels = regels.Count,
            GeimporteerdUtc = clock.GetUtcNow().UtcDateTime, DoorUserId = user.UserId,
        });

        // One save: the whole file or nothing.
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw new RequestValidationException([new ValidationProblem(nameof(command.Inhoud),
                "Het bestand is niet geïmporteerd: hetzelfde bestand werd tegelijk al geïmporteerd, of iemand registreerde tegelijk meldingen. Er is niets opgeslagen; probeer het opnieuw.")]);
        }
        if (personen.Count > 0)
        {
            await log.RecordAsync(new AccessRecord(AccessAction.Aanmaken, Purposes.Procesregie, personen.Distinct().ToList(), null, NazorgModule.Id,
                "toegestaan", false, $"DJI-meldingen (import, {personen.Count})"), cancellationToken);
        }

        return new NazorgImportResultaat(geregistreerd, geparkeerd, overgeslagen, []);
    }

    private void Historie(NazorgMelding melding, Regel regel)
    {
        if (regel.Toestemming == false)
        {
            NazorgRecord.Minimaliseer(db, melding);
            melding.Status = MeldingStatus.Geweigerd;
            melding.GeweigerdOp = regel.ToestemmingOp;
            melding.AfgeslotenOp = regel.ToestemmingOp;
            return;
        }

        if (regel.Toestemming == true)
        {
            melding.Status = MeldingStatus.Actief;
            melding.ToestemmingOp = regel.ToestemmingOp;
            foreach (var soort in NazorgNamen.Soorten)
            {
                melding.Basisvoorwaarden.Add(new Basisvoorwaarde { MeldingId = melding.Id, Soort = soort, Fase = Fase.VoorOntslag });
                if (regel.OntslagenOp is not null)
                {
                    melding.Basisvoorwaarden.Add(new Basisvoorwaarde { MeldingId = melding.Id, Soort = soort, Fase = Fase.NaOntslag });
                }
            }

            melding.OntslagenOp = regel.OntslagenOp;
        }

        if (regel.AfgeslotenOp is not null)
        {
            melding.Status = MeldingStatus.Afgesloten;
            melding.AfgeslotenOp = regel.AfgeslotenOp;
            melding.AfsluitReden = regel.AfsluitReden;
        }
    }

    private static string Sleutel(string? bsn, string? achternaam, DateOnly? geboortedatum, string gemeente, DateOnly ontvangen) =>
        string.Join('|', bsn ?? (achternaam ?? "").ToUpperInvariant() + "/" + geboortedatum?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), gemeente,
            ontvangen.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static List<Regel> Lees(byte[] inhoud, DateOnly today, List<NazorgImportFout> fouten)
    {
        string tekst;
        try
        {
            tekst = new UTF8Encoding(false, true).GetString(inhoud);
        }
        catch (DecoderFallbackException)
        {
            fouten.Add(new NazorgImportFout(0, "Het bestand is geen tekst in UTF-8; sla het op als CSV (UTF-8)."));
            return [];
        }

        var lines = tekst.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length > NazorgImportFormaat.MaximumRegels + 1)
        {
            fouten.Add(new NazorgImportFout(0, $"Het bestand heeft meer dan {NazorgImportFormaat.MaximumRegels} regels; splits het."));
            return [];
        }

        var kop = Velden(lines[0]).Select(k => k.Trim().ToLowerInvariant()).ToList();
        var ontbrekend = NazorgImportFormaat.Verplicht.Where(k => !kop.Contains(k)).ToList();
        var onbekend = kop.Where(k => k.Length > 0 && !NazorgImportFormaat.Verplicht.Contains(k) && !NazorgImportFormaat.Historie.Contains(k)).ToList();
        if (ontbrekend.Count > 0)
        {
            fouten.Add(new NazorgImportFout(1, $"De kopregel mist de kolommen: {string.Join(", ", ontbrekend)}."));
        }

        if (onbekend.Count > 0)
        {
            fouten.Add(new NazorgImportFout(1, $"Onbekende kolommen in de kopregel: {string.Join(", ", onbekend)}."));
        }

        if (fouten.Count > 0)
        {
            return [];
        }

        var regels = new List<Regel>();
        for (var i = 1; i < lines.Length; i++)
        {
            var nummer = i + 1;
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var velden = Velden(lines[i]);
            if (velden.Count != kop.Count)
            {
                fouten.Add(new NazorgImportFout(nummer, $"De regel heeft {velden.Count} kolommen; de kopregel heeft er {kop.Count}."));
                continue;
            }

            string? Veld(string naam)
            {
                var index = kop.IndexOf(naam);
                return index < 0 || string.IsNullOrWhiteSpace(velden[index]) ? null : velden[index].Trim();
            }

            var eigen = new List<string>();

            DateOnly? Datum(string naam)
            {
                if (Veld(naam) is not { } waarde)
                {
                    return null;
                }

                if (DateOnly.TryParseExact(waarde, ["yyyy-MM-dd", "dd-MM-yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    return d;
                }

                eigen.Add($"'{waarde}' in kolom {naam} is geen datum (JJJJ-MM-DD of DD-MM-JJJJ).");
                return null;
            }

            bool? JaNee(string naam)
            {
                switch (Veld(naam)?.ToLowerInvariant())
                {
                    case null:
                        return null;
                    case "ja" or "j" or "true" or "1":
                        return true;
                    case "nee" or "n" or "false" or "0":
                        return false;
                    default:
                        eigen.Add($"Kolom {naam} moet 'ja' of 'nee' zijn.");
                        return null;
                }
            }

            var invoer = new MeldingInvoer(Veld("bsn"), Veld("voornamen"), Veld("achternaam"), Datum("geboortedatum"), Veld("gemeente"), Veld("inrichting"),
                Datum("detentie_start"), Datum("verwachte_ontslagdatum"), JaNee("zelfmelder") ?? false, Datum("ontvangen_op"));
            var toestemming = JaNee("toestemming");
            var toestemmingOp = Datum("toestemming_op");
            var ontslagenOp = Datum("ontslagen_op");
            var afgeslotenOp = Datum("afgesloten_op");
            var reden = Veld("afsluitreden");
            if (Veld("ontvangen_op") is null)
            {
                eigen.Add("Vul de datum van ontvangst (ontvangen_op) in.");
            }

            eigen.AddRange(MeldingIntake.CheckFields(invoer, today));
            if (toestemming is not null && toestemmingOp is null)
            {
                eigen.Add("Vul bij toestemming de datum (toestemming_op) in.");
            }

            if (toestemming is null && (toestemmingOp is not null || ontslagenOp is not null || afgeslotenOp is not null))
            {
                eigen.Add("Een datum van toestemming, ontslag of afsluiten kan alleen met toestemming 'ja' (of 'nee' voor een weigering).");
            }

            if (toestemming == false && (ontslagenOp is not null || afgeslotenOp is not null))
            {
                eigen.Add("Bij een weigering van toestemming is geen nazorg gegeven: laat ontslagen_op en afgesloten_op leeg.");
            }

            if (toestemmingOp is { } t && (t > today || (invoer.OntvangenOp is { } o1 && t < o1)))
            {
                eigen.Add("De datum van toestemming ligt in de toekomst of vóór de ontvangst van de melding.");
            }

            if (ontslagenOp is { } os && (os > today || (invoer.DetentieStart is { } ds && os < ds)))
            {
                eigen.Add("De datum van ontslag ligt in de toekomst of vóór het begin van de detentie.");
            }

            if (afgeslotenOp is { } a && (a > today || (invoer.OntvangenOp is { } o2 && a < o2) || (ontslagenOp is { } os2 && a < os2)))
            {
                eigen.Add("De datum van afsluiten ligt in de toekomst, vóór de ontvangst of vóór het ontslag.");
            }

            if (afgeslotenOp is not null && (reden is null || !NazorgNamen.AfsluitRedenen.Contains(reden)))
            {
                eigen.Add($"Vul bij afsluiten een afsluitreden in: {string.Join(", ", NazorgNamen.AfsluitRedenen)}.");
            }

            fouten.AddRange(eigen.Distinct(StringComparer.Ordinal).Select(e => new NazorgImportFout(nummer, e)));
            regels.Add(new Regel(nummer, invoer, toestemming, toestemmingOp, ontslagenOp, afgeslotenOp, reden));
        }

        if (regels.Count == 0 && fouten.Count == 0)
        {
            fouten.Add(new NazorgImportFout(0, "Het bestand bevat geen meldingen."));
        }

        return regels;
    }

    /// <summary>Splits a CSV line on semicolons; double quotes enclose a field that contains them ("" is a quote).</summary>
    private static List<string> Velden(string line)
    {
        var result = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ';')
            {
                result.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        result.Add(current.ToString());
        return result;
    }
}
