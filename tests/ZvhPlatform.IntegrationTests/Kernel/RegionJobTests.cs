using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Jobs;
using ZvhPlatform.Modules.Proefaanpak;
using ZvhPlatform.Testing;
using ZvhPlatform.Web.Hosting;

namespace ZvhPlatform.IntegrationTests.Kernel;

/// <summary>Background work runs as the region it was enqueued for, and a module's schedule only in regions that bought it.</summary>
public sealed class RegionJobTests
{
    private static string JobTypeName(string name) =>
        Fixture.Assembly.GetType("ZvhPlatform.Modules.Proefaanpak." + name, throwOnError: true)!.FullName!;

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_job_enqueued_for_a_region_runs_as_that_region_and_sees_only_its_data(DatabaseProvider provider)
    {
        using var host = new ZvhTestHost(provider, TestClock.Now);
        var utrecht = await RegionScopes.ByKeyAsync(host.Services, "utrecht");
        var drenthe = await RegionScopes.ByKeyAsync(host.Services, "drenthe");
        await Fixture.AddNotesAsync(host.Services, utrecht, 3);
        await Fixture.AddNotesAsync(host.Services, drenthe, 2);
        var log = host.Services.GetRequiredService<JobRunLog>();

        await host.Services.GetRequiredService<RegionJobRunner>().RunAsync(drenthe.Id, JobTypeName("TelNotities"), null, CancellationToken.None);

        Assert.Equal(new[] { (drenthe.Id, 2) }, log.Runs.ToArray());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_recurring_module_job_runs_once_in_each_region_with_a_contract_today_and_skips_the_others(DatabaseProvider provider)
    {
        using var host = new ZvhTestHost(provider, TestClock.Now);
        var utrecht = await RegionScopes.ByKeyAsync(host.Services, "utrecht");
        var drenthe = await RegionScopes.ByKeyAsync(host.Services, "drenthe");
        var markiezaten = await RegionScopes.ByKeyAsync(host.Services, "markiezaten");
        await Fixture.AddNotesAsync(host.Services, utrecht, 1);
        await Fixture.AddNotesAsync(host.Services, drenthe, 4);
        await Fixture.AddNotesAsync(host.Services, markiezaten, 2);
        await RegionScopes.AddContractAsync(host.Services, utrecht.Id, ProefaanpakModule.Id, new DateOnly(2024, 1, 1), null);
        await RegionScopes.AddContractAsync(host.Services, markiezaten.Id, ProefaanpakModule.Id, TestClock.Today, TestClock.Today, "GM0748");
        // Drenthe's contract ended yesterday: the job must no longer run there.
        await RegionScopes.AddContractAsync(host.Services, drenthe.Id, ProefaanpakModule.Id, new DateOnly(2024, 1, 1), TestClock.Today.AddDays(-1));
        var log = host.Services.GetRequiredService<JobRunLog>();

        await host.Services.GetRequiredService<RegionJobRunner>().RunRecurringAsync(ProefaanpakModule.Id, "dagelijkse-telling", CancellationToken.None);

        Assert.Equal(new[] { (utrecht.Id, 1), (markiezaten.Id, 2) }, log.Runs.OrderBy(r => r.Notities).ToArray());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_job_type_that_is_not_a_registered_region_job_is_refused_and_nothing_runs(DatabaseProvider provider)
    {
        using var host = new ZvhTestHost(provider, TestClock.Now);
        var drenthe = await RegionScopes.ByKeyAsync(host.Services, "drenthe");
        var runner = host.Services.GetRequiredService<RegionJobRunner>();
        var log = host.Services.GetRequiredService<JobRunLog>();

        foreach (var name in new[]
                 {
                     "ZvhPlatform.Modules.Proefaanpak.Bestaatniet", // unknown
                     typeof(JobRunLog).FullName!, // a real type, but no job
                     JobTypeName("DagelijkseTelling"), // a recurring job cannot be started as a one-off job
                     typeof(string).FullName!,
                 })
        {
            var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => runner.RunAsync(drenthe.Id, name, null, CancellationToken.None));
            Assert.Contains("is not a region job of this host", refused.Message, StringComparison.Ordinal);
        }

        await Assert.ThrowsAsync<InvalidOperationException>(() => runner.RunAsync(Guid.NewGuid(), JobTypeName("TelNotities"), null, CancellationToken.None));
        Assert.False(await runner.RunRecurringForRegionAsync(ProefaanpakModule.Id, "bestaat-niet", drenthe, CancellationToken.None));
        Assert.Empty(log.Runs);
    }

    [Fact]
    public void Every_recurring_jobs_schedule_can_be_overridden_per_job_id_in_configuration_and_an_invalid_one_stops_start_up_naming_the_key()
    {
        using var host = new ZvhTestHost(settings: new Dictionary<string, string?>
        {
            ["Jobs:Schedules:proefaanpak:dagelijkse-telling"] = "*/10 * * * * *",
            ["Jobs:Schedules:core:bewaartermijnen"] = "30 3 * * *",
        });

        StartupTasks.ScheduleJobs(host.Services, host.Services.GetRequiredService<IConfiguration>());

        using var connection = host.Services.GetRequiredService<Hangfire.JobStorage>().GetConnection();
        var jobs = Hangfire.Storage.StorageConnectionExtensions.GetRecurringJobs(connection);
        Assert.Equal("*/10 * * * * *", Assert.Single(jobs, j => j.Id == "proefaanpak:dagelijkse-telling").Cron);
        Assert.Equal("30 3 * * *", Assert.Single(jobs, j => j.Id == "core:bewaartermijnen").Cron);
        Assert.Equal(Hangfire.Cron.Minutely(), Assert.Single(jobs, j => j.Id == "outbox").Cron); // no override: the default
        Assert.Equal(Hangfire.Cron.Daily(3), Assert.Single(jobs, j => j.Id == "platform:planner-statistieken").Cron); // SQLite only

        var invalid = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Jobs:Schedules:outbox"] = "elke minuut" }).Build();
        var refused = Assert.Throws<InvalidOperationException>(() => StartupTasks.ScheduleJobs(host.Services, invalid));
        Assert.Contains("Jobs:Schedules:outbox: 'elke minuut' is not a valid cron expression", refused.Message, StringComparison.Ordinal);
    }
}
