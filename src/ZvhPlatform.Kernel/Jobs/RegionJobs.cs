using Hangfire;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ZvhPlatform.Kernel.Entitlement;
using ZvhPlatform.Kernel.Modules;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Kernel.Jobs;

/// <summary>A background job that runs inside one region. Arguments carry ids, never personal data.</summary>
public interface IRegionJob
{
    /// <summary>Runs the job in the region of the current scope.</summary>
    Task ExecuteAsync(string? argument, CancellationToken cancellationToken);
}

/// <summary>A scheduled job of a module, run once per region that has the module enabled.</summary>
public interface IRegionRecurringJob
{
    /// <summary>Runs the job in the region of the current scope.</summary>
    Task ExecuteAsync(CancellationToken cancellationToken);
}

/// <summary>Enqueues region jobs; the region of the current scope travels with the job.</summary>
public interface IRegionJobClient
{
    /// <summary>Enqueues <typeparamref name="TJob"/> to run as the current region.</summary>
    string Enqueue<TJob>(string? argument = null) where TJob : IRegionJob;
}

internal sealed class RegionJobClient(IBackgroundJobClient client, IRegionContext region) : IRegionJobClient
{
    public string Enqueue<TJob>(string? argument = null) where TJob : IRegionJob
    {
        var regionId = region.RequiredRegion.Id;
        var jobType = typeof(TJob).FullName!;
        return client.Enqueue<RegionJobRunner>(r => r.RunAsync(regionId, jobType, argument, CancellationToken.None));
    }
}

/// <summary>
/// Hangfire's entry point for region work: opens a fresh scope, sets the region carried by the
/// job, and runs the job there, so a job enqueued for region B always runs as B.
/// </summary>
public sealed class RegionJobRunner(IServiceScopeFactory scopes, RegionJobTypes types, ILogger<RegionJobRunner> logger)
{
    /// <summary>Runs a one-off job.</summary>
    [AutomaticRetry(Attempts = 5)]
    public async Task RunAsync(Guid regionId, string jobType, string? argument, CancellationToken cancellationToken)
    {
        var type = types.Resolve(jobType, typeof(IRegionJob));
        await using var scope = scopes.CreateAsyncScope();
        var region = await scope.ServiceProvider.GetRequiredService<IRegionStore>().FindByIdAsync(regionId, cancellationToken)
                     ?? throw new InvalidOperationException($"Region {regionId} does not exist.");
        scope.ServiceProvider.GetRequiredService<IRegionContextSetter>().SetRegion(region, "job");
        logger.LogInformation("Running job {JobType} for region {RegionKey}", type.Name, region.Key);
        var job = (IRegionJob)scope.ServiceProvider.GetRequiredService(type);
        await job.ExecuteAsync(argument, cancellationToken);
    }

    /// <summary>Runs a module's recurring job for every region that has the module today.</summary>
    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task RunRecurringAsync(string moduleId, string jobName, CancellationToken cancellationToken)
    {
        IReadOnlyList<RegionInfo> regions;
        await using (var root = scopes.CreateAsyncScope())
        {
            regions = await root.ServiceProvider.GetRequiredService<IRegionStore>().AllAsync(cancellationToken);
        }

        foreach (var region in regions)
        {
            await RunRecurringForRegionAsync(moduleId, jobName, region, cancellationToken);
        }
    }

    /// <summary>Runs one module's recurring job for one region, when the region has the module (or the job runs without contract).</summary>
    public async Task<bool> RunRecurringForRegionAsync(string moduleId, string jobName, RegionInfo region, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(region);
        await using var scope = scopes.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var catalog = sp.GetRequiredService<ModuleCatalog>();
        var definition = catalog.Find(moduleId)?.Manifest.RecurringJobs.FirstOrDefault(j => j.Name == jobName);
        if (definition is null)
        {
            logger.LogWarning("Recurring job {ModuleId}/{JobName} is not part of this host", moduleId, jobName);
            return false;
        }

        var today = DateOnly.FromDateTime(sp.GetRequiredService<TimeProvider>().GetLocalNow().DateTime);
        if (!definition.AlsoWithoutContract && !await sp.GetRequiredService<IModuleEntitlement>().IsEnabledAsync(region.Id, moduleId, today, cancellationToken))
        {
            return false;
        }

        sp.GetRequiredService<IRegionContextSetter>().SetRegion(region, "job");
        var job = (IRegionRecurringJob)sp.GetRequiredService(definition.JobType);
        await job.ExecuteAsync(cancellationToken);
        return true;
    }
}

/// <summary>The job types the runner may instantiate (only region job types of the composed host).</summary>
public sealed class RegionJobTypes
{
    private readonly Dictionary<string, Type> _types = new(StringComparer.Ordinal);

    /// <summary>Adds a job type.</summary>
    public void Add(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        _types[type.FullName!] = type;
    }

    /// <summary>Resolves a job type by full name; refuses anything that is not a registered region job.</summary>
    public Type Resolve(string fullName, Type mustImplement)
    {
        ArgumentNullException.ThrowIfNull(mustImplement);
        return _types.TryGetValue(fullName, out var t) && mustImplement.IsAssignableFrom(t)
            ? t
            : throw new InvalidOperationException($"'{fullName}' is not a region job of this host.");
    }
}

/// <summary>Schedules every module's recurring jobs with Hangfire (one schedule per job, not per region).</summary>
public static class RecurringRegionJobs
{
    /// <summary>
    /// Registers the schedules; call once at start-up after Hangfire is configured. Every instance may call it:
    /// the schedules live in the shared job storage, so a job still runs once per occurrence, not once per instance.
    /// </summary>
    public static void Schedule(IRecurringJobManager manager, ModuleCatalog catalog, IConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(catalog);
        foreach (var module in catalog.Modules)
        {
            foreach (var job in module.Manifest.RecurringJobs)
            {
                var moduleId = module.Manifest.Id;
                var name = job.Name;
                var id = $"{moduleId}:{name}";
                JobSchedules.AddOrUpdate(manager, configuration, id, job.Cron,
                    (m, cron) => m.AddOrUpdate<RegionJobRunner>(id, r => r.RunRecurringAsync(moduleId, name, CancellationToken.None), cron));
            }
        }
    }
}

/// <summary>
/// The schedule of a recurring job: its default, or the operator's override in <c>Jobs:Schedules:&lt;job id&gt;</c>
/// (e.g. <c>Jobs:Schedules:core:bewaartermijnen</c>, env <c>ZVH_Jobs__Schedules__core__bewaartermijnen</c>).
/// All instances on one database must use the same configuration: the last one to start sets the schedule.
/// </summary>
public static class JobSchedules
{
    /// <summary>The configuration section holding schedule overrides.</summary>
    public const string Section = "Jobs:Schedules";

    /// <summary>The cron expression (UTC; five fields, or six with seconds first) for a recurring job id.</summary>
    public static string CronFor(IConfiguration? configuration, string recurringJobId, string defaultCron)
    {
        var configured = configuration?[$"{Section}:{recurringJobId}"];
        return string.IsNullOrWhiteSpace(configured) ? defaultCron : configured.Trim();
    }

    /// <summary>Registers a recurring job with its configured schedule; an invalid override stops start-up naming the key.</summary>
    public static void AddOrUpdate(IRecurringJobManager manager, IConfiguration? configuration, string recurringJobId, string defaultCron,
        Action<IRecurringJobManager, string> register)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(register);
        var cron = CronFor(configuration, recurringJobId, defaultCron);
        try
        {
            register(manager, cron);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidOperationException($"{Section}:{recurringJobId}: '{cron}' is not a valid cron expression ({ex.Message}).", ex);
        }
    }
}
