using System.Text.RegularExpressions;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Testing;

namespace ZvhPlatform.IntegrationTests.Persons;

public sealed partial class AccessReviewTests
{
    [GeneratedRegex("Olga Steun<br />.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex OlgaRow();

    [Fact]
    public async Task The_access_review_lists_every_grant_of_the_region_with_its_last_sign_in_and_last_data_access()
    {
        using var host = new ZvhTestHost();
        using var officer = host.NewClient();
        await SignIn.SignInAsync(officer, host, "privacy.utrecht@demo.zvh.nl");

        var before = await officer.GetStringAsync(new Uri("/privacy/toegangsrechten", UriKind.Relative));
        var olgaBefore = OlgaRow().Match(before).Value;
        Assert.Contains("Procesondersteuner", olgaBefore, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Matches(olgaBefore, "nooit").Count);
        Assert.DoesNotContain("Dirk Beheer", before, StringComparison.Ordinal); // Drenthe's beheerder has no grant here
        Assert.Contains("Karel Keten", before, StringComparison.Ordinal);       // the partner works in Utrecht too

        using var staff = host.NewClient();
        await SignIn.SignInAsync(staff, host, "ondersteuning.utrecht@demo.zvh.nl");
        await staff.GetStringAsync(new Uri("/personen?doel=" + Uri.EscapeDataString(Purposes.Bekendheidscheck) + "&naam=jansen", UriKind.Relative));

        var after = await officer.GetStringAsync(new Uri("/privacy/toegangsrechten", UriKind.Relative));
        Assert.DoesNotContain("nooit", OlgaRow().Match(after).Value, StringComparison.Ordinal);
    }
}
