using Mediator;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Modules.PgaTafel.Data;

namespace ZvhPlatform.Modules.PgaTafel.Features.Casussen;

/// <summary>
/// Opschalen from the table to CoVeCa / Top X: the core registers an aanmelding for CoVeCa with route opschaling (its intake
/// rules apply, e.g. only gemeente, politie or OM refer to Top X); the table keeps which aanmelding its case became.
/// </summary>
[RequiresPermission(PgaTafelModule.Werken)]
internal sealed record SchaalOp(Guid CaseId, string? SubAanpak, Guid? VerwijzerPartnerId, string? Hoofdonderwerp, string? Reden, bool PersoonGeinformeerd,
    string? NietGeinformeerdReden) : ICommand<OpschalingResultaat>;

internal sealed class SchaalOpValidator : IRequestValidator<SchaalOp>
{
    public IEnumerable<ValidationProblem> Validate(SchaalOp request)
    {
        if (string.IsNullOrWhiteSpace(request.Reden))
        {
            yield return new(nameof(request.Reden), "Beschrijf waarom de casus wordt opgeschaald.");
        }
        else if (request.Reden.Length > 4000)
        {
            yield return new(nameof(request.Reden), "De reden is maximaal 4000 tekens.");
        }

        if (string.IsNullOrWhiteSpace(request.Hoofdonderwerp) || !WayOfWorking.Hoofdonderwerpen.Contains(request.Hoofdonderwerp))
        {
            yield return new(nameof(request.Hoofdonderwerp), "Kies het hoofdonderwerp.");
        }
    }
}

internal sealed class SchaalOpHandler(ICaseDirectory cases, ICaseEscalation escalation, PgaTafelDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<SchaalOp, OpschalingResultaat>
{
    public async ValueTask<OpschalingResultaat> Handle(SchaalOp command, CancellationToken cancellationToken)
    {
        var casus = await PgaTafelCase.FindAsync(cases, command.CaseId, cancellationToken);
        var result = await escalation.OpschalenAsync(new OpschalingVerzoek(casus.Id, PgaTafelModule.OpschalenNaar,
            string.IsNullOrWhiteSpace(command.SubAanpak) ? null : command.SubAanpak.Trim(), command.VerwijzerPartnerId, command.Hoofdonderwerp, command.Reden,
            command.PersoonGeinformeerd, command.NietGeinformeerdReden), cancellationToken);
        // The aanmelding is the core's and already saved; this only remembers it for the table (and its invoice).
        db.Opschalingen.Add(new Opschaling
        {
            CasusId = casus.Id, GemeenteCode = result.GemeenteCode, NaarModuleId = PgaTafelModule.OpschalenNaar,
            SubAanpak = string.IsNullOrWhiteSpace(command.SubAanpak) ? null : command.SubAanpak.Trim(), AanmeldingId = result.AanmeldingId,
            AanmeldingKenmerk = result.Kenmerk, Datum = DateOnly.FromDateTime(clock.GetLocalNow().DateTime), DoorUserId = user.UserId,
        });
        await db.SaveChangesAsync(cancellationToken);
        return result;
    }
}
