using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Data;
using ZvhPlatform.IntegrationTests.Http;

namespace ZvhPlatform.IntegrationTests.Regie;

public sealed partial class PgaMonitorTests
{
    [GeneratedRegex("<polyline points=\"([^\"]*)\"")]
    private static partial Regex Polyline();

    private static List<KeyValuePair<string, string>> Measurement(string moment, string datum, int niveau, Leefgebied? skip = null)
    {
        var fields = new List<KeyValuePair<string, string>> { new("moment", moment), new("datum", datum) };
        fields.AddRange(Enum.GetValues<Leefgebied>().Where(l => l != skip)
            .Select(l => new KeyValuePair<string, string>($"score-{(int)l}", niveau.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        return fields;
    }

    [Fact]
    public async Task A_measurement_needs_every_leefgebied_and_the_trajectory_is_drawn_as_svg_with_a_table()
    {
        using var kit = await RegieKit.StartAsync();
        var casus = await kit.OpenCaseAsync("Monitor", "Meting");
        var path = $"/casussen/{casus.Id}/pga";

        using (var missing = await kit.Staff.PostAsync(path, Measurement("Intake", "2026-02-01", 2, skip: Leefgebied.Financien), path))
        {
            Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
            var html = await missing.BodyAsync();
            Assert.Contains("Kies een niveau voor Financiën.", html, StringComparison.Ordinal);
            // The scores the user did give are still selected.
            Assert.Contains("id=\"score-1-2\" name=\"score-1\" value=\"2\" required", Regex.Replace(html, "\\s+", " "), StringComparison.Ordinal);
        }

        using (var wrongMoment = await kit.Staff.PostAsync(path, Measurement("Soms", "2026-02-01", 2), path))
        {
            Assert.Equal(HttpStatusCode.BadRequest, wrongMoment.StatusCode);
        }

        using (var future = await kit.Staff.PostAsync(path, Measurement("Intake", "2026-12-01", 2), path))
        {
            Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        }

        await kit.InRegionAsync(async sp => Assert.False(await sp.GetRequiredService<CaseworkDbContext>().PgaMetingen.AnyAsync()));

        using (var intake = await kit.Staff.PostAsync(path, Measurement("Intake", "2026-02-01", 1), path))
        {
            Assert.Equal(HttpStatusCode.Redirect, intake.StatusCode);
        }

        using (var periodiek = await kit.Staff.PostAsync(path, Measurement("Periodiek", "2026-03-01", 4), path))
        {
            Assert.Equal(HttpStatusCode.Redirect, periodiek.StatusCode);
        }

        var (status, page) = await kit.Staff.PageAsync(path);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("data-testid=\"pga-chart\"", page, StringComparison.Ordinal);
        Assert.Equal(12, Regex.Matches(page, "<svg ").Count);
        var lines = Polyline().Matches(page).Select(m => m.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.Equal(12, lines.Count);
        // Two points per leefgebied, the second higher on the chart (smaller y) because the level rose from 1 to 4.
        Assert.All(lines, points =>
        {
            Assert.Equal(2, points.Length);
            Assert.True(double.Parse(points[1].Split(',')[1], System.Globalization.CultureInfo.InvariantCulture)
                        < double.Parse(points[0].Split(',')[1], System.Globalization.CultureInfo.InvariantCulture));
        });
        Assert.Contains("data-testid=\"pga-table\"", page, StringComparison.Ordinal);
        Assert.Contains("1 – Acuut", page, StringComparison.Ordinal);
        Assert.Contains("4 – Voldoende bekwaam", page, StringComparison.Ordinal);
        await kit.InRegionAsync(async sp =>
        {
            var db = sp.GetRequiredService<CaseworkDbContext>();
            Assert.Equal(2, await db.PgaMetingen.CountAsync(m => m.PersonId == casus.PersonId));
            Assert.Equal(24, await db.Set<Core.Casework.PgaScore>().CountAsync());
        });
    }
}
