using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ZvhPlatform.Core.Identity;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Regions;
using ZvhPlatform.Kernel.Modules;
using ZvhPlatform.Kernel.Tenancy;
using ZvhPlatform.Testing;

namespace ZvhPlatform.IntegrationTests.Http;

/// <summary>What a host is composed of: modules left out, and what never runs in Production.</summary>
public sealed class HostCompositionTests
{
    [Fact]
    public async Task A_host_composed_without_a_module_starts_and_shows_nothing_of_it_even_where_a_contract_for_it_exists()
    {
        using var host = new ZvhTestHost(excludeModules: [Demo.Module]);
        Assert.DoesNotContain(host.Services.GetRequiredService<ModuleCatalog>().Modules, m => m.Manifest.Id == Demo.Module);

        // A contract row left from a host that did have the module (the screen itself refuses modules that are not installed).
        var utrecht = await host.RegionAsync("utrecht");
        await using (var scope = host.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<IRegionContextSetter>().SetRegion(utrecht, "test");
            var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
            db.Contracts.Add(new ModuleContract { ModuleId = Demo.Module, Kind = ModuleKind.Plustaak, ValidFrom = host.Today().AddDays(-1) });
            await db.SaveChangesAsync();
        }

        using var beheerder = await host.SignedInAsync(Demo.BeheerUtrecht);
        var (route, _) = await beheerder.PageAsync("/proefaanpak");
        var (_, start) = await beheerder.PageAsync("/");
        var (formStatus, form) = await beheerder.PageAsync("/beheer/contracten/nieuw");
        var (_, overview) = await beheerder.PageAsync("/beheer/contracten");

        Assert.Equal(HttpStatusCode.NotFound, route);
        Assert.False(Web.NavigationOffersModule(start), "A module left out of the host has no navigation entry.");
        Assert.DoesNotContain("data-module=\"proefaanpak\"", start, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, formStatus);
        Assert.DoesNotContain("value=\"proefaanpak\"", form, StringComparison.Ordinal);
        Assert.Contains("(niet geïnstalleerd)", overview, StringComparison.Ordinal); // the contract row itself is still shown, marked

        using var refused = await beheerder.PostAsync("/beheer/contracten/nieuw",
            Web.ContractFields(Demo.Module, Web.Date(host.Today()), null, []), "/beheer/contracten/nieuw");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Module 'proefaanpak' is niet geïnstalleerd op dit platform.", await refused.BodyAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_demo_is_never_seeded_in_Production()
    {
        using var host = new ZvhTestHost(settings: new Dictionary<string, string?> { ["environment"] = "Production", ["Zvh:SeedDemo"] = "true" });

        var error = Assert.Throws<InvalidOperationException>(() => host.Services);
        Assert.Contains("never seeded in Production", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Production_host_without_the_demo_starts_and_has_no_demo_users()
    {
        using var host = new ZvhTestHost(settings: new Dictionary<string, string?> { ["environment"] = "Production", ["Zvh:SeedDemo"] = "false" });
        using var client = host.NewClient();

        using var health = await client.GetPathAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.True(host.Services.GetRequiredService<IHostEnvironment>().IsProduction());
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ZvhUser>>();
        Assert.Null(await users.FindByEmailAsync(Demo.BeheerUtrecht));
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<IRegionStore>().AllAsync());
    }
}
