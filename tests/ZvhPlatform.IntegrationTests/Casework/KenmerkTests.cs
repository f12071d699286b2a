using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Tenancy;
using ZvhPlatform.Testing;

namespace ZvhPlatform.IntegrationTests.Casework;

/// <summary>References are numbered after the highest one, so a case deleted by retention never frees its number for reuse.</summary>
public sealed class KenmerkTests
{
    [Fact]
    public async Task The_next_reference_follows_the_highest_even_when_earlier_ones_were_deleted()
    {
        using var host = new ZvhTestHost();
        using var scope = host.Services.CreateScope();
        var region = await scope.ServiceProvider.GetRequiredService<IRegionStore>().FindByKeyAsync("utrecht");
        scope.ServiceProvider.GetRequiredService<IRegionContextSetter>().SetRegion(region!, "test");
        var db = scope.ServiceProvider.GetRequiredService<CaseworkDbContext>();
        foreach (var kenmerk in new[] { "2026-0002", "2026-0003", "2025-0009" })
        {
            db.Casussen.Add(new Casus { Kenmerk = kenmerk, ModuleId = "coveca", Doel = "Procesregie", Grondslag = "WGS", GeopendOp = new DateOnly(2026, 1, 5) });
        }

        await db.SaveChangesAsync();
        Assert.Equal("2026-0004", await Kenmerken.NextAsync(db.Casussen.Select(c => c.Kenmerk), "2026-", CancellationToken.None));
        Assert.Equal("2027-0001", await Kenmerken.NextAsync(db.Casussen.Select(c => c.Kenmerk), "2027-", CancellationToken.None));
    }
}
