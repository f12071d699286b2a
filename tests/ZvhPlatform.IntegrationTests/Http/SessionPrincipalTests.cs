using System.Security.Claims;
using ZvhPlatform.Kernel.Tenancy;
using ZvhPlatform.Web.Security;

namespace ZvhPlatform.IntegrationTests.Http;

/// <summary>
/// The session check keeps the signed-in principal exactly when its regions, active region and roles are still what the
/// memberships give; <see cref="ZvhSignIn.StillMatches"/> answers that without building a new principal on every request.
/// </summary>
public sealed class SessionPrincipalTests
{
    private static readonly Guid[] Regions = [Guid.Parse("11111111-0000-0000-0000-000000000001"), Guid.Parse("22222222-0000-0000-0000-000000000002"),
        Guid.Parse("03333333-0000-0000-0000-000000000003")];

    private static readonly string[] Roles = ["procesregisseur", "ketenpartner", "analist"];

    [Fact]
    public void It_agrees_with_comparing_the_membership_stamps_of_the_kept_and_a_freshly_built_principal_in_every_case()
    {
        var random = new Random(20261206);
        var agreed = 0;
        var changed = 0;
        for (var round = 0; round < 4000; round++)
        {
            var signedInWith = RandomMemberships(random);
            Guid? preferred = random.Next(4) == 0 ? Guid.NewGuid() : Regions[random.Next(Regions.Length)];
            var kept = ZvhSignIn.Build(Guid.Empty, "a@b.nl", "A", "Org", Guid.Empty, signedInWith, preferred);
            // Usually unchanged, sometimes a grant, a revocation or another region.
            var now = random.Next(3) == 0 ? RandomMemberships(random) : signedInWith;
            var active = Guid.TryParse(kept.FindFirstValue(ZvhClaimTypes.ActiveRegion), out var a) ? a : (Guid?)null;
            var fresh = ZvhSignIn.Build(Guid.Empty, "a@b.nl", "A", "Org", Guid.Empty, now, active);

            var expected = ZvhSignIn.MembershipStamp(fresh) == ZvhSignIn.MembershipStamp(kept);
            Assert.True(expected == ZvhSignIn.StillMatches(kept, now),
                $"round {round}: signed in with [{Describe(signedInWith)}], now [{Describe(now)}], expected {expected}");
            agreed++;
            changed += expected ? 0 : 1;
        }

        // Both answers occurred often enough to mean something.
        Assert.InRange(changed, 500, agreed - 500);
    }

    [Fact]
    public void A_granted_role_a_revoked_role_and_a_lost_active_region_each_count_as_a_change()
    {
        var utrecht = Regions[0];
        var drenthe = Regions[1];
        var kept = ZvhSignIn.Build(Guid.Empty, "", "", "", Guid.Empty, [(utrecht, "procesregisseur"), (drenthe, "ketenpartner")], drenthe);

        Assert.True(ZvhSignIn.StillMatches(kept, [(drenthe, "ketenpartner"), (utrecht, "procesregisseur")]));
        Assert.False(ZvhSignIn.StillMatches(kept, [(utrecht, "procesregisseur"), (drenthe, "ketenpartner"), (drenthe, "analist")]));
        Assert.False(ZvhSignIn.StillMatches(kept, [(utrecht, "procesregisseur")]));
        Assert.False(ZvhSignIn.StillMatches(kept, [(utrecht, "procesregisseur"), (drenthe, "analist")]));
        Assert.False(ZvhSignIn.StillMatches(kept, []));
        // A role in another region than the active one changes no claim but the region list stays the same: no change.
        Assert.True(ZvhSignIn.StillMatches(kept, [(utrecht, "analist"), (drenthe, "ketenpartner")]));
        // A third region joined: the region list changed.
        Assert.False(ZvhSignIn.StillMatches(kept, [(utrecht, "procesregisseur"), (drenthe, "ketenpartner"), (Regions[2], "analist")]));
    }

    private static List<(Guid RegionId, string Role)> RandomMemberships(Random random)
    {
        var list = new List<(Guid, string)>();
        foreach (var region in Regions)
        {
            foreach (var role in Roles)
            {
                if (random.Next(4) == 0)
                {
                    list.Add((region, role));
                }
            }
        }

        return [.. list.OrderBy(_ => random.Next())];
    }

    private static string Describe(IEnumerable<(Guid RegionId, string Role)> memberships) =>
        string.Join(", ", memberships.Select(m => $"{m.RegionId.ToString()[..2]}:{m.Role}"));
}
