using System.Text.Json;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Kernel.Outbox;

/// <summary>
/// An integration event: published by one module, handled by others. Carries ids, never personal data.
/// </summary>
public interface IIntegrationEvent;

/// <summary>Handles an integration event after the publishing transaction committed.</summary>
public interface IIntegrationEventHandler<in TEvent> where TEvent : IIntegrationEvent
{
    /// <summary>Handles the event in the region it was published in. Must be idempotent.</summary>
    Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}

/// <summary>A row in a context's outbox, written in the same transaction as the change it announces.</summary>
public sealed class OutboxMessage : IRegionOwned
{
    /// <summary>Id; also the idempotency key handlers may use.</summary>
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <inheritdoc />
    public Guid RegionId { get; set; }

    /// <summary>Full name of the event type.</summary>
    public string EventType { get; set; } = string.Empty;

    /// <summary>The event as JSON.</summary>
    public string Payload { get; set; } = string.Empty;

    /// <summary>When the event was published.</summary>
    public DateTime OccurredUtc { get; set; }

    /// <summary>When it was handled; null while pending.</summary>
    public DateTime? ProcessedUtc { get; set; }

    /// <summary>How many times handling was tried.</summary>
    public int Attempts { get; set; }

    /// <summary>The last error (type and message only).</summary>
    public string? LastError { get; set; }
}

/// <summary>Adds events to a context's outbox; they are saved with the context's next SaveChanges.</summary>
public static class OutboxExtensions
{
    /// <summary>Queues an integration event in the same transaction as the context's changes.</summary>
    public static void Publish<TEvent>(this ModuleDbContext db, TEvent integrationEvent, TimeProvider clock)
        where TEvent : IIntegrationEvent
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            EventType = typeof(TEvent).FullName!,
            Payload = JsonSerializer.Serialize(integrationEvent),
            OccurredUtc = clock.GetUtcNow().UtcDateTime,
        });
    }
}

/// <summary>
/// Delivers pending outbox messages of every module context to their handlers, each in the
/// region it was published in. Run by Hangfire after a commit and on a schedule, so a crash
/// between commit and delivery loses nothing.
/// </summary>
public sealed class OutboxDispatcher(IServiceScopeFactory scopes, ModuleDbContextRegistry contexts, OutboxEventTypes eventTypes,
    TimeProvider clock, ILogger<OutboxDispatcher> logger)
{
    /// <summary>Maximum attempts before a message is left for an operator.</summary>
    public const int MaxAttempts = 10;

    /// <summary>Delivers all pending messages; returns how many were handled.</summary>
    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    public async Task<int> DispatchPendingAsync(CancellationToken cancellationToken)
    {
        var handled = 0;
        foreach (var contextType in contexts.All.Values.Distinct())
        {
            List<OutboxMessage> pending;
            await using (var scope = scopes.CreateAsyncScope())
            {
                var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(contextType);
                using var cross = scope.ServiceProvider.GetRequiredService<IRegionContextSetter>().BeginCrossRegionScope("outbox");
                pending = await db.Set<OutboxMessage>().AsNoTracking()
                    .Where(m => m.ProcessedUtc == null && m.Attempts < MaxAttempts)
                    .OrderBy(m => m.OccurredUtc).Take(500).ToListAsync(cancellationToken);
            }

            foreach (var message in pending)
            {
                if (await DeliverAsync(contextType, message, cancellationToken))
                {
                    handled++;
                }
            }
        }

        return handled;
    }

    private async Task<bool> DeliverAsync(Type contextType, OutboxMessage message, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var region = await sp.GetRequiredService<IRegionStore>().FindByIdAsync(message.RegionId, cancellationToken);
        if (region is null)
        {
            return false;
        }

        sp.GetRequiredService<IRegionContextSetter>().SetRegion(region, "outbox");
        var db = (ModuleDbContext)sp.GetRequiredService(contextType);
        var row = await db.Set<OutboxMessage>().SingleAsync(m => m.Id == message.Id, cancellationToken);
        if (row.ProcessedUtc is not null)
        {
            return false;
        }

        row.Attempts++;
        try
        {
            var type = eventTypes.Find(row.EventType);
            if (type is not null)
            {
                var evt = JsonSerializer.Deserialize(row.Payload, type)!;
                var handlerType = typeof(IIntegrationEventHandler<>).MakeGenericType(type);
                foreach (var handler in sp.GetServices(handlerType))
                {
                    // DoNotWrapExceptions: a handler that throws before returning its task must be recorded
                    // (and treated, e.g. cancellation) as its own exception, not as a TargetInvocationException.
                    var task = (Task)handlerType.GetMethod("HandleAsync")!.Invoke(handler,
                        System.Reflection.BindingFlags.DoNotWrapExceptions, null, [evt, cancellationToken], null)!;
                    await task;
                }
            }

            // An event nobody in this host handles (its module left out) is done, not an error.
            row.ProcessedUtc = clock.GetUtcNow().UtcDateTime;
            row.LastError = null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            row.LastError = ex.GetType().Name + ": " + ex.Message;
            logger.LogWarning("Outbox message {MessageId} failed (attempt {Attempt}): {ErrorType}", row.Id, row.Attempts, ex.GetType().Name);
        }

        await db.SaveChangesAsync(cancellationToken);
        return row.ProcessedUtc is not null;
    }
}

/// <summary>
/// After a commit that added outbox messages, asks Hangfire to deliver them now. If the process
/// dies before that, the messages are still in the database and the scheduled run delivers them.
/// One instance serves every context built from the same (singleton) options, so the "messages added
/// but not yet committed" flag is kept per context, not on the interceptor.
/// </summary>
public sealed class OutboxSignalInterceptor(IServiceProvider services) : Microsoft.EntityFrameworkCore.Diagnostics.SaveChangesInterceptor
{
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, object> _pending = new();

    /// <inheritdoc />
    public override ValueTask<Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<int>> SavingChangesAsync(
        Microsoft.EntityFrameworkCore.Diagnostics.DbContextEventData eventData,
        Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context && context.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added))
        {
            _pending.AddOrUpdate(context, true);
        }

        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    /// <inheritdoc />
    public override async ValueTask<int> SavedChangesAsync(Microsoft.EntityFrameworkCore.Diagnostics.SaveChangesCompletedEventData eventData,
        int result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null && _pending.Remove(context))
        {
            try
            {
                services.GetService<IBackgroundJobClient>()?.Enqueue<OutboxDispatcher>(d => d.DispatchPendingAsync(CancellationToken.None));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The change and its outbox rows are committed; the scheduled dispatch delivers them. A hiccup of
                // the job storage must not turn a successful save into an error for the user.
                services.GetService<ILogger<OutboxSignalInterceptor>>()?.LogWarning("Outbox signal could not be queued: {ErrorType}", ex.GetType().Name);
            }
        }

        return await base.SavedChangesAsync(eventData, result, cancellationToken);
    }
}

/// <summary>The integration event types known to this host.</summary>
public sealed class OutboxEventTypes
{
    private readonly Dictionary<string, Type> _types = new(StringComparer.Ordinal);

    /// <summary>Adds the event types found in the assemblies.</summary>
    public void AddFrom(IEnumerable<System.Reflection.Assembly> assemblies)
    {
        ArgumentNullException.ThrowIfNull(assemblies);
        foreach (var t in assemblies.SelectMany(a => a.GetTypes()).Where(t => !t.IsAbstract && typeof(IIntegrationEvent).IsAssignableFrom(t)))
        {
            _types[t.FullName!] = t;
        }
    }

    /// <summary>The event type with this full name, or null.</summary>
    public Type? Find(string fullName) => _types.GetValueOrDefault(fullName);
}
