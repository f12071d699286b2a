using System.Net;
using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Notifications;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Features.Meldingen;
using ZvhPlatform.Core.Identity;
using ZvhPlatform.IntegrationTests.Http;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Tenancy;
using ZvhPlatform.Testing;

namespace ZvhPlatform.IntegrationTests.Regie;

/// <summary>
/// The header's number of unread notifications (ADR 17): read with the session check, per region, never another user's
/// or another region's, and read again when the request itself wrote the user's notifications.
/// </summary>
public sealed class MeldingenTellerTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_header_counts_the_users_own_unread_notifications_of_the_region_it_shows(DatabaseProvider provider)
    {
        using var host = new ZvhTestHost(provider);
        var partnerId = await UserIdAsync(host, Demo.Partner);
        var regisseurId = await UserIdAsync(host, Demo.RegisseurUtrecht);
        var now = host.Clock.GetUtcNow().UtcDateTime;

        // The partner works in Utrecht and Drenthe: three new unread ones in Utrecht and one read one; one in Drenthe;
        // and one for someone else in Utrecht, which is never theirs to count.
        await AddAsync(host, "utrecht", (partnerId, null), (partnerId, null), (partnerId, null), (partnerId, now), (regisseurId, null));
        await AddAsync(host, "drenthe", (partnerId, null));
        var utrecht = await UnreadAsync(host, "utrecht", partnerId);
        var drenthe = await UnreadAsync(host, "drenthe", partnerId);
        Assert.True(utrecht >= 3 && drenthe >= 1 && utrecht != drenthe, $"utrecht {utrecht}, drenthe {drenthe}");

        // The session check reads the same numbers in its one statement.
        using (var scope = host.Services.CreateScope())
        {
            var sessions = scope.ServiceProvider.GetRequiredService<UserSessions>();
            var sessionId = await sessions.StartAsync(partnerId, CancellationToken.None);
            var limits = scope.ServiceProvider.GetRequiredService<IOptions<SessionLimits>>().Value;
            var session = await sessions.ValidateWithMembershipsAsync(sessionId, partnerId, limits, CancellationToken.None);
            Assert.NotNull(session);
            Assert.Equal(utrecht, session.UnreadNotifications[(await host.RegionAsync("utrecht")).Id]);
            Assert.Equal(drenthe, session.UnreadNotifications[(await host.RegionAsync("drenthe")).Id]);
        }

        using var partner = await host.SignedInAsync(Demo.Partner);
        Assert.Contains($"Meldingen ({utrecht} ongelezen)", (await partner.PageAsync("/r/utrecht/")).Html, StringComparison.Ordinal);
        Assert.Contains($"Meldingen ({drenthe} ongelezen)", (await partner.PageAsync("/r/drenthe/")).Html, StringComparison.Ordinal);

        // Reading one in Utrecht: the very next page counts one fewer there, and Drenthe is untouched.
        using (var switched = await partner.PostAsync("/regio/wisselen", [new("regionId", (await host.RegionAsync("utrecht")).Id.ToString())], "/regio"))
        {
            Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        }

        var (_, meldingen) = await partner.PageAsync("/meldingen");
        var first = System.Text.RegularExpressions.Regex.Match(meldingen, "action=\"/meldingen/([0-9a-f-]{36})/gelezen\"").Groups[1].Value;
        Assert.NotEmpty(first);
        using (var read = await partner.PostAsync($"/meldingen/{first}/gelezen", [], "/meldingen"))
        {
            Assert.Equal(HttpStatusCode.Redirect, read.StatusCode);
        }

        Assert.Contains($"Meldingen ({utrecht - 1} ongelezen)", (await partner.PageAsync("/r/utrecht/")).Html, StringComparison.Ordinal);
        Assert.Contains($"Meldingen ({drenthe} ongelezen)", (await partner.PageAsync("/r/drenthe/")).Html, StringComparison.Ordinal);

        // A new one written elsewhere (another user's action, a job, another instance) shows on the next page.
        await AddAsync(host, "drenthe", (partnerId, null));
        Assert.Contains($"Meldingen ({drenthe + 1} ongelezen)", (await partner.PageAsync("/r/drenthe/")).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_that_writes_the_users_notifications_counts_them_again_instead_of_using_what_the_session_check_read()
    {
        using var host = new ZvhTestHost();
        var partnerId = await UserIdAsync(host, Demo.Partner);
        var utrecht = await host.RegionAsync("utrecht");
        await AddAsync(host, "utrecht", (partnerId, null), (partnerId, null));

        using var scope = host.Services.CreateScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<IRegionContextSetter>().SetRegion(utrecht, "test");
        sp.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext
        {
            User = ZvhPlatform.Web.Security.ZvhSignIn.Build(partnerId, Demo.Partner, "Partner", "Reclassering Nederland", Guid.NewGuid(),
                [(utrecht.Id, ZvhRoles.KetenpartnerProfessional)], utrecht.Id),
        };
        var mediator = sp.GetRequiredService<IMediator>();
        var uitSessiecontrole = sp.GetRequiredService<OngelezenUitSessiecontrole>();

        // What the session check read is what the header shows: no statement of its own.
        uitSessiecontrole.Onthoud(partnerId, new Dictionary<Guid, int> { [utrecht.Id] = 42 });
        Assert.Equal(42, await mediator.Send(new CountOngelezenMeldingen()));

        // Marking them read in the same request: counted again.
        await mediator.Send(new MarkMeldingGelezen(null));
        Assert.Equal(0, await mediator.Send(new CountOngelezenMeldingen()));

        // A module notifying the user in the same request: counted again.
        uitSessiecontrole.Onthoud(partnerId, new Dictionary<Guid, int> { [utrecht.Id] = 42 });
        await sp.GetRequiredService<INotifications>().NotifyAsync(partnerId, "Nieuwe taak", "/meldingen");
        Assert.Equal(1, await mediator.Send(new CountOngelezenMeldingen()));

        // Numbers read for another user or another region are never used.
        uitSessiecontrole.Onthoud(Guid.NewGuid(), new Dictionary<Guid, int> { [utrecht.Id] = 42 });
        Assert.Equal(1, await mediator.Send(new CountOngelezenMeldingen()));
        uitSessiecontrole.Onthoud(partnerId, new Dictionary<Guid, int> { [Guid.NewGuid()] = 42 });
        Assert.Equal(1, await mediator.Send(new CountOngelezenMeldingen()));
    }

    private static async Task<Guid> UserIdAsync(ZvhTestHost host, string email)
    {
        using var scope = host.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<ZvhUser>>().FindByEmailAsync(email))!.Id;
    }

    private static async Task AddAsync(ZvhTestHost host, string regionKey, params (Guid UserId, DateTime? GelezenUtc)[] meldingen)
    {
        await RegieKit.InRegionAsync(host, async sp =>
        {
            var db = sp.GetRequiredService<CaseworkDbContext>();
            foreach (var (userId, gelezen) in meldingen)
            {
                db.Notificaties.Add(new Notificatie
                {
                    UserId = userId, Tekst = "Test", Link = "/meldingen", AangemaaktUtc = host.Clock.GetUtcNow().UtcDateTime, GelezenUtc = gelezen,
                });
            }

            await db.SaveChangesAsync();
        }, regionKey);
    }

    private static async Task<int> UnreadAsync(ZvhTestHost host, string regionKey, Guid userId)
    {
        var count = 0;
        await RegieKit.InRegionAsync(host, async sp =>
            count = await sp.GetRequiredService<CaseworkDbContext>().Notificaties.CountAsync(n => n.UserId == userId && n.GelezenUtc == null), regionKey);
        return count;
    }
}
