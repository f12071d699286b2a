using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Data;

namespace ZvhPlatform.Core.Casework;

/// <summary>What the procesregie use cases (casusoverleg, plan, acties, PGA) share: need-to-know per case and local times.</summary>
internal static class RegieSupport
{
    /// <summary>The case when the user has need-to-know for it; otherwise "not found", as for a case that does not exist.</summary>
    public static async Task<(Casus Casus, CaseAccessDecision Decision)> RequireCaseAsync(this CaseworkDbContext db, ICaseAccess access, Guid caseId,
        CancellationToken cancellationToken)
    {
        var decision = await access.CheckAsync(caseId, cancellationToken);
        if (!decision.Allowed)
        {
            throw new KeyNotFoundException("Casus niet gevonden.");
        }

        var casus = await db.Casussen.AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken)
                    ?? throw new KeyNotFoundException("Casus niet gevonden.");
        return (casus, decision);
    }

    /// <summary>A wall-clock time entered in the region's time zone, stored as UTC (PostgreSQL keeps timestamps with time zone).</summary>
    public static DateTime ToUtc(DateTime local, TimeProvider clock) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), clock.LocalTimeZone);

    /// <summary>A stored UTC time as wall-clock time of the region's time zone.</summary>
    public static DateTime ToLocal(DateTime utc, TimeProvider clock) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), clock.LocalTimeZone);

    /// <summary>Today in the region's time zone.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>
    /// The users of the region who may be at the table for these cases, by the same rule as <see cref="ICaseAccess"/>:
    /// the bureau's staff (all cases) and the partner professionals currently taking part in one of the cases.
    /// </summary>
    public static async Task<IReadOnlyList<ToegestaneGebruiker>> AllowedUsersAsync(CaseworkDbContext db, IdentityStoreDbContext identity, Guid regionId,
        IReadOnlyCollection<Guid> caseIds, CancellationToken cancellationToken)
    {
        string[] staffRoles = [Contracts.Access.ZvhRoles.Procesregisseur, Contracts.Access.ZvhRoles.Procesondersteuner];
        var staff = await identity.Memberships.AsNoTracking().Where(m => m.RegionId == regionId && staffRoles.Contains(m.Role))
            .Select(m => m.UserId).Distinct().ToListAsync(cancellationToken);
        var participants = await db.Deelnemers.AsNoTracking().Where(d => caseIds.Contains(d.CasusId) && d.VerwijderdUtc == null)
            .Select(d => new { d.UserId, d.CasusId }).ToListAsync(cancellationToken);
        var ids = staff.Concat(participants.Select(p => p.UserId)).Distinct().ToList();
        var users = await identity.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName, u.Organisation, u.Email }).ToListAsync(cancellationToken);
        return users.Select(u => new ToegestaneGebruiker(u.Id, u.DisplayName, u.Organisation, u.Email, staff.Contains(u.Id),
                participants.Where(p => p.UserId == u.Id).Select(p => p.CasusId).ToHashSet()))
            .OrderBy(u => u.Naam, StringComparer.CurrentCulture).ToList();
    }

    /// <summary>A meeting that is still open for changes (tracked, with its agenda and attendees); a held meeting is closed.</summary>
    public static async Task<Overleg> OpenOverlegAsync(this CaseworkDbContext db, Compartments compartments, Guid overlegId, CancellationToken cancellationToken)
    {
        var overleg = await db.Overleggen.Include(o => o.Agenda).Include(o => o.Deelnemers).SingleOrDefaultAsync(o => o.Id == overlegId, cancellationToken);
        if (overleg is null || compartments.IsClosed(overleg.ModuleId))
        {
            throw new KeyNotFoundException("Overleg niet gevonden.");
        }

        if (overleg.GehoudenUtc is not null)
        {
            throw new Kernel.Requests.RequestValidationException([new Kernel.Requests.ValidationProblem("",
                "Dit overleg is gehouden en gesloten; het kan niet meer worden gewijzigd.")]);
        }

        return overleg;
    }

    /// <summary>Dutch name of an action status.</summary>
    public static string Naam(ActieStatus status) => status switch
    {
        ActieStatus.Open => "Open",
        ActieStatus.Gereed => "Gereed",
        ActieStatus.Vervallen => "Vervallen",
        _ => status.ToString(),
    };
}

/// <summary>A user who may take part for some cases: staff (all cases) or a partner professional (the listed cases).</summary>
internal sealed record ToegestaneGebruiker(Guid UserId, string Naam, string? Organisatie, string? Email, bool Staf, IReadOnlySet<Guid> Casussen)
{
    public bool MagBij(Guid casusId) => Staf || Casussen.Contains(casusId);

    public string Label => Organisatie is null ? Naam : $"{Naam} ({Organisatie})";
}
