using System.Net;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Testing;

namespace ZvhPlatform.IntegrationTests.Http;

/// <summary>Whether a region may use a module is decided by its contracts, at run time, per municipality and period.</summary>
public sealed class ModuleEntitlementTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_unbought_module_is_invisible_until_the_beheerder_switches_it_on_and_then_appears_without_restart_only_in_that_region(
        DatabaseProvider provider)
    {
        using var host = new ZvhTestHost(provider);
        using var regisseur = await host.SignedInAsync(Demo.RegisseurUtrecht);
        using var otherRegion = await host.SignedInAsync(Demo.RegisseurDrenthe);

        var (routeBefore, _) = await regisseur.PageAsync("/proefaanpak");
        var (_, startBefore) = await regisseur.PageAsync("/");
        Assert.Equal(HttpStatusCode.NotFound, routeBefore);
        Assert.Contains(Demo.UtrechtName, startBefore, StringComparison.Ordinal);
        Assert.False(Web.NavigationOffersModule(startBefore), "An unbought module must not be in the navigation.");

        using (var beheerder = await host.SignedInAsync(Demo.BeheerUtrecht))
        {
            var (_, form) = await beheerder.PageAsync("/beheer/contracten/nieuw");
            Assert.Contains("value=\"proefaanpak\"", form, StringComparison.Ordinal);
            await beheerder.CreateContractAsync(host.Today(), null);
        }

        // The same session of the procesregisseur, the same running host: no restart, no new sign-in.
        var (routeAfter, page) = await regisseur.PageAsync("/proefaanpak");
        var (_, startAfter) = await regisseur.PageAsync("/");
        Assert.Equal(HttpStatusCode.OK, routeAfter);
        Assert.Contains("<h1 class=\"utrecht-heading-1\">Proefaanpak</h1>", page, StringComparison.Ordinal);
        Assert.True(Web.NavigationOffersModule(startAfter), "The bought module must be in the navigation.");

        Assert.Equal(HttpStatusCode.NotFound, (await otherRegion.PageAsync("/proefaanpak")).Status);
        Assert.False(Web.NavigationOffersModule((await otherRegion.PageAsync("/")).Html), "Another region did not buy the module.");
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_contract_covers_only_its_municipalities_and_its_period_and_a_future_contract_is_not_active_yet(DatabaseProvider provider)
    {
        using var host = new ZvhTestHost(provider);
        var today = host.Today();
        await host.ContractAsync(Demo.BeheerUtrecht, today, today.AddDays(30), "GM0344"); // Utrecht (stad) only, for a month
        await host.ContractAsync(Demo.BeheerDrenthe, today.AddDays(10), null); // whole region, from ten days ahead

        using (var utrecht = await host.SignedInAsync(Demo.RegisseurUtrecht))
        {
            using var contracted = await utrecht.AddNoteAsync("Voor de stad", "GM0344");
            Assert.Equal(HttpStatusCode.Redirect, contracted.StatusCode);

            using var notContracted = await utrecht.AddNoteAsync("Voor Amersfoort", "GM0307");
            Assert.Equal(HttpStatusCode.UnprocessableEntity, notContracted.StatusCode);
            Assert.Contains("De gemeente Amersfoort heeft Proefaanpak niet afgenomen", await notContracted.BodyAsync(), StringComparison.Ordinal);

            var (_, notes) = await utrecht.PageAsync("/proefaanpak");
            Assert.Contains("Voor de stad", notes, StringComparison.Ordinal);
            Assert.DoesNotContain("Voor Amersfoort", notes, StringComparison.Ordinal);
        }

        using (var drenthe = await host.SignedInAsync(Demo.RegisseurDrenthe))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await drenthe.PageAsync("/proefaanpak")).Status);
            Assert.False(Web.NavigationOffersModule((await drenthe.PageAsync("/")).Html), "A contract that has not started is not active.");
        }

        host.Clock.Advance(TimeSpan.FromDays(31)); // past the Utrecht contract's last day; the Drenthe contract has started

        using (var utrecht = await host.SignedInAsync(Demo.RegisseurUtrecht))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await utrecht.PageAsync("/proefaanpak")).Status);
            Assert.False(Web.NavigationOffersModule((await utrecht.PageAsync("/")).Html), "An ended contract leaves no navigation entry.");
        }

        using (var drenthe = await host.SignedInAsync(Demo.RegisseurDrenthe))
        {
            Assert.Equal(HttpStatusCode.OK, (await drenthe.PageAsync("/proefaanpak")).Status);
            Assert.True(Web.NavigationOffersModule((await drenthe.PageAsync("/")).Html));
        }
    }

    /// <summary>
    /// Drenthe's real arrangement, on the fixture module: five municipalities since 2020, Meppel from 2023,
    /// Emmen only in 2023 (like the PGA-tafel).
    /// </summary>
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Municipalities_that_joined_later_or_left_are_refused_outside_their_years_as_in_Drenthe(DatabaseProvider provider)
    {
        using var host = new ZvhTestHost(provider, new DateTimeOffset(2022, 6, 15, 9, 0, 0, TimeSpan.Zero));
        using (var beheerder = await host.SignedInAsync(Demo.BeheerDrenthe))
        {
            await beheerder.CreateContractAsync(new DateOnly(2020, 1, 1), null, "GM1680", "GM1730", "GM1690", "GM0118", "GM1731");
            await beheerder.CreateContractAsync(new DateOnly(2023, 1, 1), null, "GM0119");
            await beheerder.CreateContractAsync(new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31), "GM0114");
        }

        async Task<(HttpStatusCode Status, string Body)> AddAsync(string gemeente)
        {
            using var regisseur = await host.SignedInAsync(Demo.RegisseurDrenthe);
            using var response = await regisseur.AddNoteAsync("Notitie " + gemeente, gemeente);
            return (response.StatusCode, await response.BodyAsync());
        }

        // 2022: Meppel has not joined yet.
        Assert.Equal(HttpStatusCode.Redirect, (await AddAsync("GM1680")).Status);
        var meppel2022 = await AddAsync("GM0119");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, meppel2022.Status);
        Assert.Contains("De gemeente Meppel heeft Proefaanpak niet afgenomen op 15-06-2022", meppel2022.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await AddAsync("GM0114")).Status);

        // 2023: Meppel and Emmen both take part.
        host.Clock.Advance(TimeSpan.FromDays(365));
        Assert.Equal(HttpStatusCode.Redirect, (await AddAsync("GM0119")).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await AddAsync("GM0114")).Status);

        // 2024: Emmen stopped; Meppel continues.
        host.Clock.Advance(TimeSpan.FromDays(366));
        var emmen2024 = await AddAsync("GM0114");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, emmen2024.Status);
        Assert.Contains("De gemeente Emmen heeft Proefaanpak niet afgenomen op", emmen2024.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await AddAsync("GM0119")).Status);
    }
}
