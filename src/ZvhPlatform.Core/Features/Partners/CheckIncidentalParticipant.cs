using Mediator;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Partners;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Partners;

/// <summary>Whether someone may join a case conference on a date as an incidental participant, and if not, why.</summary>
[RequiresPermission(CorePermissions.PartnersInzien)]
internal sealed record CheckIncidentalParticipant(string? Email, DateOnly? Datum) : IQuery<IncidentalParticipantDecision>;

internal sealed class CheckIncidentalParticipantValidator : IRequestValidator<CheckIncidentalParticipant>
{
    public IEnumerable<ValidationProblem> Validate(CheckIncidentalParticipant request)
    {
        if (string.IsNullOrWhiteSpace(request.Email))
        {
            yield return new(nameof(request.Email), "Vul het e-mailadres van de deelnemer in.");
        }

        if (request.Datum is null)
        {
            yield return new(nameof(request.Datum), "Vul de datum van het casusoverleg in.");
        }
    }
}

internal sealed class CheckIncidentalParticipantHandler(IPartnerDirectory partners)
    : IQueryHandler<CheckIncidentalParticipant, IncidentalParticipantDecision>
{
    public async ValueTask<IncidentalParticipantDecision> Handle(CheckIncidentalParticipant query, CancellationToken cancellationToken) =>
        await partners.CheckIncidentalParticipantAsync(query.Email!, query.Datum!.Value, cancellationToken);
}
