using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Entitlement;
using ZvhPlatform.Core.Regions;
using ZvhPlatform.Kernel;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Modules;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Kernel.Tenancy;
using ZvhPlatform.Modules.Proefaanpak;

namespace ZvhPlatform.IntegrationTests.Kernel;

/// <summary>Theory data: the providers a database test runs on.</summary>
public static class Providers
{
    /// <summary>The two engines we run for real.</summary>
    public static TheoryData<DatabaseProvider> Both => new() { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql };

    /// <summary>All three engines (SQL Server only where no server is needed).</summary>
    public static TheoryData<DatabaseProvider> All => new() { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql, DatabaseProvider.SqlServer };

    /// <summary>A connection string that only selects the dialect; nothing connects with it.</summary>
    public static string Dummy(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => "Data Source=:memory:",
        DatabaseProvider.SqlServer => "Server=localhost;Database=zvh_dummy;Integrated Security=true;TrustServerCertificate=true",
        _ => "Host=localhost;Database=zvh_dummy;Username=zvh",
    };
}

/// <summary>A fixed "today" so periods and Dutch date texts are predictable.</summary>
internal static class TestClock
{
    public static readonly DateTimeOffset Now = new(2025, 6, 2, 9, 0, 0, TimeSpan.Zero);

    public static DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);
}

/// <summary>
/// The kernel, core and every discovered module composed on a provider without the web layer and
/// without a database connection: enough to build every context's model.
/// </summary>
internal static class ComposedPlatform
{
    public static ServiceProvider Build(DatabaseProvider provider, string? connectionString = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = provider.ToString(),
                ["Database:ConnectionString"] = connectionString ?? Providers.Dummy(provider),
            })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddZvhKernel(configuration, ModuleComposer.Discover(), CoreServiceCollectionExtensions.CoreAssemblies);
        services.AddZvhCore(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    /// <summary>Every context the operator's migrate command migrates: identity, core and each module's.</summary>
    public static IReadOnlyList<Type> ContextTypes(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().ContextTypes.ToList();
    }
}

/// <summary>Region scopes, contracts and the fixture module's notes, for tests that use the host's services.</summary>
internal static class RegionScopes
{
    public static async Task<RegionInfo> ByKeyAsync(IServiceProvider services, string key)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IRegionStore>().FindByKeyAsync(key)
               ?? throw new InvalidOperationException($"Demo region '{key}' is missing.");
    }

    /// <summary>A unit of work running as <paramref name="region"/>, the way a request or job does.</summary>
    public static AsyncServiceScope InRegion(IServiceProvider services, RegionInfo region)
    {
        var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<IRegionContextSetter>().SetRegion(region, "test");
        return scope;
    }

    /// <summary>Adds a contract for a module (optionally for some municipalities only) and drops the entitlement cache.</summary>
    public static async Task AddContractAsync(IServiceProvider services, Guid regionId, string moduleId, DateOnly from, DateOnly? to,
        params string[] gemeenten)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        using (sp.GetRequiredService<IRegionContextSetter>().BeginCrossRegionScope("test: contract"))
        {
            var db = sp.GetRequiredService<CoreDbContext>();
            var contract = new ModuleContract
            {
                RegionId = regionId, ModuleId = moduleId, Kind = ModuleKind.Plustaak, ValidFrom = from, ValidTo = to, Note = "test",
            };
            contract.Gemeenten.AddRange(gemeenten.Select(code => new ContractGemeente { ContractId = contract.Id, CbsCode = code }));
            db.Contracts.Add(contract);
            await db.SaveChangesAsync();
        }

        ContractEntitlement.Invalidate(sp.GetRequiredService<IMemoryCache>(), regionId);
    }
}

/// <summary>The fixture module's internal types, reached by name (the fixture does not expose its internals).</summary>
internal static class Fixture
{
    public static Assembly Assembly => typeof(ProefaanpakModule).Assembly;

    public static Type NotitieType => Assembly.GetType("ZvhPlatform.Modules.Proefaanpak.Data.Notitie", throwOnError: true)!;

    public static Type ContextType(IServiceProvider services) =>
        services.GetRequiredService<ModuleDbContextRegistry>().ContextTypeOf(ProefaanpakModule.Id);

    /// <summary>Adds notes in the region of the scope's unit of work.</summary>
    public static async Task AddNotesAsync(IServiceProvider services, RegionInfo region, int count)
    {
        await using var scope = RegionScopes.InRegion(services, region);
        var db = (DbContext)scope.ServiceProvider.GetRequiredService(ContextType(services));
        for (var i = 0; i < count; i++)
        {
            var note = Activator.CreateInstance(NotitieType)!;
            NotitieType.GetProperty("Tekst")!.SetValue(note, $"Notitie {i + 1} van {region.Key}");
            NotitieType.GetProperty("GemeenteCode")!.SetValue(note, "GM0000");
            db.Add(note);
        }

        await db.SaveChangesAsync();
    }
}
