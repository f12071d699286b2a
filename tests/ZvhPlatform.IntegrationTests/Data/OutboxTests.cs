using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Contracts.Events;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Regions;
using ZvhPlatform.IntegrationTests.Kernel;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Outbox;
using ZvhPlatform.Kernel.Tenancy;
using ZvhPlatform.Testing;

namespace ZvhPlatform.IntegrationTests.Data;

/// <summary>
/// Integration events are stored with the change they announce and delivered after the commit:
/// exactly once, retried while a handler fails, and not lost when the process stops in between.
/// </summary>
public sealed class OutboxTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_event_is_stored_in_the_same_transaction_as_the_change_and_a_rollback_leaves_neither(DatabaseProvider provider)
    {
        using var host = new ZvhTestHost(provider, TestClock.Now);
        var utrecht = await RegionScopes.ByKeyAsync(host.Services, "utrecht");

        var rolledBack = await PublishAsync(host, utrecht, commit: false);
        var committed = await PublishAsync(host, utrecht, commit: true);

        var messages = await OutboxAsync(host);
        var message = Assert.Single(messages);
        Assert.Equal(utrecht.Id, message.RegionId);
        Assert.Equal(typeof(ModuleContractChanged).FullName, message.EventType);
        Assert.Contains(committed.ToString(), message.Payload, StringComparison.Ordinal);
        Assert.Equal(TestClock.Now.UtcDateTime, message.OccurredUtc);
        Assert.Null(message.ProcessedUtc);
        Assert.True(await DistrictExistsAsync(host, committed));
        Assert.False(await DistrictExistsAsync(host, rolledBack));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_pending_event_is_delivered_to_its_handler_once_in_its_region_and_marked_processed(DatabaseProvider provider)
    {
        using var baseHost = new ZvhTestHost(provider, TestClock.Now);
        var recorder = new Recorder();
        using var host = WithHandler(baseHost, recorder);
        var drenthe = await RegionScopes.ByKeyAsync(host.Services, "drenthe");
        var contractId = await PublishAsync(host, drenthe, commit: true);
        var dispatcher = host.Services.GetRequiredService<OutboxDispatcher>();

        Assert.Equal(1, await dispatcher.DispatchPendingAsync(CancellationToken.None));
        Assert.Equal(0, await dispatcher.DispatchPendingAsync(CancellationToken.None));

        var received = Assert.Single(recorder.Received);
        Assert.Equal(contractId, received.Event.ContractId);
        Assert.Equal(drenthe.Id, received.RegionId);
        var message = Assert.Single(await OutboxAsync(host));
        Assert.Equal(baseHost.Clock.GetUtcNow().UtcDateTime, message.ProcessedUtc);
        Assert.Equal(1, message.Attempts);
        Assert.Null(message.LastError);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_event_whose_handler_fails_stays_pending_with_attempts_and_error_recorded_until_a_retry_succeeds(DatabaseProvider provider)
    {
        using var baseHost = new ZvhTestHost(provider, TestClock.Now);
        var recorder = new Recorder { FailuresLeft = 2 };
        using var host = WithHandler(baseHost, recorder);
        var utrecht = await RegionScopes.ByKeyAsync(host.Services, "utrecht");
        await PublishAsync(host, utrecht, commit: true);
        var dispatcher = host.Services.GetRequiredService<OutboxDispatcher>();

        Assert.Equal(0, await dispatcher.DispatchPendingAsync(CancellationToken.None));
        var failed = Assert.Single(await OutboxAsync(host));
        Assert.Null(failed.ProcessedUtc);
        Assert.Equal(1, failed.Attempts);
        Assert.Equal("InvalidOperationException: Ketenpartner niet bereikbaar", failed.LastError);

        Assert.Equal(0, await dispatcher.DispatchPendingAsync(CancellationToken.None));
        Assert.Equal(2, Assert.Single(await OutboxAsync(host)).Attempts);
        Assert.Empty(recorder.Received);

        Assert.Equal(1, await dispatcher.DispatchPendingAsync(CancellationToken.None));
        var delivered = Assert.Single(await OutboxAsync(host));
        Assert.NotNull(delivered.ProcessedUtc);
        Assert.Equal(3, delivered.Attempts);
        Assert.Null(delivered.LastError);
        Assert.Single(recorder.Received);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_event_committed_just_before_the_process_stopped_is_delivered_by_the_next_start(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        var settings = new Dictionary<string, string?>
        {
            ["Database:ConnectionString"] = database.ConnectionString,
            ["Zvh:DataFolder"] = database.DataFolder,
        };
        Guid contractId;
        using (var first = new ZvhTestHost(provider, TestClock.Now, settings: settings))
        {
            var markiezaten = await RegionScopes.ByKeyAsync(first.Services, "markiezaten");
            contractId = await PublishAsync(first, markiezaten, commit: true);
        }

        using var second = new ZvhTestHost(provider, TestClock.Now, settings: settings);
        var recorder = new Recorder();
        using var host = WithHandler(second, recorder);
        Assert.Null(Assert.Single(await OutboxAsync(host)).ProcessedUtc);

        Assert.Equal(1, await host.Services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None));

        Assert.Equal(contractId, Assert.Single(recorder.Received).Event.ContractId);
        Assert.NotNull(Assert.Single(await OutboxAsync(host)).ProcessedUtc);
    }

    private static WebApplicationFactory<Program> WithHandler(ZvhTestHost host, Recorder recorder) =>
        host.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
        {
            services.AddSingleton(recorder);
            services.AddScoped<IIntegrationEventHandler<ModuleContractChanged>, RecordingHandler>();
        }));

    /// <summary>Adds a district and publishes an event about it in one SaveChanges; returns the id used in both.</summary>
    private static async Task<Guid> PublishAsync(WebApplicationFactory<Program> host, RegionInfo region, bool commit)
    {
        await using var scope = RegionScopes.InRegion(host.Services, region);
        var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        var district = new District { Name = "Outbox " + Guid.NewGuid().ToString("N")[..8] };
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Districts.Add(district);
        db.Publish(new ModuleContractChanged(district.Id, "proefaanpak", "aangemaakt"), scope.ServiceProvider.GetRequiredService<TimeProvider>());
        await db.SaveChangesAsync();
        if (commit)
        {
            await transaction.CommitAsync();
        }
        else
        {
            await transaction.RollbackAsync();
        }

        return district.Id;
    }

    private static async Task<List<OutboxMessage>> OutboxAsync(WebApplicationFactory<Program> host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        using var cross = scope.ServiceProvider.GetRequiredService<IRegionContextSetter>().BeginCrossRegionScope("test: outbox");
        return await scope.ServiceProvider.GetRequiredService<CoreDbContext>().Set<OutboxMessage>().AsNoTracking().ToListAsync();
    }

    private static async Task<bool> DistrictExistsAsync(WebApplicationFactory<Program> host, Guid id)
    {
        await using var scope = host.Services.CreateAsyncScope();
        using var cross = scope.ServiceProvider.GetRequiredService<IRegionContextSetter>().BeginCrossRegionScope("test: verify");
        return await scope.ServiceProvider.GetRequiredService<CoreDbContext>().Districts.AnyAsync(d => d.Id == id);
    }

    private sealed class Recorder
    {
        private readonly Lock _lock = new();

        public int FailuresLeft { get; set; }

        public List<(ModuleContractChanged Event, Guid? RegionId)> Received { get; } = [];

        public void Handle(ModuleContractChanged evt, Guid? regionId)
        {
            lock (_lock)
            {
                if (FailuresLeft > 0)
                {
                    FailuresLeft--;
                    throw new InvalidOperationException("Ketenpartner niet bereikbaar");
                }

                Received.Add((evt, regionId));
            }
        }
    }

    private sealed class RecordingHandler(Recorder recorder, IRegionContext region) : IIntegrationEventHandler<ModuleContractChanged>
    {
        public Task HandleAsync(ModuleContractChanged integrationEvent, CancellationToken cancellationToken)
        {
            recorder.Handle(integrationEvent, region.Region?.Id);
            return Task.CompletedTask;
        }
    }
}
