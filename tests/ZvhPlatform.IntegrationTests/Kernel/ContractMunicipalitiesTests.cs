using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Contracts.Regions;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Entitlement;
using ZvhPlatform.Kernel.Tenancy;
using ZvhPlatform.Testing;

namespace ZvhPlatform.IntegrationTests.Kernel;

/// <summary>The municipalities a module may take work for, as lists give them, agree with the single check that gives the reason.</summary>
public sealed class ContractMunicipalitiesTests
{
    [Fact]
    public async Task The_municipalities_of_a_module_on_a_date_are_those_the_single_check_allows()
    {
        using var host = new ZvhTestHost(DatabaseProvider.Sqlite, new DateTimeOffset(2023, 6, 1, 9, 0, 0, TimeSpan.Zero));
        using var scope = host.Services.CreateScope();
        var sp = scope.ServiceProvider;
        var region = await sp.GetRequiredService<IRegionStore>().FindByKeyAsync("drenthe");
        sp.GetRequiredService<IRegionContextSetter>().SetRegion(region!, "test");
        var directory = sp.GetRequiredService<IRegionDirectory>();
        var entitlement = sp.GetRequiredService<IModuleEntitlement>();
        var gemeenten = await directory.GemeentenAsync();
        Assert.Equal(12, gemeenten.Count);

        async Task<List<string>> Names(string moduleId, DateOnly date) =>
            (await directory.GemeentenWithModuleAsync(moduleId, date)).Select(g => g.Name).Order(StringComparer.Ordinal).ToList();

        // Drenthe: nazorg for five municipalities, Meppel from 2023; the PGA-tafel for three in 2023 only; CoVeCa region-wide.
        Assert.Equal(["Aa en Hunze", "De Wolden", "Hoogeveen", "Midden-Drenthe", "Tynaarlo"], await Names("nazorg", new DateOnly(2022, 6, 1)));
        Assert.Equal(["Aa en Hunze", "De Wolden", "Hoogeveen", "Meppel", "Midden-Drenthe", "Tynaarlo"], await Names("nazorg", new DateOnly(2023, 6, 1)));
        Assert.Equal(["Borger-Odoorn", "Coevorden", "Emmen"], await Names("pgatafel", new DateOnly(2023, 6, 1)));
        Assert.Empty(await Names("pgatafel", new DateOnly(2024, 1, 1)));
        Assert.Equal(12, (await Names("coveca", new DateOnly(2023, 6, 1))).Count);
        Assert.Empty(await Names("bestaat-niet", new DateOnly(2023, 6, 1)));

        foreach (var moduleId in new[] { "coveca", "nazorg", "pgatafel", "levensloop", "bestaat-niet" })
        {
            foreach (var date in new[] { new DateOnly(2021, 1, 1), new DateOnly(2023, 6, 1), new DateOnly(2024, 1, 1) })
            {
                var allowed = new List<string>();
                foreach (var g in gemeenten)
                {
                    if ((await entitlement.CheckMunicipalityAsync(region!.Id, moduleId, g.CbsCode, date)).Allowed)
                    {
                        allowed.Add(g.Name);
                    }
                }

                Assert.Equal(allowed.Order(StringComparer.Ordinal), await Names(moduleId, date));
            }
        }
    }
}
