using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Access;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Casework;

/// <summary>When a closed case is due for deletion: closing date plus the protocol's term, or a logged extension.</summary>
internal static class RetentionRules
{
    public static DateOnly? DeletionDate(Casus c, PrivacyProtocolInForce? protocol)
    {
        if (c.AfgeslotenOp is not { } closed || protocol?.RetentionMonths(c.ModuleId) is not { } months)
        {
            return null;
        }

        var due = closed.AddMonths(months);
        return c.BewarenTot is { } extended && extended > due ? extended : due;
    }
}

/// <summary>Closed cases whose retention term ends within the next days, for the privacy officer.</summary>
[RequiresPermission(CorePermissions.BewaartermijnenBeheren)]
internal sealed record ListUpcomingDeletions(int Days) : IQuery<RetentionOverview>;

internal sealed record UpcomingDeletion(Guid CaseId, string Kenmerk, string ModuleId, DateOnly AfgeslotenOp, DateOnly Verwijderdatum, DateOnly? BewarenTot);

internal sealed record ReceiptRow(string Kenmerk, string ModuleId, DateOnly AfgeslotenOp, int Bewaartermijn, DateTime VerwijderdUtc, int PersonenVerwijderd);

internal sealed record EmergencyAccessRow(string Kenmerk, string Gebruiker, string Reden, DateTime VerleendUtc, DateTime VerlooptUtc);

internal sealed record RetentionOverview(IReadOnlyList<UpcomingDeletion> Upcoming, IReadOnlyList<ReceiptRow> Receipts, IReadOnlyList<EmergencyAccessRow> Emergencies);

internal sealed class ListUpcomingDeletionsHandler(CaseworkDbContext db, IdentityStoreDbContext identity, IPrivacyProtocol protocol, TimeProvider clock)
    : IQueryHandler<ListUpcomingDeletions, RetentionOverview>
{
    public async ValueTask<RetentionOverview> Handle(ListUpcomingDeletions query, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var inForce = await protocol.InForceOnAsync(today, cancellationToken);
        var closed = await db.Casussen.AsNoTracking().Where(c => c.AfgeslotenOp != null).ToListAsync(cancellationToken);
        var upcoming = closed
            .Select(c => (Case: c, Date: RetentionRules.DeletionDate(c, inForce)))
            .Where(x => x.Date is { } d && d <= today.AddDays(query.Days))
            .OrderBy(x => x.Date)
            .Select(x => new UpcomingDeletion(x.Case.Id, x.Case.Kenmerk, x.Case.ModuleId, x.Case.AfgeslotenOp!.Value, x.Date!.Value, x.Case.BewarenTot))
            .ToList();
        var receipts = await db.Verwijderbewijzen.AsNoTracking().OrderByDescending(v => v.VerwijderdUtc).Take(100)
            .Select(v => new ReceiptRow(v.Kenmerk, v.ModuleId, v.AfgeslotenOp, v.Bewaartermijn, v.VerwijderdUtc, v.PersonenVerwijderd))
            .ToListAsync(cancellationToken);
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-90);
        var emergencies = await (from n in db.Noodtoegangen.AsNoTracking()
                                 join c in db.Casussen.AsNoTracking() on n.CasusId equals c.Id
                                 where n.VerleendUtc >= since
                                 orderby n.VerleendUtc descending
                                 select new { c.Kenmerk, n.UserId, n.Reden, n.VerleendUtc, n.VerlooptUtc }).Take(200).ToListAsync(cancellationToken);
        var userIds = emergencies.Select(e => e.UserId).Distinct().ToList();
        var names = await identity.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return new RetentionOverview(upcoming, receipts,
            emergencies.Select(e => new EmergencyAccessRow(e.Kenmerk, names.GetValueOrDefault(e.UserId, "?"), e.Reden, e.VerleendUtc, e.VerlooptUtc)).ToList());
    }
}

/// <summary>Extends a closed case's retention with a reason; logged, and visible in the case's history.</summary>
[RequiresPermission(CorePermissions.BewaartermijnenBeheren)]
internal sealed record ExtendRetention(Guid CaseId, DateOnly? Tot, string Reden) : ICommand;

internal sealed class ExtendRetentionValidator : IRequestValidator<ExtendRetention>
{
    public IEnumerable<ValidationProblem> Validate(ExtendRetention request)
    {
        if (request.Tot is null)
        {
            yield return new(nameof(request.Tot), "Vul de datum in tot wanneer de casus bewaard blijft.");
        }

        if (string.IsNullOrWhiteSpace(request.Reden) || request.Reden.Trim().Length < 10 || request.Reden.Length > 1000)
        {
            yield return new(nameof(request.Reden), "Geef een reden van minstens 10 tekens voor het langer bewaren.");
        }
    }
}

internal sealed class ExtendRetentionHandler(CaseworkDbContext db, CurrentUser user, IAccessLog log, TimeProvider clock) : ICommandHandler<ExtendRetention>
{
    public async ValueTask<Unit> Handle(ExtendRetention command, CancellationToken cancellationToken)
    {
        var casus = await db.Casussen.SingleOrDefaultAsync(c => c.Id == command.CaseId && c.AfgeslotenOp != null, cancellationToken)
                    ?? throw new KeyNotFoundException("Afgesloten casus niet gevonden.");
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if (command.Tot!.Value <= today)
        {
            throw new RequestValidationException([new ValidationProblem(nameof(command.Tot), "De nieuwe bewaardatum moet in de toekomst liggen.")]);
        }

        casus.BewarenTot = command.Tot;
        db.Bewaarverlengingen.Add(new Bewaarverlenging
        {
            CasusId = casus.Id, Tot = command.Tot.Value, Reden = command.Reden.Trim(), Door = user.DisplayName, VastgelegdUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        await log.RecordAsync(new AccessRecord(AccessAction.Wijzigen, Purposes.Toezicht, [], casus.Id, casus.ModuleId, "toegestaan", false,
            "bewaartermijn verlengd"), cancellationToken);
        return Unit.Value;
    }
}
