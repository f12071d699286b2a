using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Partners;
using ZvhPlatform.Core.Contracts.Persons;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Entitlement;
using ZvhPlatform.Kernel.Modules;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Core.Casework;

/// <summary>The fields of an aanmelding (domain §3.1) as staff or a partner professional enter them.</summary>
internal sealed record AanmeldingInput(
    string? ModuleId, string? SubAanpak, AanmeldRoute Route, DateOnly? OntvangenOp,
    Guid? VerwijzerPartnerId, string? VerwijzerOrganisatie, string? VerwijzerNaam, string? VerwijzerContact, Guid? VerwijzendeRegioId,
    string? Bsn, string? Voornamen, string? Achternaam, DateOnly? Geboortedatum, string? Adres, string? GemeenteCode,
    string? Reden, string? DoelCasusoverleg, string? TeUitnodigenPartners, bool PersoonGeinformeerd, string? NietGeinformeerdReden,
    string? Hoofdonderwerp, bool ProblematiekGgz, bool ProblematiekLvb, bool ProblematiekVerslaving, bool MinderjarigenInSysteem,
    Gemeentegrens Gemeentegrens);

/// <summary>The rules of an aanmelding: what must be filled in, and what the contracts and the aanpak's module allow.</summary>
internal sealed class AanmeldingIntake(
    CaseworkDbContext db, CoreDbContext core, ModuleCatalog catalog, IModuleEntitlement entitlement, IRegionContext region, IRegionStore regions,
    IPartnerDirectory partners, IEnumerable<ICaseworkExtension> extensions, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>Problems with the fields themselves (run by the request validators).</summary>
    public static IEnumerable<ValidationProblem> CheckFields(AanmeldingInput input, DateOnly today, bool staff)
    {
        if (string.IsNullOrWhiteSpace(input.ModuleId))
        {
            yield return new(nameof(input.ModuleId), "Kies de aanpak.");
        }

        if (!string.IsNullOrWhiteSpace(input.Bsn) && !Bsn.IsValid(input.Bsn))
        {
            yield return new(nameof(input.Bsn), "Dit is geen geldig BSN (het voldoet niet aan de elfproef). Laat het veld leeg als het BSN niet bekend is.");
        }

        if (string.IsNullOrWhiteSpace(input.Achternaam))
        {
            yield return new(nameof(input.Achternaam), "Vul de achternaam van de persoon in.");
        }

        if (input.Geboortedatum is { } dob && (dob > today || dob < today.AddYears(-120)))
        {
            yield return new(nameof(input.Geboortedatum), "De geboortedatum kan niet in de toekomst of meer dan 120 jaar geleden liggen.");
        }

        if (string.IsNullOrWhiteSpace(input.GemeenteCode))
        {
            yield return new(nameof(input.GemeenteCode), "Kies de gemeente van inschrijving.");
        }

        if (string.IsNullOrWhiteSpace(input.Reden))
        {
            yield return new(nameof(input.Reden), "Beschrijf de reden van de aanmelding.");
        }

        if (string.IsNullOrWhiteSpace(input.Hoofdonderwerp) || !WayOfWorking.Hoofdonderwerpen.Contains(input.Hoofdonderwerp))
        {
            yield return new(nameof(input.Hoofdonderwerp), "Kies het hoofdonderwerp.");
        }

        if (!input.PersoonGeinformeerd && string.IsNullOrWhiteSpace(input.NietGeinformeerdReden))
        {
            yield return new(nameof(input.NietGeinformeerdReden),
                "De persoon is niet geïnformeerd over de aanmelding: vul in waarom niet (bijvoorbeeld een lopend onderzoek of de veiligheid).");
        }

        if (!Enum.IsDefined(input.Route) || !Enum.IsDefined(input.Gemeentegrens))
        {
            yield return new(nameof(input.Route), "Kies hoe de aanmelding binnenkwam.");
        }

        if (Longer(input.Voornamen, 200) || Longer(input.Achternaam, 200) || Longer(input.Adres, 200) || Longer(input.VerwijzerOrganisatie, 200)
            || Longer(input.VerwijzerNaam, 200) || Longer(input.VerwijzerContact, 300) || Longer(input.Reden, 4000) || Longer(input.DoelCasusoverleg, 2000)
            || Longer(input.TeUitnodigenPartners, 2000) || Longer(input.NietGeinformeerdReden, 1000))
        {
            yield return new(nameof(input.Reden), "Een van de velden is te lang (namen en adres maximaal 200 tekens, de reden maximaal 4000).");
        }

        if (staff)
        {
            if (input.Route == AanmeldRoute.Formulier)
            {
                yield return new(nameof(input.Route), "Het beveiligde formulier is voor ketenpartners; kies hoe de aanmelding binnenkwam.");
            }

            if (input.Route == AanmeldRoute.WarmeOverdracht && input.VerwijzendeRegioId is null)
            {
                yield return new(nameof(input.VerwijzendeRegioId), "Kies bij een warme overdracht de regio waar de persoon vandaan komt.");
            }

            if (input.Route != AanmeldRoute.WarmeOverdracht && input.VerwijzerPartnerId is null && string.IsNullOrWhiteSpace(input.VerwijzerOrganisatie))
            {
                yield return new(nameof(input.VerwijzerOrganisatie), "Kies de verwijzende convenantpartner of vul de organisatie van de verwijzer in.");
            }

            if (input.OntvangenOp is { } received && received > today)
            {
                yield return new(nameof(input.OntvangenOp), "De datum van ontvangst kan niet in de toekomst liggen.");
            }
        }
    }

    /// <summary>
    /// Fills a new aanmelding from the input after the checks against the region's data: the aanpak is installed and
    /// contracted today, the municipality belongs to the region and to the contract, the sub-aanpak is the module's,
    /// the referring partner and region exist, and the module's own intake criteria pass. Refusals carry Dutch messages.
    /// </summary>
    public async Task<Aanmelding> BuildAsync(AanmeldingInput input, CancellationToken cancellationToken)
    {
        var today = Today;
        var regionId = region.RequiredRegion.Id;
        var moduleId = input.ModuleId!.Trim();
        if (!catalog.Contains(moduleId) || !await entitlement.IsEnabledAsync(regionId, moduleId, today, cancellationToken))
        {
            throw new RequestValidationException([new ValidationProblem(nameof(input.ModuleId), "Deze regio neemt deze aanpak vandaag niet af.")]);
        }

        var gemeente = input.GemeenteCode!.Trim().ToUpperInvariant();
        if (!await core.Gemeenten.AnyAsync(g => g.CbsCode == gemeente, cancellationToken))
        {
            throw new RequestValidationException([new ValidationProblem(nameof(input.GemeenteCode), "Deze gemeente hoort niet bij de regio.")]);
        }

        var decision = await entitlement.CheckMunicipalityAsync(regionId, moduleId, gemeente, today, cancellationToken);
        if (!decision.Allowed)
        {
            throw new RequestValidationException([new ValidationProblem(nameof(input.GemeenteCode), decision.Reason ?? "Deze gemeente neemt deze aanpak niet af.")]);
        }

        var extension = extensions.FirstOrDefault(e => e.ModuleId == moduleId);
        var subAanpak = string.IsNullOrWhiteSpace(input.SubAanpak) ? null : input.SubAanpak.Trim();
        if (extension is { SubAanpakken.Count: > 0 } && (subAanpak is null || extension.SubAanpakken.All(s => s.Code != subAanpak)))
        {
            throw new RequestValidationException([new ValidationProblem(nameof(input.SubAanpak), "Kies een sub-aanpak van deze aanpak.")]);
        }

        if ((extension is null || extension.SubAanpakken.Count == 0) && subAanpak is not null)
        {
            throw new RequestValidationException([new ValidationProblem(nameof(input.SubAanpak), "Deze aanpak kent geen sub-aanpakken.")]);
        }

        PartnerInfo? verwijzer = null;
        if (input.VerwijzerPartnerId is { } partnerId)
        {
            verwijzer = await partners.FindAsync(partnerId, cancellationToken);
            if (verwijzer is not { Actief: true })
            {
                throw new RequestValidationException([new ValidationProblem(nameof(input.VerwijzerPartnerId), "Kies een actieve convenantpartner van deze regio.")]);
            }
        }

        string? verwijzendeRegio = null;
        if (input.Route == AanmeldRoute.WarmeOverdracht)
        {
            var other = (await regions.AllAsync(cancellationToken)).FirstOrDefault(r => r.Id == input.VerwijzendeRegioId && r.Id != regionId)
                        ?? throw new RequestValidationException([new ValidationProblem(nameof(input.VerwijzendeRegioId),
                            "Kies bij een warme overdracht een andere regio als verwijzende regio.")]);
            verwijzendeRegio = other.Name;
        }

        if (extension is not null)
        {
            var problems = await extension.ValidateIntakeAsync(new IntakeContext(moduleId, subAanpak, verwijzer, gemeente), cancellationToken);
            if (problems.Count > 0)
            {
                throw new RequestValidationException(problems.Select(p => new ValidationProblem("Intake", p)).ToList());
            }
        }

        var year = today.Year.ToString(CultureInfo.InvariantCulture);
        var kenmerk = await Kenmerken.NextAsync(db.Aanmeldingen.Select(a => a.Kenmerk), $"A{year}-", cancellationToken);
        return new Aanmelding
        {
            Kenmerk = kenmerk,
            ModuleId = moduleId,
            SubAanpak = subAanpak,
            OntvangenOp = input.OntvangenOp ?? today,
            Route = input.Route,
            Status = AanmeldingStatus.Ontvangen,
            VerwijzerPartnerId = verwijzer?.Id,
            VerwijzerOrganisatie = verwijzer?.Naam ?? Clean(input.VerwijzerOrganisatie) ?? verwijzendeRegio ?? "",
            VerwijzerNaam = Clean(input.VerwijzerNaam),
            VerwijzerContact = Clean(input.VerwijzerContact),
            VerwijzendeRegioId = input.Route == AanmeldRoute.WarmeOverdracht ? input.VerwijzendeRegioId : null,
            VerwijzendeRegioNaam = verwijzendeRegio,
            Bsn = Bsn.Normalize(input.Bsn),
            Voornamen = Clean(input.Voornamen) ?? "",
            Achternaam = input.Achternaam!.Trim(),
            Geboortedatum = input.Geboortedatum,
            Adres = Clean(input.Adres),
            GemeenteCode = gemeente,
            Reden = input.Reden!.Trim(),
            DoelCasusoverleg = Clean(input.DoelCasusoverleg),
            TeUitnodigenPartners = Clean(input.TeUitnodigenPartners),
            PersoonGeinformeerd = input.PersoonGeinformeerd,
            NietGeinformeerdReden = input.PersoonGeinformeerd ? null : Clean(input.NietGeinformeerdReden),
            Hoofdonderwerp = input.Hoofdonderwerp,
            ProblematiekGgz = input.ProblematiekGgz,
            ProblematiekLvb = input.ProblematiekLvb,
            ProblematiekVerslaving = input.ProblematiekVerslaving,
            MinderjarigenInSysteem = input.MinderjarigenInSysteem,
            Gemeentegrens = input.Gemeentegrens,
            TerugkoppelingAanVerwijzer = "Ontvangen; de aanmelding wordt besproken in de integrale triage.",
        };
    }

    private static bool Longer(string? value, int max) => value is not null && value.Length > max;

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
