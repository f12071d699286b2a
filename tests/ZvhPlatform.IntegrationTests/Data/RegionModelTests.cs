using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.IntegrationTests.Kernel;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.IntegrationTests.Data;

/// <summary>
/// Every table of every module context is either region owned (filtered on read, indexed on
/// RegionId) or on an explicit list of deliberately global tables.
/// </summary>
public sealed class RegionModelTests
{
    /// <summary>Entity types that are global on purpose, with the reason.</summary>
    private static readonly Dictionary<string, string> DeliberatelyGlobal = new(StringComparer.Ordinal)
    {
        ["ZvhPlatform.Core.Regions.Region"] = "the regions themselves",
        ["ZvhPlatform.Core.Regions.ContractGemeente"] = "child of a region-owned contract, reached only through it",
        ["ZvhPlatform.Core.Casework.PgaScore"] = "child of a region-owned PGA measurement, reached only through it",
        ["ZvhPlatform.Core.Casework.TriageCriteriumAntwoord"] = "child of a region-owned triage, reached only through it",
    };

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public void Every_region_owned_table_of_every_module_context_is_filtered_to_the_current_region_and_indexed_on_region(
        DatabaseProvider provider)
    {
        using var services = ComposedPlatform.Build(provider);
        var registry = services.GetRequiredService<ModuleDbContextRegistry>();
        Assert.Contains(ModuleDbContextRegistry.CoreModuleId, registry.All.Keys);
        Assert.Contains(ZvhPlatform.Modules.Proefaanpak.ProefaanpakModule.Id, registry.All.Keys);

        using var scope = services.CreateScope();
        var problems = new List<string>();
        var global = new List<string>();
        foreach (var type in registry.All.Values.Distinct())
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(type);
            problems.AddRange(RegionOwnershipProblems(db.Model));
            global.AddRange(db.Model.GetEntityTypes().Where(e => !typeof(IRegionOwned).IsAssignableFrom(e.ClrType)).Select(e => e.ClrType.FullName!));
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.Equal(DeliberatelyGlobal.Keys.Order(StringComparer.Ordinal), global.Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_ownership_check_reports_a_region_owned_entity_without_the_region_filter_or_index()
    {
        // A context that does not derive from ModuleDbContext gets no filter: the check must notice.
        using var db = new UnguardedContext();

        var problems = RegionOwnershipProblems(db.Model);

        Assert.Contains(problems, p => p.Contains(nameof(LooseNote), StringComparison.Ordinal) && p.Contains("filter", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains(nameof(LooseNote), StringComparison.Ordinal) && p.Contains("index", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains(nameof(HalfOwnedNote), StringComparison.Ordinal) && p.Contains("IRegionOwned", StringComparison.Ordinal));
    }

    /// <summary>What is wrong with the region ownership of a model's entity types.</summary>
    internal static List<string> RegionOwnershipProblems(IModel model)
    {
        var problems = new List<string>();
        foreach (var entity in model.GetEntityTypes().Where(e => e.BaseType is null))
        {
            var name = entity.ClrType.Name;
            if (!typeof(IRegionOwned).IsAssignableFrom(entity.ClrType))
            {
                if (entity.FindProperty(nameof(IRegionOwned.RegionId)) is not null)
                {
                    problems.Add($"{name} has a RegionId but does not implement IRegionOwned, so nothing guards it.");
                }

                continue;
            }

            var filter = entity.FindDeclaredQueryFilter(ModuleDbContext.RegionFilter);
            if (filter?.Expression is null)
            {
                problems.Add($"{name} is region owned but has no '{ModuleDbContext.RegionFilter}' query filter.");
            }

            if (!entity.GetIndexes().Any(i => i.Properties[0].Name == nameof(IRegionOwned.RegionId)))
            {
                problems.Add($"{name} is region owned but has no index starting with RegionId.");
            }
        }

        return problems;
    }

    private sealed class LooseNote : IRegionOwned
    {
        public Guid Id { get; set; }

        public Guid RegionId { get; set; }
    }

    private sealed class HalfOwnedNote
    {
        public Guid Id { get; set; }

        public Guid RegionId { get; set; }
    }

    private sealed class UnguardedContext : DbContext
    {
        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseSqlite("Data Source=:memory:");

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<LooseNote>();
            modelBuilder.Entity<HalfOwnedNote>();
        }
    }
}
