using Mediator;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Casusoverleg;

/// <summary>Records for one agenda item whether the person was invited (and if not, why) and the notes of the discussion.</summary>
[RequiresPermission(CorePermissions.CasusoverlegWerken)]
internal sealed record RecordAgendapunt(Guid OverlegId, Guid ItemId, bool PersoonUitgenodigd, string? NietUitgenodigdReden, string? Notities) : ICommand;

internal sealed class RecordAgendapuntValidator : IRequestValidator<RecordAgendapunt>
{
    public IEnumerable<ValidationProblem> Validate(RecordAgendapunt request)
    {
        if (!request.PersoonUitgenodigd && string.IsNullOrWhiteSpace(request.NietUitgenodigdReden))
        {
            yield return new(nameof(request.NietUitgenodigdReden), "Geef aan waarom de persoon niet is uitgenodigd (bijvoorbeeld: niet veilig).");
        }

        if ((request.NietUitgenodigdReden?.Length ?? 0) > 1000)
        {
            yield return new(nameof(request.NietUitgenodigdReden), "De reden is te lang (maximaal 1000 tekens).");
        }

        if ((request.Notities?.Length ?? 0) > 8000)
        {
            yield return new(nameof(request.Notities), "De notities zijn te lang (maximaal 8000 tekens).");
        }
    }
}

internal sealed class RecordAgendapuntHandler(CaseworkDbContext db, Compartments compartments) : ICommandHandler<RecordAgendapunt>
{
    public async ValueTask<Unit> Handle(RecordAgendapunt command, CancellationToken cancellationToken)
    {
        var overleg = await db.OpenOverlegAsync(compartments, command.OverlegId, cancellationToken);
        var item = overleg.Agenda.SingleOrDefault(a => a.Id == command.ItemId) ?? throw new KeyNotFoundException("Agendapunt niet gevonden.");
        item.PersoonUitgenodigd = command.PersoonUitgenodigd;
        item.NietUitgenodigdReden = command.PersoonUitgenodigd ? null : command.NietUitgenodigdReden!.Trim();
        item.Notities = string.IsNullOrWhiteSpace(command.Notities) ? null : command.Notities.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
