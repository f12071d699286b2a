using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Entitlement;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Core.Features.Casusoverleg;

/// <summary>
/// Plans a casusoverleg for one aanpak. The agenda is generated from the cases that are due: cases in regie of that
/// aanpak with overdue actions, never discussed, or last discussed longer than <see cref="PlanOverlegHandler.BesprekingsInterval"/> ago.
/// </summary>
[RequiresPermission(CorePermissions.CasusoverlegWerken)]
internal sealed record PlanOverleg(string? Titel, string? ModuleId, DateTime? Aanvang, string? Locatie) : ICommand<Guid>;

internal sealed class PlanOverlegValidator : IRequestValidator<PlanOverleg>
{
    public IEnumerable<ValidationProblem> Validate(PlanOverleg request)
    {
        if (string.IsNullOrWhiteSpace(request.Titel))
        {
            yield return new(nameof(request.Titel), "Vul een titel in.");
        }
        else if (request.Titel.Trim().Length > 200)
        {
            yield return new(nameof(request.Titel), "De titel is te lang (maximaal 200 tekens).");
        }

        if (string.IsNullOrWhiteSpace(request.ModuleId))
        {
            yield return new(nameof(request.ModuleId), "Kies de aanpak waarvoor het overleg is.");
        }

        if (request.Aanvang is null)
        {
            yield return new(nameof(request.Aanvang), "Vul datum en tijd van het overleg in.");
        }

        if ((request.Locatie?.Trim().Length ?? 0) > 200)
        {
            yield return new(nameof(request.Locatie), "De locatie is te lang (maximaal 200 tekens).");
        }
    }
}

internal sealed class PlanOverlegHandler(CaseworkDbContext db, IRegionContext region, IModuleEntitlement entitlement, Compartments compartments,
    TimeProvider clock) : ICommandHandler<PlanOverleg, Guid>
{
    /// <summary>A case in regie is due for discussion when it was last on a held meeting longer ago than this.</summary>
    public static readonly TimeSpan BesprekingsInterval = TimeSpan.FromDays(28);

    public async ValueTask<Guid> Handle(PlanOverleg command, CancellationToken cancellationToken)
    {
        var moduleId = command.ModuleId!.Trim();
        var today = RegieSupport.Today(clock);
        if (compartments.IsClosed(moduleId) || !await entitlement.IsEnabledAsync(region.RequiredRegion.Id, moduleId, today, cancellationToken))
        {
            throw new RequestValidationException([new ValidationProblem(nameof(command.ModuleId), "Deze regio heeft deze aanpak niet; kies een andere aanpak.")]);
        }

        var overleg = new Overleg
        {
            Titel = command.Titel!.Trim(), ModuleId = moduleId, Aanvang = RegieSupport.ToUtc(command.Aanvang!.Value, clock),
            Locatie = string.IsNullOrWhiteSpace(command.Locatie) ? null : command.Locatie.Trim(),
        };
        var volgorde = 0;
        foreach (var casusId in await DueCasesAsync(moduleId, overleg.Aanvang, today, cancellationToken))
        {
            overleg.Agenda.Add(new Agendapunt { OverlegId = overleg.Id, CasusId = casusId, Volgorde = ++volgorde });
        }

        db.Overleggen.Add(overleg);
        await db.SaveChangesAsync(cancellationToken);
        return overleg.Id;
    }

    /// <summary>Overdue actions first, then never discussed, then longest ago; the coordinator can change it afterwards.</summary>
    private async Task<IReadOnlyList<Guid>> DueCasesAsync(string moduleId, DateTime aanvangUtc, DateOnly today, CancellationToken cancellationToken)
    {
        var cases = await db.Casussen.AsNoTracking()
            .Where(c => c.ModuleId == moduleId && c.Status == CasusStatus.InRegie && c.AfgeslotenOp == null)
            .Select(c => new { c.Id, c.Kenmerk }).ToListAsync(cancellationToken);
        var ids = cases.Select(c => c.Id).ToList();
        var discussed = await (from a in db.Agendapunten
                               join o in db.Overleggen on a.OverlegId equals o.Id
                               where o.GehoudenUtc != null && ids.Contains(a.CasusId)
                               select new { a.CasusId, o.Aanvang }).ToListAsync(cancellationToken);
        var last = discussed.GroupBy(d => d.CasusId).ToDictionary(g => g.Key, g => g.Max(d => d.Aanvang));
        var overdue = (await db.Acties.AsNoTracking().Where(a => ids.Contains(a.CasusId) && a.Status == ActieStatus.Open && a.Deadline < today)
            .Select(a => a.CasusId).ToListAsync(cancellationToken)).ToHashSet();
        var threshold = aanvangUtc - BesprekingsInterval;
        return cases
            .Select(c => new { c.Id, c.Kenmerk, Overdue = overdue.Contains(c.Id), Last = last.TryGetValue(c.Id, out var l) ? l : (DateTime?)null })
            .Where(c => c.Overdue || c.Last is null || c.Last < threshold)
            .OrderByDescending(c => c.Overdue).ThenBy(c => c.Last is not null).ThenBy(c => c.Last).ThenBy(c => c.Kenmerk, StringComparer.Ordinal)
            .Select(c => c.Id).ToList();
    }
}
