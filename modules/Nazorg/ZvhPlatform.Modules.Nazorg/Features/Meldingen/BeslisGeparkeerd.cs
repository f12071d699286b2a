using Mediator;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Modules.Nazorg.Data;

namespace ZvhPlatform.Modules.Nazorg.Features.Meldingen;

/// <summary>
/// The coordinator decides on a parked melding (municipality outside the contract): take it on anyway, or turn it down,
/// which keeps only the minimum to record the decision.
/// </summary>
[RequiresPermission(NazorgModule.Werken)]
internal sealed record BeslisGeparkeerd(Guid Id, bool Aannemen, long Version) : ICommand;

internal sealed class BeslisGeparkeerdHandler(NazorgDbContext db, IAccessLog log, TimeProvider clock) : ICommandHandler<BeslisGeparkeerd>
{
    public async ValueTask<Unit> Handle(BeslisGeparkeerd command, CancellationToken cancellationToken)
    {
        var melding = await NazorgRecord.LoadForChangeAsync(db, command.Id, command.Version, cancellationToken);
        NazorgRecord.EnsureStatus(melding, MeldingStatus.Geparkeerd);
        if (command.Aannemen)
        {
            melding.Status = MeldingStatus.Ontvangen;
        }
        else
        {
            NazorgRecord.Minimaliseer(db, melding);
            melding.Status = MeldingStatus.Afgewezen;
            melding.AfgeslotenOp = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        }

        await db.SaveChangesAsync(cancellationToken);
        await log.RecordAsync(new AccessRecord(command.Aannemen ? AccessAction.Wijzigen : AccessAction.Verwijderen, Purposes.Procesregie,
            [melding.PersoonId], null, NazorgModule.Id, "toegestaan", false,
            command.Aannemen ? $"geparkeerde melding {melding.Kenmerk} aangenomen" : $"geparkeerde melding {melding.Kenmerk} afgewezen"), cancellationToken);
        return Unit.Value;
    }
}
