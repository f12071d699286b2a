using System.Net;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Testing;

namespace ZvhPlatform.IntegrationTests.Http;

/// <summary>The functioneel beheerder's contract screens: history, validation and two people editing at once.</summary>
public sealed class ContractScreenTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Creating_a_contract_is_recorded_in_the_history_with_the_beheerders_name_as_page_and_as_htmx_fragment(DatabaseProvider provider)
    {
        using var host = new ZvhTestHost(provider);
        using var beheerder = await host.SignedInAsync(Demo.BeheerUtrecht);
        var (_, before) = await beheerder.PageAsync("/beheer/contracten/historie");
        Assert.DoesNotContain(">proefaanpak<", before, StringComparison.Ordinal);

        await beheerder.CreateContractAsync(host.Today(), null, "GM0344");

        using var full = await beheerder.GetPathAsync("/beheer/contracten/historie");
        using var fragmentRequest = new HttpRequestMessage(HttpMethod.Get, new Uri("/beheer/contracten/historie", UriKind.Relative));
        fragmentRequest.Headers.Add("HX-Request", "true");
        using var fragment = await beheerder.SendAsync(fragmentRequest);
        var fullHtml = await full.BodyAsync();
        var fragmentHtml = await fragment.BodyAsync();

        Assert.Equal(HttpStatusCode.OK, full.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fragment.StatusCode);
        Assert.Contains("<html", fullHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<html", fragmentHtml, StringComparison.Ordinal);
        foreach (var html in new[] { fullHtml, fragmentHtml })
        {
            Assert.Contains("<td class=\"utrecht-table__cell\">Fenna Beheer</td>", html, StringComparison.Ordinal);
            Assert.Contains("<td class=\"utrecht-table__cell\">proefaanpak</td>", html, StringComparison.Ordinal);
            Assert.Contains("<td class=\"utrecht-table__cell\">aangemaakt</td>", html, StringComparison.Ordinal);
            Assert.Contains("Gemeenten: Utrecht", html, StringComparison.Ordinal);
        }

        Assert.Contains("HX-Request", full.Headers.Vary);
        Assert.Contains("HX-Request", fragment.Headers.Vary);
    }

    public static TheoryData<string, string, string?, string, string?, string> BadInput => new()
    {
        { "einddatum voor ingangsdatum", "2025-03-01", "2025-02-01", "GM0344", null, "De einddatum ligt vóór de ingangsdatum." },
        { "onleesbare datum", "31-02-x", null, "GM0344", null, "'31-02-x' is geen geldige waarde voor ValidFrom." },
        { "onbekende module", "2025-03-01", null, "GM0344", "bestaatniet", "Module 'bestaatniet' is niet geïnstalleerd op dit platform." },
        { "gemeente van een andere regio", "2025-03-01", null, "GM0114", null, "Deze gemeenten horen niet bij de regio: GM0114." },
        { "te lange notitie", "2025-03-01", null, "GM0344", null, "De notitie is te lang (maximaal 2000 tekens)." },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Invalid_contract_input_is_refused_with_400_and_a_Dutch_message_and_nothing_is_saved(
        string situation, string validFrom, string? validTo, string gemeente, string? module, string message)
    {
        using var host = new ZvhTestHost();
        using var beheerder = await host.SignedInAsync(Demo.BeheerUtrecht);
        var note = situation == "te lange notitie" ? new string('x', 2001) : situation;

        using var response = await beheerder.PostAsync("/beheer/contracten/nieuw",
            Web.ContractFields(module ?? Demo.Module, validFrom, validTo, [gemeente], note), "/beheer/contracten/nieuw");
        var body = await response.BodyAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, body, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"contract-form\"", body, StringComparison.Ordinal); // the form is shown again with the input
        var (_, overview) = await beheerder.PageAsync("/beheer/contracten");
        var (_, history) = await beheerder.PageAsync("/beheer/contracten/historie");
        Assert.Empty(await beheerder.ContractIdsAsync());
        Assert.DoesNotContain("data-module=\"" + (module ?? Demo.Module) + "\"", overview, StringComparison.Ordinal);
        Assert.DoesNotContain(">" + (module ?? Demo.Module) + "<", history, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task When_two_beheerders_edit_the_same_contract_the_second_is_shown_the_others_change_and_the_first_change_is_kept(
        DatabaseProvider provider)
    {
        using var host = new ZvhTestHost(provider);
        using var fenna = await host.SignedInAsync(Demo.BeheerUtrecht);
        using (var promoted = await fenna.PostAsync("/beheer/gebruikers",
                   [new("Email", Demo.ManagerUtrecht), new("DisplayName", "Mirjam Manager"), new("Organisation", ""), new("Role", "functioneel-beheerder")],
                   "/beheer/gebruikers"))
        {
            Assert.Equal(HttpStatusCode.OK, promoted.StatusCode);
        }

        using var mirjam = await host.SignedInAsync(Demo.ManagerUtrecht);
        await fenna.CreateContractAsync(new DateOnly(2025, 1, 1), null, "GM0344");
        var id = Assert.Single(await fenna.ContractIdsAsync());
        var edit = $"/beheer/contracten/{id}/bewerken";

        // Both open the form and see the same version.
        var (_, fennaForm) = await fenna.PageAsync(edit);
        var (_, mirjamForm) = await mirjam.PageAsync(edit);
        var version = Web.VersionIn(fennaForm);
        Assert.Equal(version, Web.VersionIn(mirjamForm));

        using (var first = await fenna.PostAsync(edit, Web.ContractFields(Demo.Module, "2025-01-01", "2030-12-31", ["GM0344", "GM0307"], "Fenna", version), edit))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        using var second = await mirjam.PostAsync(edit, Web.ContractFields(Demo.Module, "2025-01-01", "2026-06-30", ["GM0344"], "Mirjam", version), edit);
        var conflict = await second.BodyAsync();
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var start = conflict.IndexOf("Iemand anders heeft dit contract intussen gewijzigd.", StringComparison.Ordinal);
        Assert.True(start >= 0, "the conflict is explained");
        var explanation = conflict[start..conflict.IndexOf("Uw invoer staat hieronder", start, StringComparison.Ordinal)];
        Assert.Contains("tot 31-12-2030", explanation, StringComparison.Ordinal); // what Fenna saved
        Assert.Contains("Amersfoort", explanation, StringComparison.Ordinal);
        Assert.Contains(">Mirjam</textarea>", conflict, StringComparison.Ordinal); // her own input is still there to re-submit

        var (_, saved) = await fenna.PageAsync(edit);
        Assert.Contains("name=\"ValidTo\" value=\"2030-12-31\"", saved, StringComparison.Ordinal);
        Assert.Contains(">Fenna</textarea>", saved, StringComparison.Ordinal);
        var (_, history) = await fenna.PageAsync("/beheer/contracten/historie");
        Assert.Contains("<td class=\"utrecht-table__cell\">gewijzigd</td>", history, StringComparison.Ordinal);
        Assert.DoesNotContain("Mirjam Manager", history, StringComparison.Ordinal);
    }
}
