using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Partners;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Modules.CoVeCa.Data;

namespace ZvhPlatform.Modules.CoVeCa.Features.Casussen;

/// <summary>
/// Records that a convenantpartner placed the person of a CoVeCa case on the Top X list (Top X or OGG), and when.
/// Only a gemeente, the politie or the OM may; the same rule the aanmelding is checked against.
/// </summary>
[RequiresPermission(CoVeCaModule.Werken)]
internal sealed record PlaatsOpTopXLijst(Guid CaseId, string SubAanpak, Guid PartnerId, DateOnly? GeplaatstOp, long Version) : ICommand;

internal sealed class PlaatsOpTopXLijstValidator(TimeProvider clock) : IRequestValidator<PlaatsOpTopXLijst>
{
    public IEnumerable<ValidationProblem> Validate(PlaatsOpTopXLijst request)
    {
        if (!CoVeCaSubAanpakken.IsTopXLijst(request.SubAanpak))
        {
            yield return new(nameof(request.SubAanpak), "Kies de lijst: Top X of Top X onbegrepen gedrag met gevaarsrisico.");
        }

        if (request.PartnerId == Guid.Empty)
        {
            yield return new(nameof(request.PartnerId), "Kies de partner die de persoon op de lijst plaatst.");
        }

        if (request.GeplaatstOp is not { } op)
        {
            yield return new(nameof(request.GeplaatstOp), "Vul de datum van plaatsing in.");
        }
        else if (op > DateOnly.FromDateTime(clock.GetLocalNow().DateTime))
        {
            yield return new(nameof(request.GeplaatstOp), "De datum van plaatsing ligt in de toekomst.");
        }
    }
}

internal sealed class PlaatsOpTopXLijstHandler(ICaseDirectory cases, IPartnerDirectory partners, IEnumerable<ICaseworkExtension> extensions,
    CoVeCaDbContext db, IAccessLog log) : ICommandHandler<PlaatsOpTopXLijst>
{
    public async ValueTask<Unit> Handle(PlaatsOpTopXLijst command, CancellationToken cancellationToken)
    {
        var casus = await CoVeCaCase.FindAsync(cases, command.CaseId, cancellationToken);
        CoVeCaCase.EnsureOpen(casus);
        var partner = await partners.FindAsync(command.PartnerId, cancellationToken);
        if (partner is null || !partner.Actief)
        {
            throw new RequestValidationException([new ValidationProblem(nameof(command.PartnerId), "Kies een actieve convenantpartner van de regio.")]);
        }

        var extension = extensions.Single(e => e.ModuleId == CoVeCaModule.Id);
        var problems = await extension.ValidateIntakeAsync(new IntakeContext(CoVeCaModule.Id, command.SubAanpak, partner, casus.GemeenteCode), cancellationToken);
        if (problems.Count > 0)
        {
            await log.RecordAsync(new AccessRecord(AccessAction.Wijzigen, Purposes.Procesregie, [casus.HoofdpersoonId], casus.Id, CoVeCaModule.Id, "geweigerd",
                false, "top-x-plaatsing"), cancellationToken);
            throw new RequestValidationException(problems.Select(p => new ValidationProblem(nameof(command.PartnerId), p)).ToList());
        }

        var own = await CoVeCaRecord.LoadForChangeAsync(db, casus.Id, command.Version, cancellationToken);
        own.PlaatsingSubAanpak = command.SubAanpak;
        own.PlaatsingPartnerId = partner.Id;
        own.PlaatsingPartnerNaam = partner.Naam;
        own.PlaatsingPartnerType = partner.Type;
        own.GeplaatstOp = command.GeplaatstOp;
        await CoVeCaRecord.SaveAsync(db, cancellationToken);
        await log.RecordAsync(new AccessRecord(AccessAction.Wijzigen, Purposes.Procesregie, [casus.HoofdpersoonId], casus.Id, CoVeCaModule.Id, "toegestaan",
            false, "top-x-plaatsing"), cancellationToken);
        return Unit.Value;
    }
}

/// <summary>Loading and saving the module's record of a case with the version the form was shown with.</summary>
internal static class CoVeCaRecord
{
    public static async Task<CoVeCaCasus> LoadForChangeAsync(CoVeCaDbContext db, Guid caseId, long version, CancellationToken cancellationToken)
    {
        var own = await db.Casussen.Include(c => c.Antwoorden).SingleOrDefaultAsync(c => c.CasusId == caseId, cancellationToken);
        if (own is null)
        {
            if (version != 0)
            {
                throw new DbUpdateConcurrencyException("Het CoVeCa-gegeven van deze casus is intussen verwijderd of nooit opgeslagen.");
            }

            // Version 1 from the start, so a form shown before this first save (version 0) is recognised as stale.
            own = new CoVeCaCasus { CasusId = caseId, Version = 1 };
            db.Casussen.Add(own);
            return own;
        }

        db.Entry(own).Property(c => c.Version).OriginalValue = version;
        return own;
    }

    public static async Task SaveAsync(CoVeCaDbContext db, CancellationToken cancellationToken)
    {
        var isNew = db.ChangeTracker.Entries<CoVeCaCasus>().Any(e => e.State == EntityState.Added);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (isNew && ex is not DbUpdateConcurrencyException)
        {
            // Two people saved the first CoVeCa data of the same case at once: the other one won, as with a stale version.
            throw new DbUpdateConcurrencyException("Iemand anders legde tegelijk de eerste gegevens van deze casus vast.", ex);
        }
    }
}
