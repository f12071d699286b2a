using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ZvhPlatform.Core.Contracts.Email;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Jobs;
using ZvhPlatform.Kernel.Outbox;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Core.Casework;

/// <summary>
/// The daily reminder run: per region, the owners of open actions due today or tomorrow, or overdue, get an in-app
/// notification and an e-mail (through the outbox). At most one notice per action per day, so running it twice sends nothing more.
/// </summary>
public sealed class ActieHerinneringen(IServiceScopeFactory scopes, ILogger<ActieHerinneringen> logger)
{
    /// <summary>Runs for every region; Hangfire's entry point.</summary>
    [Hangfire.DisableConcurrentExecution(timeoutInSeconds: 1800)]
    public async Task RunAllRegionsAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<RegionInfo> regions;
        await using (var root = scopes.CreateAsyncScope())
        {
            regions = await root.ServiceProvider.GetRequiredService<IRegionStore>().AllAsync(cancellationToken);
        }

        foreach (var region in regions)
        {
            var sent = await RunForRegionAsync(region, cancellationToken);
            if (sent > 0)
            {
                logger.LogInformation("Action reminders: {Count} notifications in region {RegionKey}", sent, region.Key);
            }
        }
    }

    /// <summary>Runs the reminders of one region in a fresh scope; returns the number of notifications created.</summary>
    public async Task<int> RunForRegionAsync(RegionInfo region, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(region);
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<IRegionContextSetter>().SetRegion(region, "actieherinneringen");
        var job = scope.ServiceProvider.GetRequiredService<ActieHerinneringJob>();
        await job.ExecuteAsync(cancellationToken);
        return job.Verstuurd;
    }
}

/// <summary>The reminder work inside one region (the region of the current scope).</summary>
internal sealed class ActieHerinneringJob(CaseworkDbContext db, IdentityStoreDbContext identity, IRegionContext region, TimeProvider clock,
    ILogger<ActieHerinneringJob> logger) : IRegionRecurringJob
{
    public int Verstuurd { get; private set; }

    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        var today = RegieSupport.Today(clock);
        var tomorrow = today.AddDays(1);
        var due = await db.Acties
            .Where(a => a.Status == ActieStatus.Open && a.Deadline <= tomorrow && (a.LaatstHerinnerdOp == null || a.LaatstHerinnerdOp < today))
            .OrderBy(a => a.Deadline).ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return;
        }

        var caseIds = due.Select(a => a.CasusId).Distinct().ToList();
        var cases = await db.Casussen.AsNoTracking().Where(c => caseIds.Contains(c.Id) && c.AfgeslotenOp == null)
            .Select(c => new { c.Id, c.Kenmerk, c.ProcesregisseurId }).ToDictionaryAsync(c => c.Id, cancellationToken);
        var allowed = await RegieSupport.AllowedUsersAsync(db, identity, region.RequiredRegion.Id, caseIds, cancellationToken);
        foreach (var actie in due)
        {
            if (!cases.TryGetValue(actie.CasusId, out var casus))
            {
                continue;
            }

            var recipients = Recipients(actie, casus.ProcesregisseurId, allowed);
            if (recipients.Count == 0)
            {
                continue;
            }

            var wanneer = actie.Deadline < today ? "is over tijd" : actie.Deadline == today ? "verloopt vandaag" : "verloopt morgen";
            var tekst = $"Actie bij casus {casus.Kenmerk} {wanneer} (deadline {actie.Deadline.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture)}).";
            foreach (var userId in recipients)
            {
                var melding = new Notificatie
                {
                    UserId = userId, Tekst = tekst, Link = $"/casussen/{actie.CasusId}/acties", AangemaaktUtc = clock.GetUtcNow().UtcDateTime,
                };
                db.Notificaties.Add(melding);
                db.Publish(new ActieHerinneringVerstuurd(melding.Id), clock);
            }

            actie.LaatstHerinnerdOp = today;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                Verstuurd += recipients.Count;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Someone changed the action (or a parallel run reminded it) since we read it: leave it to them, send nothing twice.
                logger.LogInformation("Action {ActieId} changed during the reminder run; skipped", actie.Id);
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>The owner when they may still see the case; else the owner organisation's participants; else the procesregisseur.</summary>
    private static List<Guid> Recipients(Actie actie, Guid? procesregisseur, IReadOnlyList<ToegestaneGebruiker> allowed)
    {
        if (actie.EigenaarUserId is { } owner && allowed.Any(u => u.UserId == owner && u.MagBij(actie.CasusId)))
        {
            return [owner];
        }

        var organisation = allowed.Where(u => !u.Staf && u.Casussen.Contains(actie.CasusId)
                                              && string.Equals(u.Organisatie, actie.EigenaarOrganisatie, StringComparison.OrdinalIgnoreCase))
            .Select(u => u.UserId).ToList();
        if (organisation.Count > 0)
        {
            return organisation;
        }

        return procesregisseur is { } regisseur && allowed.Any(u => u.UserId == regisseur && u.Staf) ? [regisseur] : [];
    }
}

/// <summary>A reminder notification was created; its e-mail goes out through the outbox. Carries ids only.</summary>
internal sealed record ActieHerinneringVerstuurd(Guid NotificatieId) : IIntegrationEvent;

/// <summary>Mails the reminder to the recipient. The mail holds the case reference and due date, never the action's content.</summary>
internal sealed class ActieHerinneringMailer(CaseworkDbContext db, IdentityStoreDbContext identity, IEmailSender sender, IConfiguration configuration)
    : IIntegrationEventHandler<ActieHerinneringVerstuurd>
{
    public async Task HandleAsync(ActieHerinneringVerstuurd integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var melding = await db.Notificaties.AsNoTracking().SingleOrDefaultAsync(n => n.Id == integrationEvent.NotificatieId, cancellationToken);
        if (melding is null)
        {
            return;
        }

        var email = await identity.Users.AsNoTracking().Where(u => u.Id == melding.UserId).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(email))
        {
            return;
        }

        var link = (configuration["Email:LinkBaseUrl"] ?? "").TrimEnd('/') + melding.Link;
        await sender.SendAsync(new EmailMessage(email, "Herinnering: actie in het ZVH Platform",
            $"{melding.Tekst}\r\n\r\nBekijk de actie in het ZVH Platform: {link}\r\n\r\nDit bericht is automatisch verstuurd."), cancellationToken);
    }
}
