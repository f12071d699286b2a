using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Identity;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Testing;

namespace ZvhPlatform.IntegrationTests.Http;

/// <summary>
/// The session check reads the session and the memberships in one statement on every request. These tests change
/// the database directly, as another instance on the same database would, and expect the very next request to
/// follow: nothing about a session or a role may be remembered between requests.
/// </summary>
public sealed class SessionRevocationTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_session_ended_elsewhere_refuses_the_next_request_even_right_after_a_good_one(DatabaseProvider provider)
    {
        using var host = new ZvhTestHost(provider);
        using var client = await host.SignedInAsync(Demo.RegisseurUtrecht);
        using var other = await host.SignedInAsync(Demo.RegisseurUtrecht); // a second session of the same user stays valid
        Assert.Equal(HttpStatusCode.OK, (await client.PageAsync("/")).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.PageAsync("/")).Status);

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IdentityStoreDbContext>();
            var userId = await UserIdAsync(db, Demo.RegisseurUtrecht);
            var newest = await db.Sessions.Where(s => s.UserId == userId).OrderByDescending(s => s.StartedUtc).ThenByDescending(s => s.Id)
                .ToListAsync();
            Assert.Equal(2, newest.Count);

            // End every session but one: which cookie belongs to which row is not known here, so end them in turn.
            await scope.ServiceProvider.GetRequiredService<UserSessions>().EndAsync(newest[0].Id, "beheerder", CancellationToken.None);
        }

        using var first = await client.GetPathAsync("/");
        using var second = await other.GetPathAsync("/");
        Assert.True(first.RedirectsToLogin() ^ second.RedirectsToLogin(),
            $"exactly the ended session is refused: {(int)first.StatusCode} / {(int)second.StatusCode}");

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IdentityStoreDbContext>();
            var ended = await db.Sessions.AsNoTracking().SingleAsync(s => s.EndReason == "beheerder");
            Assert.NotNull(ended.EndedUtc);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Roles_removed_or_granted_in_the_database_count_on_the_next_request(DatabaseProvider provider)
    {
        using var host = new ZvhTestHost(provider);
        using var client = await host.SignedInAsync(Demo.RegisseurUtrecht);
        Assert.Equal(HttpStatusCode.OK, (await client.PageAsync("/casussen")).Status);

        List<RegionMembership> removed;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IdentityStoreDbContext>();
            var userId = await UserIdAsync(db, Demo.RegisseurUtrecht);
            removed = await db.Memberships.AsNoTracking().Where(m => m.UserId == userId).ToListAsync();
            Assert.NotEmpty(removed);
            await db.Memberships.Where(m => m.UserId == userId).ExecuteDeleteAsync();
        }

        // No role left anywhere: the case list is closed at once, while the session itself is still valid.
        using (var refused = await client.GetPathAsync("/casussen"))
        {
            Assert.False(refused.StatusCode == HttpStatusCode.OK, $"without roles /casussen -> {(int)refused.StatusCode}");
            Assert.False(refused.RedirectsToLogin(), "losing the roles does not end the session");
        }

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IdentityStoreDbContext>();
            db.Memberships.AddRange(removed.Select(m => new RegionMembership
            {
                UserId = m.UserId, RegionId = m.RegionId, Role = m.Role, GrantedUtc = m.GrantedUtc, GrantedBy = m.GrantedBy,
            }));
            await db.SaveChangesAsync();
        }

        Assert.Equal(HttpStatusCode.OK, (await client.PageAsync("/casussen")).Status);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Activity_is_recorded_at_most_once_a_minute_and_keeps_the_session_alive(DatabaseProvider provider)
    {
        using var host = new ZvhTestHost(provider);
        using var client = await host.SignedInAsync(Demo.RegisseurUtrecht);

        async Task<DateTime> LastSeenAsync()
        {
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IdentityStoreDbContext>();
            var userId = await UserIdAsync(db, Demo.RegisseurUtrecht);
            return await db.Sessions.AsNoTracking().Where(s => s.UserId == userId && s.EndedUtc == null).Select(s => s.LastSeenUtc).SingleAsync();
        }

        var start = await LastSeenAsync();
        host.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.OK, (await client.PageAsync("/")).Status);
        Assert.Equal(start, await LastSeenAsync()); // within the minute: a read stays a read

        host.Clock.Advance(TimeSpan.FromMinutes(19));
        Assert.Equal(HttpStatusCode.OK, (await client.PageAsync("/")).Status);
        var touched = await LastSeenAsync();
        Assert.True(touched > start, "activity after more than a minute is recorded");

        host.Clock.Advance(TimeSpan.FromMinutes(19)); // 38 minutes after sign-in, 19 after the last request
        Assert.Equal(HttpStatusCode.OK, (await client.PageAsync("/")).Status);
        host.Clock.Advance(TimeSpan.FromMinutes(21));
        using var idle = await client.GetPathAsync("/");
        Assert.True(idle.RedirectsToLogin(), $"after 21 idle minutes -> {(int)idle.StatusCode}");
    }

    private static Task<Guid> UserIdAsync(IdentityStoreDbContext db, string email) =>
        db.Users.AsNoTracking().Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
}
