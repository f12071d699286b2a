using Mediator;
using ZvhPlatform.Core.Access;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Casusoverleg;

/// <summary>Captures a decision about an agenda item's case during the meeting; the page appends it without reloading.</summary>
[RequiresPermission(CorePermissions.CasusoverlegWerken)]
internal sealed record CaptureBesluit(Guid OverlegId, Guid ItemId, string? Tekst) : ICommand<BesluitRow>;

internal sealed class CaptureBesluitValidator : IRequestValidator<CaptureBesluit>
{
    public IEnumerable<ValidationProblem> Validate(CaptureBesluit request)
    {
        if (string.IsNullOrWhiteSpace(request.Tekst))
        {
            yield return new(nameof(request.Tekst), "Vul het besluit in.");
        }
        else if (request.Tekst.Trim().Length > 4000)
        {
            yield return new(nameof(request.Tekst), "Het besluit is te lang (maximaal 4000 tekens).");
        }
    }
}

internal sealed class CaptureBesluitHandler(CaseworkDbContext db, Compartments compartments, CurrentUser user, IAccessLog log, TimeProvider clock)
    : ICommandHandler<CaptureBesluit, BesluitRow>
{
    public async ValueTask<BesluitRow> Handle(CaptureBesluit command, CancellationToken cancellationToken)
    {
        var overleg = await db.OpenOverlegAsync(compartments, command.OverlegId, cancellationToken);
        var item = overleg.Agenda.SingleOrDefault(a => a.Id == command.ItemId) ?? throw new KeyNotFoundException("Agendapunt niet gevonden.");
        var casus = await db.Casussen.FindAsync([item.CasusId], cancellationToken) ?? throw new KeyNotFoundException("Casus niet gevonden.");
        var besluit = new Besluit
        {
            CasusId = item.CasusId, OverlegId = overleg.Id, Datum = DateOnly.FromDateTime(RegieSupport.ToLocal(overleg.Aanvang, clock)),
            Tekst = command.Tekst!.Trim(), Door = user.DisplayName,
        };
        db.Besluiten.Add(besluit);
        await db.SaveChangesAsync(cancellationToken);
        await log.RecordAsync(new AccessRecord(AccessAction.Aanmaken, casus.Doel, [casus.HoofdpersoonId], casus.Id, casus.ModuleId, "toegestaan", false, "besluit"),
            cancellationToken);
        return new BesluitRow(besluit.Id, besluit.Datum, besluit.Tekst, besluit.Door);
    }
}
