using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Access;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Privacy;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Privacy;

/// <summary>
/// Establishes (vaststellen) a concept with the date it takes effect. From then on the version is
/// read-only; it becomes the protocol in force on its effective date.
/// </summary>
[RequiresPermission(CorePermissions.PrivacyprotocolBeheren)]
internal sealed record EstablishProtocol(Guid Id, DateOnly? GeldigVanaf, long Version) : ICommand;

internal sealed class EstablishProtocolValidator : IRequestValidator<EstablishProtocol>
{
    public IEnumerable<ValidationProblem> Validate(EstablishProtocol request)
    {
        if (request.GeldigVanaf is null)
        {
            yield return new(nameof(request.GeldigVanaf), "Vul de datum in waarop deze versie ingaat.");
        }
    }
}

internal sealed class EstablishProtocolHandler(PrivacyDbContext db, CurrentUser user, TimeProvider clock) : ICommandHandler<EstablishProtocol>
{
    public async ValueTask<Unit> Handle(EstablishProtocol command, CancellationToken cancellationToken)
    {
        var version = await db.ProtocolVersies.Include(v => v.Doelen).Include(v => v.Bewaartermijnen).AsSplitQuery()
                          .SingleOrDefaultAsync(v => v.Id == command.Id, cancellationToken)
                      ?? throw new KeyNotFoundException("Protocolversie niet gevonden.");
        SaveProtocolConceptHandler.EnsureConcept(version);
        var problems = new List<ValidationProblem>();
        if (version.Doelen.Count == 0)
        {
            problems.Add(new("Doelen", "Een protocol zonder doelen en grondslagen kan niet worden vastgesteld."));
        }

        var withoutRetention = version.Doelen.Select(d => d.ModuleId).Distinct()
            .Where(m => version.Bewaartermijnen.All(b => b.ModuleId != m)).Order(StringComparer.Ordinal).ToList();
        if (withoutRetention.Count > 0)
        {
            problems.Add(new("Bewaartermijnen", $"Geef een bewaartermijn voor elke module met een doel; die ontbreekt voor: {string.Join(", ", withoutRetention)}."));
        }

        // Versions follow each other in time, so "the version in force on a date" is never ambiguous.
        var latest = await db.ProtocolVersies.AsNoTracking().Where(v => v.Status == ProtocolStatus.Vastgesteld)
            .OrderByDescending(v => v.GeldigVanaf).FirstOrDefaultAsync(cancellationToken);
        if (latest?.GeldigVanaf is { } previous && command.GeldigVanaf <= previous)
        {
            problems.Add(new("GeldigVanaf", $"De ingangsdatum moet na {previous.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)} liggen, " +
                                            $"de ingangsdatum van versie {latest.VersieNummer}."));
        }

        if (problems.Count > 0)
        {
            throw new RequestValidationException(problems);
        }

        db.Entry(version).Property(v => v.Version).OriginalValue = command.Version;
        version.Status = ProtocolStatus.Vastgesteld;
        version.GeldigVanaf = command.GeldigVanaf;
        version.VastgesteldDoor = user.DisplayName;
        version.VastgesteldUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
