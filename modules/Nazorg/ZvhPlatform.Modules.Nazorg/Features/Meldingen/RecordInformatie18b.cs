using Mediator;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Modules.Nazorg.Data;

namespace ZvhPlatform.Modules.Nazorg.Features.Meldingen;

/// <summary>
/// Records an exchange of information between the municipality and DJI under article 18b Wet straffen en beschermen
/// (risk of serious violent or sexual offences): date, direction, what was exchanged and the legal basis, which also goes
/// into the access log as a transfer.
/// </summary>
[RequiresPermission(NazorgModule.Werken)]
internal sealed record RecordInformatie18b(Guid Id, DateOnly? Datum, Richting18b? Richting, string? Grondslag, string? Omschrijving, long Version) : ICommand;

internal sealed class RecordInformatie18bValidator(TimeProvider clock) : IRequestValidator<RecordInformatie18b>
{
    public IEnumerable<ValidationProblem> Validate(RecordInformatie18b request)
    {
        if (request.Datum is null || request.Datum > DateOnly.FromDateTime(clock.GetLocalNow().DateTime))
        {
            yield return new(nameof(request.Datum), "Vul de datum van de uitwisseling in (niet in de toekomst).");
        }

        if (request.Richting is not { } r || !Enum.IsDefined(r))
        {
            yield return new(nameof(request.Richting), "Kies wie de informatie aan wie gaf.");
        }

        if (string.IsNullOrWhiteSpace(request.Grondslag) || request.Grondslag.Length > 300)
        {
            yield return new(nameof(request.Grondslag), "Vul de wettelijke grondslag van de uitwisseling in (maximaal 300 tekens).");
        }

        if (string.IsNullOrWhiteSpace(request.Omschrijving) || request.Omschrijving.Length > 2000)
        {
            yield return new(nameof(request.Omschrijving), "Beschrijf welke informatie is uitgewisseld (maximaal 2000 tekens).");
        }
    }
}

internal sealed class RecordInformatie18bHandler(NazorgDbContext db, IAccessLog log, ICurrentUser user) : ICommandHandler<RecordInformatie18b>
{
    public async ValueTask<Unit> Handle(RecordInformatie18b command, CancellationToken cancellationToken)
    {
        var melding = await NazorgRecord.LoadForChangeAsync(db, command.Id, command.Version, cancellationToken);
        NazorgRecord.EnsureStatus(melding, MeldingStatus.Ontvangen, MeldingStatus.Actief);
        var info = new Informatie18b
        {
            MeldingId = melding.Id, Datum = command.Datum!.Value, Richting = command.Richting!.Value, Grondslag = command.Grondslag!.Trim(),
            Omschrijving = command.Omschrijving!.Trim(), DoorUserId = user.UserId,
        };
        melding.Informatie18b.Add(info);
        db.Informatie18b.Add(info);
        NazorgRecord.Touch(db, melding);
        await db.SaveChangesAsync(cancellationToken);
        await log.RecordAsync(new AccessRecord(AccessAction.Overdragen, "Informatie-uitwisseling art. 18b", [melding.PersoonId], null, NazorgModule.Id,
            "toegestaan", false, $"art. 18b-informatie ({NazorgNamen.Naam(info.Richting)}); grondslag: {info.Grondslag}"), cancellationToken);
        return Unit.Value;
    }
}
