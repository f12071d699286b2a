using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Jobs;
using ZvhPlatform.Kernel.Modules;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Kernel;

/// <summary>Composition of the kernel and the modules into a host.</summary>
public static class KernelServiceCollectionExtensions
{
    /// <summary>
    /// Registers tenancy, the request pipeline, job plumbing and every module of the catalog
    /// (its own services, then its validators and jobs found by scanning).
    /// </summary>
    public static IServiceCollection AddZvhKernel(this IServiceCollection services, IConfiguration configuration, ModuleCatalog catalog,
        params System.Reflection.Assembly[] coreAssemblies)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(catalog);

        services.AddSingleton(catalog);
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<RegionContext>();
        services.AddScoped<IRegionContext>(sp => sp.GetRequiredService<RegionContext>());
        services.AddScoped<IRegionContextSetter>(sp => sp.GetRequiredService<RegionContext>());
        services.AddSingleton<IRegionResolutionStrategy, PathPrefixRegionStrategy>();
        services.AddSingleton<IRegionResolutionStrategy, HostNameRegionStrategy>();
        services.AddSingleton<IRegionResolutionStrategy, UserClaimRegionStrategy>();

        // Outermost first: who may ask, whether the region bought it, whether it is valid, then one transaction.
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuthorizationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(EntitlementBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(TransactionBehaviour<,>));

        var dbOptions = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var registry = new ModuleDbContextRegistry();
        services.AddSingleton(registry);
        services.AddSingleton(dbOptions);

        var jobTypes = new RegionJobTypes();
        services.AddSingleton(jobTypes);
        services.AddTransient<RegionJobRunner>();
        services.AddScoped<IRegionJobClient, RegionJobClient>();

        foreach (var module in catalog.Modules)
        {
            module.ConfigureServices(services, configuration);
        }

        var assemblies = catalog.Assemblies.Concat(coreAssemblies ?? []).Distinct().ToList();
        var eventTypes = new Outbox.OutboxEventTypes();
        eventTypes.AddFrom(assemblies.Append(typeof(KernelServiceCollectionExtensions).Assembly));
        services.AddSingleton(eventTypes);
        services.AddTransient<Outbox.OutboxDispatcher>();
        services.Scan(s => s.FromAssemblies(assemblies)
            .AddClasses(c => c.AssignableTo(typeof(IRequestValidator<>)), publicOnly: false)
            .AsImplementedInterfaces()
            .WithScopedLifetime()
            .AddClasses(c => c.AssignableTo(typeof(Outbox.IIntegrationEventHandler<>)), publicOnly: false)
            .AsImplementedInterfaces()
            .WithScopedLifetime()
            .AddClasses(c => c.AssignableToAny(typeof(IRegionJob), typeof(IRegionRecurringJob)), publicOnly: false)
            .AsSelf()
            .WithScopedLifetime());

        foreach (var type in assemblies.SelectMany(a => a.GetTypes())
                     .Where(t => !t.IsAbstract && (typeof(IRegionJob).IsAssignableFrom(t) || typeof(IRegionRecurringJob).IsAssignableFrom(t))))
        {
            jobTypes.Add(type);
        }

        return services;
    }

    /// <summary>Registers a module's DbContext on the configured provider, in its own schema.</summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, string moduleId)
        where TContext : ModuleDbContext
    {
        ArgumentNullException.ThrowIfNull(services);
        // Pooled (ADR 14): a new context per request and module cost its EF start-up every time (bench/README.md). The
        // scope's context is rented from the pool and given the scope's region; disposing the scope hands it back.
        services.AddPooledDbContextFactory<TContext>((sp, o) => o.UseZvhDatabase(sp.GetRequiredService<DatabaseOptions>(), moduleId, sp));
        services.AddScoped(sp =>
        {
            var context = sp.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext();
            context.UseRegion(sp.GetRequiredService<IRegionContext>());
            return context;
        });
        var registry = services.Select(d => d.ImplementationInstance).OfType<ModuleDbContextRegistry>().FirstOrDefault();
        if (registry is null)
        {
            registry = new ModuleDbContextRegistry();
            services.AddSingleton(registry);
        }

        registry.Register(moduleId, typeof(TContext));
        return services;
    }

    /// <summary>Adds region resolution to the request pipeline (after authentication).</summary>
    public static IApplicationBuilder UseZvhRegions(this IApplicationBuilder app) => app.UseMiddleware<RegionResolutionMiddleware>();
}
