using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Partners;
using ZvhPlatform.IntegrationTests.Http;
using ZvhPlatform.Kernel.Data;

namespace ZvhPlatform.IntegrationTests.Regie;

public sealed partial class CasusoverlegTests
{
    [GeneratedRegex("^/overleggen/([0-9a-f-]{36})$")]
    private static partial Regex MeetingLocation();

    [GeneratedRegex("data-kenmerk=\"([0-9-]+)\"")]
    private static partial Regex AgendaKenmerk();

    private static async Task<Guid> PlanAsync(RegieKit kit, string aanvang = "2026-03-09T10:00")
    {
        using var response = await kit.Staff.PostAsync("/overleggen/nieuw",
            [new("titel", "Casusoverleg Stad"), new("moduleId", "proefaanpak"), new("aanvang", aanvang), new("locatie", "Stadskantoor")], "/overleggen/nieuw");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(MeetingLocation().Match(response.Location() ?? "").Groups[1].Value);
    }

    private static async Task<IReadOnlyList<string>> AgendaAsync(RegieKit kit, Guid meeting)
    {
        var (status, html) = await kit.Staff.PageAsync($"/overleggen/{meeting}");
        Assert.Equal(HttpStatusCode.OK, status);
        return AgendaKenmerk().Matches(html).Select(m => m.Groups[1].Value).ToList();
    }

    private static async Task<Guid> ItemIdAsync(RegieKit kit, Guid meeting, Guid caseId)
    {
        Guid id = default;
        await kit.InRegionAsync(async sp => id = await sp.GetRequiredService<CaseworkDbContext>().Agendapunten
            .Where(a => a.OverlegId == meeting && a.CasusId == caseId).Select(a => a.Id).SingleAsync());
        return id;
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_agenda_is_generated_from_the_cases_due_and_the_coordinator_can_add_reorder_and_remove(DatabaseProvider provider)
    {
        using var kit = await RegieKit.StartAsync(provider);
        var never = await kit.OpenCaseAsync("Nooit", "Besproken");
        var recent = await kit.OpenCaseAsync("Pas", "Besproken");
        var overdue = await kit.OpenCaseAsync("Actie", "Overtijd");
        // Recent and overdue were on a meeting held last week; overdue also has an action past its deadline.
        await kit.InRegionAsync(async sp =>
        {
            var db = sp.GetRequiredService<CaseworkDbContext>();
            var held = new Overleg { Titel = "Vorige week", ModuleId = "proefaanpak", Aanvang = new DateTime(2026, 2, 23, 10, 0, 0, DateTimeKind.Utc),
                GehoudenUtc = new DateTime(2026, 2, 23, 12, 0, 0, DateTimeKind.Utc) };
            held.Agenda.Add(new Agendapunt { OverlegId = held.Id, CasusId = recent.Id, Volgorde = 1 });
            held.Agenda.Add(new Agendapunt { OverlegId = held.Id, CasusId = overdue.Id, Volgorde = 2 });
            db.Overleggen.Add(held);
            db.Acties.Add(new Actie { CasusId = overdue.Id, Omschrijving = "Huisbezoek", EigenaarOrganisatie = "Gemeente Utrecht", Deadline = new DateOnly(2026, 2, 27) });
            await db.SaveChangesAsync();
        });

        var meeting = await PlanAsync(kit);

        Assert.Equal(new[] { overdue.Kenmerk, never.Kenmerk }, await AgendaAsync(kit, meeting));
        var (_, page) = await kit.Staff.PageAsync($"/overleggen/{meeting}");
        Assert.Contains("Nooit Besproken", page, StringComparison.Ordinal);

        using (var added = await kit.Staff.PostAsync($"/overleggen/{meeting}/agenda", [new("kenmerk", recent.Kenmerk)], $"/overleggen/{meeting}"))
        {
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        using (var twice = await kit.Staff.PostAsync($"/overleggen/{meeting}/agenda", [new("kenmerk", recent.Kenmerk)], $"/overleggen/{meeting}"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
            Assert.Contains("staat al op de agenda", await twice.BodyAsync(), StringComparison.Ordinal);
        }

        var recentItem = await ItemIdAsync(kit, meeting, recent.Id);
        (await kit.Staff.PostAsync($"/overleggen/{meeting}/agenda/{recentItem}/omhoog", [], $"/overleggen/{meeting}")).Dispose();
        Assert.Equal(new[] { overdue.Kenmerk, recent.Kenmerk, never.Kenmerk }, await AgendaAsync(kit, meeting));
        var neverItem = await ItemIdAsync(kit, meeting, never.Id);
        (await kit.Staff.PostAsync($"/overleggen/{meeting}/agenda/{neverItem}/verwijderen", [], $"/overleggen/{meeting}")).Dispose();
        Assert.Equal(new[] { overdue.Kenmerk, recent.Kenmerk }, await AgendaAsync(kit, meeting));

        // Every case shown on the meeting page is in the access log with its main person.
        await kit.InRegionAsync(async sp =>
        {
            var log = await sp.GetRequiredService<AuditDbContext>().Entries.Where(e => e.CaseId == overdue.Id).ToListAsync();
            Assert.Contains(log, e => e.Action == Core.Contracts.Privacy.AccessAction.Inzien && e.Subject == "casusoverleg");
        });
    }

    [Fact]
    public async Task Only_users_allowed_on_the_agendas_cases_are_invited_and_an_incidental_participant_needs_a_valid_geheimhoudingsverklaring()
    {
        using var kit = await RegieKit.StartAsync();
        var casus = await kit.OpenCaseAsync("Deel", "Nemer");
        var meeting = await PlanAsync(kit);
        var partnerId = await kit.UserIdAsync(RegieKit.Partner);

        using (var notAllowed = await kit.Staff.PostAsync($"/overleggen/{meeting}/deelnemers", [new("userId", partnerId.ToString())], $"/overleggen/{meeting}"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, notAllowed.StatusCode);
            Assert.Contains("deelnemers aan een casus op de agenda", await notAllowed.BodyAsync(), StringComparison.Ordinal);
        }

        await kit.AddPartnerAsync(casus.Id);
        using (var allowed = await kit.Staff.PostAsync($"/overleggen/{meeting}/deelnemers", [new("userId", partnerId.ToString())], $"/overleggen/{meeting}"))
        {
            Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
        }

        using (var refused = await kit.Staff.PostAsync($"/overleggen/{meeting}/deelnemers/incidenteel",
                   [new("naam", "Ida Incidenteel"), new("organisatie", "Woningcorporatie Mitros"), new("email", "ida@mitros.example")], $"/overleggen/{meeting}"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("geen ondertekende geheimhoudingsverklaring", await refused.BodyAsync(), StringComparison.Ordinal);
        }

        await kit.InRegionAsync(async sp =>
        {
            Assert.False(await sp.GetRequiredService<CaseworkDbContext>().OverlegDeelnemers.AnyAsync(d => d.Incidenteel));
            var partners = sp.GetRequiredService<PartnersDbContext>();
            partners.Geheimhoudingsverklaringen.Add(new Geheimhoudingsverklaring
            {
                Naam = "Ida Incidenteel", Email = "ida@mitros.example", Organisatie = "Mitros", OndertekendOp = new DateOnly(2026, 3, 1),
                VastgelegdUtc = RegieKit.Start.UtcDateTime, VastgelegdDoor = "test",
            });
            await partners.SaveChangesAsync();
        });

        using (var accepted = await kit.Staff.PostAsync($"/overleggen/{meeting}/deelnemers/incidenteel",
                   [new("naam", "Ida Incidenteel"), new("organisatie", "Woningcorporatie Mitros"), new("email", "IDA@mitros.example ")], $"/overleggen/{meeting}"))
        {
            Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        }

        var (_, page) = await kit.Staff.PageAsync($"/overleggen/{meeting}");
        Assert.Contains("Karel Keten", page, StringComparison.Ordinal);
        Assert.Contains("Incidenteel (geheimhoudingsverklaring)", page, StringComparison.Ordinal);
        await kit.InRegionAsync(async sp =>
            Assert.NotNull(await sp.GetRequiredService<CaseworkDbContext>().OverlegDeelnemers.Where(d => d.Incidenteel).Select(d => d.GeheimhoudingsverklaringId).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Decisions_and_actions_are_captured_live_as_htmx_rows_and_a_closed_meeting_takes_no_more(DatabaseProvider provider)
    {
        using var kit = await RegieKit.StartAsync(provider);
        var casus = await kit.OpenCaseAsync("Live", "Vastgelegd");
        var meeting = await PlanAsync(kit);
        var item = await ItemIdAsync(kit, meeting, casus.Id);
        var path = $"/overleggen/{meeting}";

        using (var besluit = await kit.Staff.HtmxPostAsync($"{path}/agenda/{item}/besluiten", [new("tekst", "Opschalen naar de driehoek")], path))
        {
            Assert.Equal(HttpStatusCode.OK, besluit.StatusCode);
            var html = await besluit.BodyAsync();
            Assert.StartsWith("<li", html.Trim(), StringComparison.Ordinal);
            Assert.Contains("Opschalen naar de driehoek", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<html", html, StringComparison.Ordinal);
        }

        using (var empty = await kit.Staff.HtmxPostAsync($"{path}/agenda/{item}/besluiten", [new("tekst", "  ")], path))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
            Assert.Equal($"#fout-besluit-{item}", empty.Headers.GetValues("HX-Retarget").Single());
            Assert.Contains("Vul het besluit in.", await empty.BodyAsync(), StringComparison.Ordinal);
        }

        using (var actie = await kit.Staff.HtmxPostAsync($"{path}/agenda/{item}/acties",
                   [new("casusId", casus.Id.ToString()), new("omschrijving", "Woonbegeleiding regelen"), new("eigenaarOrganisatie", "Gemeente Utrecht"),
                    new("eigenaarUserId", ""), new("deadline", "2026-03-20")], path))
        {
            Assert.Equal(HttpStatusCode.OK, actie.StatusCode);
            var html = await actie.BodyAsync();
            Assert.StartsWith("<tr", html.Trim(), StringComparison.Ordinal);
            Assert.Contains("Woonbegeleiding regelen", html, StringComparison.Ordinal);
        }

        using (var noDeadline = await kit.Staff.HtmxPostAsync($"{path}/agenda/{item}/acties",
                   [new("casusId", casus.Id.ToString()), new("omschrijving", "Zonder datum"), new("eigenaarOrganisatie", "Gemeente Utrecht")], path))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, noDeadline.StatusCode);
            Assert.Contains("Vul de deadline in.", await noDeadline.BodyAsync(), StringComparison.Ordinal);
        }

        using (var noReason = await kit.Staff.PostAsync($"{path}/agenda/{item}", [new("notities", "Besproken")], path))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
            Assert.Contains("waarom de persoon niet is uitgenodigd", await noReason.BodyAsync(), StringComparison.Ordinal);
        }

        using (var reason = await kit.Staff.PostAsync($"{path}/agenda/{item}", [new("nietUitgenodigdReden", "Niet veilig"), new("notities", "Besproken")], path))
        {
            Assert.Equal(HttpStatusCode.Redirect, reason.StatusCode);
        }

        using (var closeWithoutMinutes = await kit.Staff.PostAsync($"{path}/notulen", [new("notulen", ""), new("sluiten", "true"), new("version", "0")], path))
        {
            Assert.Equal(HttpStatusCode.BadRequest, closeWithoutMinutes.StatusCode);
        }

        using (var close = await kit.Staff.PostAsync($"{path}/notulen", [new("notulen", "Besproken: één casus."), new("sluiten", "true"), new("version", "0")], path))
        {
            Assert.Equal(HttpStatusCode.Redirect, close.StatusCode);
        }

        var (_, page) = await kit.Staff.PageAsync(path);
        Assert.Contains("Gehouden en gesloten", page, StringComparison.Ordinal);
        Assert.Contains("Opschalen naar de driehoek", page, StringComparison.Ordinal);
        using (var late = await kit.Staff.HtmxPostAsync($"{path}/agenda/{item}/besluiten", [new("tekst", "Te laat")], "/overleggen"))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, late.StatusCode);
            Assert.Contains("gehouden en gesloten", await late.BodyAsync(), StringComparison.Ordinal);
        }

        await kit.InRegionAsync(async sp =>
        {
            var db = sp.GetRequiredService<CaseworkDbContext>();
            Assert.Equal(new[] { "Opschalen naar de driehoek" }, await db.Besluiten.Where(b => b.OverlegId == meeting).Select(b => b.Tekst).ToListAsync());
            Assert.Equal(new[] { "Woonbegeleiding regelen" }, await db.Acties.Where(a => a.OverlegId == meeting).Select(a => a.Omschrijving).ToListAsync());
            Assert.NotNull((await db.Overleggen.SingleAsync(o => o.Id == meeting)).GehoudenUtc);
            var punt = await db.Agendapunten.SingleAsync(a => a.Id == item);
            Assert.False(punt.PersoonUitgenodigd);
            Assert.Equal("Niet veilig", punt.NietUitgenodigdReden);
        });
    }
}
