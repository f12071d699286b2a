using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Data;
using ZvhPlatform.IntegrationTests.Http;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Outbox;

namespace ZvhPlatform.IntegrationTests.Regie;

public sealed partial class ActiesTests
{
    [GeneratedRegex("/casussen/[0-9a-f-]{36}/acties/([0-9a-f-]{36})/status")]
    private static partial Regex StatusForm();

    private static async Task<int> RunRemindersAsync(RegieKit kit)
    {
        var region = await kit.Host.RegionAsync("utrecht");
        return await kit.Host.Services.GetRequiredService<ActieHerinneringen>().RunForRegionAsync(region, CancellationToken.None);
    }

    private static async Task<HttpResponseMessage> CreateAsync(RegieKit kit, Guid caseId, string omschrijving, string deadline, Guid? owner = null,
        string organisatie = "") =>
        await kit.Staff.PostAsync($"/casussen/{caseId}/acties",
            [new("omschrijving", omschrijving), new("eigenaarOrganisatie", organisatie), new("eigenaarUserId", owner?.ToString() ?? ""), new("deadline", deadline)],
            $"/casussen/{caseId}/acties");

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_daily_job_notifies_owners_of_due_and_overdue_actions_once_a_day_in_app_and_by_mail_through_the_outbox(DatabaseProvider provider)
    {
        using var kit = await RegieKit.StartAsync(provider);
        var casus = await kit.OpenCaseAsync("Herinnering", "Actie");
        await kit.AddPartnerAsync(casus.Id);
        var regisseur = await kit.UserIdAsync(RegieKit.Regisseur);
        var partner = await kit.UserIdAsync(RegieKit.Partner);
        // Today is 2 March 2026.
        (await CreateAsync(kit, casus.Id, "Morgen klaar", "2026-03-03", regisseur)).Dispose();
        (await CreateAsync(kit, casus.Id, "Nog ver weg", "2026-03-20", regisseur)).Dispose();
        (await CreateAsync(kit, casus.Id, "Reclasseringsadvies", "2026-03-04", partner)).Dispose();
        await kit.InRegionAsync(async sp =>
        {
            // An action agreed earlier whose deadline has passed (the form does not accept past dates).
            var db = sp.GetRequiredService<CaseworkDbContext>();
            db.Acties.Add(new Actie { CasusId = casus.Id, Omschrijving = "Te laat", EigenaarOrganisatie = "Reclassering Nederland", EigenaarUserId = partner,
                Deadline = new DateOnly(2026, 2, 25) });
            await db.SaveChangesAsync();
        });

        Assert.Equal(2, await RunRemindersAsync(kit));
        Assert.Equal(0, await RunRemindersAsync(kit));

        await kit.InRegionAsync(async sp =>
        {
            var db = sp.GetRequiredService<CaseworkDbContext>();
            var notices = await db.Notificaties.OrderBy(n => n.Tekst).ToListAsync();
            Assert.Equal(2, notices.Count);
            Assert.Contains(notices, n => n.UserId == regisseur && n.Tekst.Contains("verloopt morgen", StringComparison.Ordinal));
            Assert.Contains(notices, n => n.UserId == partner && n.Tekst.Contains("is over tijd", StringComparison.Ordinal));
            Assert.All(notices, n => Assert.DoesNotContain("Te laat", n.Tekst, StringComparison.Ordinal));
        });

        // Other outbox messages (the contract change of the set-up) are delivered too; the mails are what counts here.
        await kit.Host.Services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None);
        Assert.Equal(0, await kit.Host.Services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None));
        var mails = Directory.GetFiles(kit.MailFolder, "*.eml").Select(File.ReadAllText).ToList();
        Assert.Equal(2, mails.Count);
        Assert.Contains(mails, m => m.Contains("To: " + RegieKit.Regisseur, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(mails, m => m.Contains("To: " + RegieKit.Partner, StringComparison.OrdinalIgnoreCase));
        Assert.All(mails, m => Assert.DoesNotContain("Reclasseringsadvies", m, StringComparison.Ordinal));

        // The next day: the action due tomorrow is now due today, the overdue one still overdue; one notice each, again only once.
        kit.Host.Clock.Advance(TimeSpan.FromDays(1));
        // 3 March: "Morgen klaar" due today, "Reclasseringsadvies" due tomorrow, "Te laat" still overdue.
        Assert.Equal(3, await RunRemindersAsync(kit));
        Assert.Equal(0, await RunRemindersAsync(kit));
        kit.Host.Clock.Advance(TimeSpan.FromDays(1));
        // 4 March: "Reclasseringsadvies" due today and "Te laat" overdue for the partner; "Morgen klaar" overdue for the regisseur.
        Assert.Equal(3, await RunRemindersAsync(kit));

        // Two days passed: the earlier session has expired, so sign in again.
        using var staff = await kit.Host.SignedInAsync(RegieKit.Regisseur);
        var (_, page) = await staff.PageAsync("/meldingen");
        Assert.Contains("(3 ongelezen)", page, StringComparison.Ordinal);
        using (var all = await staff.PostAsync("/meldingen/gelezen", [], "/meldingen"))
        {
            Assert.Equal(HttpStatusCode.Redirect, all.StatusCode);
        }

        var (_, after) = await staff.PageAsync("/meldingen");
        Assert.DoesNotContain("ongelezen)", after, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"melding-gelezen\"", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_changes_are_concurrency_safe_and_a_partner_only_changes_their_own_actions()
    {
        using var kit = await RegieKit.StartAsync();
        var casus = await kit.OpenCaseAsync("Status", "Wissel");
        await kit.AddPartnerAsync(casus.Id);
        var partner = await kit.UserIdAsync(RegieKit.Partner);
        (await CreateAsync(kit, casus.Id, "Eigen actie partner", "2026-03-10", partner)).Dispose();
        (await CreateAsync(kit, casus.Id, "Actie van de gemeente", "2026-03-10", organisatie: "Gemeente Utrecht")).Dispose();
        (await CreateAsync(kit, casus.Id, "Andere actie reclassering", "2026-03-10", organisatie: "Reclassering Nederland")).Dispose();
        using (var past = await CreateAsync(kit, casus.Id, "Zonder eigenaar", "", null))
        {
            Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
            Assert.Contains("Kies de organisatie", await past.BodyAsync(), StringComparison.Ordinal);
        }

        using var other = await kit.Host.SignedInAsync(RegieKit.Ondersteuner);
        var path = $"/casussen/{casus.Id}/acties";
        var (_, page) = await kit.Staff.PageAsync(path);
        Assert.Equal(3, StatusForm().Matches(page).Select(m => m.Groups[1].Value).Distinct().Count());
        Guid gemeente = default;
        await kit.InRegionAsync(async sp => gemeente = await sp.GetRequiredService<CaseworkDbContext>().Acties
            .Where(a => a.Omschrijving == "Actie van de gemeente").Select(a => a.Id).SingleAsync());
        using (var first = await kit.Staff.PostAsync($"{path}/{gemeente}/status", [new("status", "Gereed"), new("version", "0")], path))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        using (var stale = await other.PostAsync($"{path}/{gemeente}/status", [new("status", "Vervallen"), new("version", "0")], path))
        {
            Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
            Assert.Contains("intussen gewijzigd naar 'Gereed'", await stale.BodyAsync(), StringComparison.Ordinal);
        }

        // The partner sees their own and their organisation's actions, not the municipality's, and changes only their own.
        using var partnerClient = await kit.Host.SignedInAsync(RegieKit.Partner);
        var partnerPath = "/r/utrecht" + path;
        var (status, partnerPage) = await partnerClient.PageAsync(partnerPath);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Eigen actie partner", partnerPage, StringComparison.Ordinal);
        Assert.Contains("Andere actie reclassering", partnerPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Actie van de gemeente", partnerPage, StringComparison.Ordinal);
        var own = StatusForm().Matches(partnerPage).Select(m => Guid.Parse(m.Groups[1].Value)).Single();
        using (var mine = await partnerClient.PostAsync($"{partnerPath}/{own}/status", [new("status", "Gereed"), new("version", "0")], partnerPath))
        {
            Assert.Equal(HttpStatusCode.Redirect, mine.StatusCode);
        }

        Guid orgAction = default;
        await kit.InRegionAsync(async sp => orgAction = await sp.GetRequiredService<CaseworkDbContext>().Acties
            .Where(a => a.Omschrijving == "Andere actie reclassering").Select(a => a.Id).SingleAsync());
        using (var notMine = await partnerClient.PostAsync($"{partnerPath}/{orgAction}/status", [new("status", "Vervallen"), new("version", "0")], partnerPath))
        {
            Assert.Equal(HttpStatusCode.Forbidden, notMine.StatusCode);
        }

        using (var gemeenteByPartner = await partnerClient.PostAsync($"{partnerPath}/{gemeente}/status", [new("status", "Open"), new("version", "1")], partnerPath))
        {
            Assert.Equal(HttpStatusCode.NotFound, gemeenteByPartner.StatusCode);
        }

        var (_, mijn) = await partnerClient.PageAsync("/r/utrecht/acties?weergave=organisatie&afgerond=true");
        Assert.Contains("Andere actie reclassering", mijn, StringComparison.Ordinal);
        Assert.Contains("Eigen actie partner", mijn, StringComparison.Ordinal);
        await kit.InRegionAsync(async sp =>
        {
            var db = sp.GetRequiredService<CaseworkDbContext>();
            Assert.Equal(ActieStatus.Gereed, (await db.Acties.SingleAsync(a => a.Id == gemeente)).Status);
            Assert.Equal(ActieStatus.Open, (await db.Acties.SingleAsync(a => a.Id == orgAction)).Status);
        });
    }
}
