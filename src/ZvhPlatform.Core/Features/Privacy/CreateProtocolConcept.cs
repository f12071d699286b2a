using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Access;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Privacy;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Privacy;

/// <summary>
/// Starts a new concept version as a copy of the latest established one (or empty when there is none).
/// One concept at a time, so two drafts never compete.
/// </summary>
[RequiresPermission(CorePermissions.PrivacyprotocolBeheren)]
internal sealed record CreateProtocolConcept : ICommand<Guid>;

internal sealed class CreateProtocolConceptHandler(PrivacyDbContext db, CurrentUser user, TimeProvider clock) : ICommandHandler<CreateProtocolConcept, Guid>
{
    public async ValueTask<Guid> Handle(CreateProtocolConcept command, CancellationToken cancellationToken)
    {
        var versions = await db.ProtocolVersies.Include(v => v.Doelen).Include(v => v.Gegevensdelingen).Include(v => v.Bewaartermijnen)
            .Include(v => v.Informeren).AsSplitQuery().AsNoTracking().ToListAsync(cancellationToken);
        if (versions.FirstOrDefault(v => v.Status == ProtocolStatus.Concept) is { } open)
        {
            throw new RequestValidationException([new ValidationProblem("Concept",
                $"Er is al een conceptversie (versie {open.VersieNummer}); werk die bij of stel die eerst vast.")]);
        }

        var source = versions.Where(v => v.Status == ProtocolStatus.Vastgesteld).MaxBy(v => v.VersieNummer);
        var concept = new PrivacyprotocolVersie
        {
            VersieNummer = versions.Count == 0 ? 1 : versions.Max(v => v.VersieNummer) + 1,
            Status = ProtocolStatus.Concept,
            DpiaReferentie = source?.DpiaReferentie,
            AangemaaktUtc = clock.GetUtcNow().UtcDateTime,
            AangemaaktDoor = user.DisplayName,
        };
        if (source is not null)
        {
            concept.Doelen.AddRange(source.Doelen.Select(d => new ProtocolDoel { VersieId = concept.Id, ModuleId = d.ModuleId, Doel = d.Doel, Grondslag = d.Grondslag }));
            concept.Gegevensdelingen.AddRange(source.Gegevensdelingen.Select(d => new ProtocolGegevensdeling
            {
                VersieId = concept.Id, ModuleId = d.ModuleId, PartnerType = d.PartnerType, Categorie = d.Categorie,
            }));
            concept.Bewaartermijnen.AddRange(source.Bewaartermijnen.Select(d => new ProtocolBewaartermijn
            {
                VersieId = concept.Id, ModuleId = d.ModuleId, MaandenNaAfsluiting = d.MaandenNaAfsluiting,
            }));
            concept.Informeren.AddRange(source.Informeren.Select(d => new ProtocolInformeren
            {
                VersieId = concept.Id, ModuleId = d.ModuleId, StandaardInformeren = d.StandaardInformeren, RedenenNietInformeren = d.RedenenNietInformeren,
            }));
        }

        db.ProtocolVersies.Add(concept);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique version number per region: someone else started a concept at the same moment.
            throw new RequestValidationException([new ValidationProblem("Concept", "Iemand anders heeft intussen een conceptversie aangemaakt; open die.")]);
        }

        return concept.Id;
    }
}
