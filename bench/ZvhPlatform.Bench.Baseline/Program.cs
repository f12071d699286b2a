using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using ZvhPlatform.Bench.Shared;

// The physical baseline for the page benchmark (bench/README.md): the same answers as the platform's
// pages, computed with one hand-written SQL statement per page on a pooled connection and written as
// hand-built HTML. No authentication, authorization, access logging, antiforgery or views: what is left
// is the floor that Kestrel and the database set on this machine.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
var provider = app.Configuration["Provider"] ?? "Sqlite";
var connectionString = app.Configuration["Connection"] ?? throw new InvalidOperationException("--Connection ontbreekt.");
var regionId = Guid.Parse(app.Configuration["Region"] ?? throw new InvalidOperationException("--Region ontbreekt."));
var db = new Db(provider, connectionString);

app.MapGet("/casussen", async (HttpContext http, string? status, string? na, bool? partner, Guid? user, bool? open) =>
{
    // Up to the status, which the open-case list varies.
    var byStatus = $"SELECT c.\"Id\", c.\"Kenmerk\", c.\"SubAanpak\", c.\"GeopendOp\", c.\"ProcesregisseurNaam\" FROM {db.T("casework", "Casussen")} c "
                   + "WHERE c.\"RegionId\" = @r AND c.\"Status\" = ";
    var sql = new StringBuilder(byStatus + "@s");
    var parameters = new List<(string, object)> { ("@r", db.Id(regionId)), ("@s", status ?? "InRegie") };
    if (open == true)
    {
        // The open cases (werkvoorraad and in regie) the fastest way the index allows: the first page of each status, merged.
        string FirstPage(string parameter) =>
            $"SELECT * FROM ({byStatus}{parameter} ORDER BY c.\"GeopendOp\" DESC, c.\"Kenmerk\" DESC LIMIT 20) p{parameter[1..]}";
        sql = new StringBuilder($"SELECT * FROM ({FirstPage("@s")} UNION ALL {FirstPage("@s2")}) c WHERE 1 = 1");
        parameters = [("@r", db.Id(regionId)), ("@s", "Werkvoorraad"), ("@s2", "InRegie")];
    }
    if (partner == true)
    {
        sql.Append($" AND EXISTS (SELECT 1 FROM {db.T("casework", "Deelnemers")} d WHERE d.\"CasusId\" = c.\"Id\" AND d.\"UserId\" = @u AND d.\"VerwijderdUtc\" IS NULL)");
        parameters.Add(("@u", db.Id(user ?? Guid.Empty)));
    }

    if (na is { Length: > 0 } && na.Split('_', 2) is [var date, var kenmerk])
    {
        sql.Append(" AND (c.\"GeopendOp\" < @d OR (c.\"GeopendOp\" = @d AND c.\"Kenmerk\" < @k))");
        parameters.Add(("@d", db.Date(DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture))));
        parameters.Add(("@k", kenmerk));
    }

    sql.Append(" ORDER BY c.\"GeopendOp\" DESC, c.\"Kenmerk\" DESC LIMIT 20");
    var html = new StringBuilder("<!DOCTYPE html><html lang=\"nl\"><head><title>Casussen</title></head><body><main><h1>Casussen</h1><table><thead><tr>"
                                 + "<th>Kenmerk</th><th>Subaanpak</th><th>Geopend</th><th>Procesregisseur</th></tr></thead><tbody>");
    string? last = null;
    await db.ReadAsync(sql.ToString(), parameters, r =>
    {
        var id = db.GetId(r, 0);
        var opened = db.GetDate(r, 3);
        html.Append("<tr><td><a href=\"/casussen/").Append(id).Append("\">").Append(Enc(r.GetString(1))).Append("</a></td><td>")
            .Append(Enc(r.IsDBNull(2) ? "" : r.GetString(2))).Append("</td><td>").Append(opened.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture))
            .Append("</td><td>").Append(Enc(r.IsDBNull(4) ? "" : r.GetString(4))).Append("</td></tr>");
        last = $"{opened:yyyy-MM-dd}_{r.GetString(1)}";
    });
    html.Append("</tbody></table>");
    if (last is not null)
    {
        html.Append("<a href=\"/casussen?na=").Append(last).Append("\">Volgende</a>");
    }

    return Results.Content(html.Append("</main></body></html>").ToString(), "text/html; charset=utf-8");
});

app.MapGet("/personen", async (string? bsn, string? naam, DateOnly? geboortedatum) =>
{
    var persons = db.T("core", "Persons");
    string where;
    var parameters = new List<(string, object)> { ("@r", db.Id(regionId)) };
    if (bsn is { Length: > 0 })
    {
        where = "p.\"Bsn\" = @b";
        parameters.Add(("@b", bsn));
    }
    else
    {
        where = "p.\"Geboortedatum\" = @g AND p.\"ZoekNaam\" LIKE @n";
        parameters.Add(("@g", db.Date(geboortedatum ?? default)));
        parameters.Add(("@n", "%" + (naam ?? "").ToLowerInvariant() + "%"));
    }

    var html = new StringBuilder("<!DOCTYPE html><html lang=\"nl\"><head><title>Personen</title></head><body><main><h1>Personen</h1><table><tbody>");
    await db.ReadAsync($"SELECT p.\"Id\", p.\"Voornamen\", p.\"Tussenvoegsel\", p.\"Achternaam\", p.\"Geboortedatum\", p.\"Woonplaats\" FROM {persons} p "
                       + $"WHERE p.\"RegionId\" = @r AND p.\"MergedIntoId\" IS NULL AND {where} ORDER BY p.\"ZoekAchternaam\", p.\"Geboortedatum\" LIMIT 50",
        parameters, r => html.Append("<tr><td><a href=\"/personen/").Append(db.GetId(r, 0)).Append("\">")
            .Append(Enc($"{r.GetString(1)} {(r.IsDBNull(2) ? "" : r.GetString(2) + " ")}{r.GetString(3)}")).Append("</a></td><td>")
            .Append(r.IsDBNull(4) ? "" : db.GetDate(r, 4).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)).Append("</td><td>")
            .Append(Enc(r.IsDBNull(5) ? "" : r.GetString(5))).Append("</td></tr>"));
    return Results.Content(html.Append("</tbody></table></main></body></html>").ToString(), "text/html; charset=utf-8");
});

app.MapGet("/casussen/{id:guid}", async (Guid id) =>
{
    var html = new StringBuilder("<!DOCTYPE html><html lang=\"nl\"><head><title>Casus</title></head><body><main>");
    var found = false;
    await db.ReadAsync($"SELECT c.\"Kenmerk\", c.\"Status\", c.\"GeopendOp\", p.\"Voornamen\", p.\"Achternaam\" FROM {db.T("casework", "Casussen")} c "
                       + $"JOIN {db.T("core", "Persons")} p ON p.\"Id\" = c.\"HoofdpersoonId\" WHERE c.\"RegionId\" = @r AND c.\"Id\" = @i",
        [("@r", db.Id(regionId)), ("@i", db.Id(id))], r =>
        {
            found = true;
            html.Append("<h1>Casus ").Append(Enc(r.GetString(0))).Append("</h1><p>").Append(Enc(r.GetString(1))).Append(", geopend ")
                .Append(db.GetDate(r, 2).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)).Append("</p><p>")
                .Append(Enc(r.GetString(3) + " " + r.GetString(4))).Append("</p>");
        });
    if (!found)
    {
        return Results.NotFound();
    }

    html.Append("<h2>Plan van aanpak</h2><table><tbody>");
    await db.ReadAsync($"SELECT d.\"Leefgebied\", d.\"Doel\", d.\"Interventie\", d.\"VerantwoordelijkePartner\" FROM {db.T("casework", "PlanDoelen")} d "
                       + $"JOIN {db.T("casework", "Plannen")} p ON p.\"Id\" = d.\"PlanId\" WHERE p.\"RegionId\" = @r AND p.\"CasusId\" = @i",
        [("@r", db.Id(regionId)), ("@i", db.Id(id))], r => html.Append("<tr><td>").Append(Enc(r.GetString(0))).Append("</td><td>").Append(Enc(r.GetString(1)))
            .Append("</td><td>").Append(Enc(r.IsDBNull(2) ? "" : r.GetString(2))).Append("</td><td>").Append(Enc(r.IsDBNull(3) ? "" : r.GetString(3))).Append("</td></tr>"));
    html.Append("</tbody></table><h2>Acties</h2><table><tbody>");
    await db.ReadAsync($"SELECT a.\"Omschrijving\", a.\"EigenaarOrganisatie\", a.\"Deadline\", a.\"Status\" FROM {db.T("casework", "Acties")} a "
                       + "WHERE a.\"RegionId\" = @r AND a.\"CasusId\" = @i ORDER BY a.\"Deadline\"",
        [("@r", db.Id(regionId)), ("@i", db.Id(id))], r => html.Append("<tr><td>").Append(Enc(r.GetString(0))).Append("</td><td>").Append(Enc(r.GetString(1)))
            .Append("</td><td>").Append(db.GetDate(r, 2).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)).Append("</td><td>").Append(Enc(r.GetString(3)))
            .Append("</td></tr>"));
    return Results.Content(html.Append("</tbody></table></main></body></html>").ToString(), "text/html; charset=utf-8");
});

app.MapPost("/casussen/{id:guid}/acties", async (Guid id, HttpRequest request) =>
{
    var form = await request.ReadFormAsync();
    var omschrijving = form["Omschrijving"].ToString();
    var eigenaar = form["EigenaarOrganisatie"].ToString();
    if (omschrijving.Length == 0 || eigenaar.Length == 0 || !DateOnly.TryParse(form["Deadline"], CultureInfo.InvariantCulture, out var deadline))
    {
        return Results.BadRequest();
    }

    await db.ExecuteAsync($"INSERT INTO {db.T("casework", "Acties")} (\"Id\", \"RegionId\", \"CasusId\", \"Omschrijving\", \"EigenaarOrganisatie\", \"Deadline\", "
                          + "\"Status\", \"Version\") VALUES (@id, @r, @c, @o, @e, @d, 'Open', 1)",
        [("@id", db.Id(Guid.NewGuid())), ("@r", db.Id(regionId)), ("@c", db.Id(id)), ("@o", omschrijving), ("@e", eigenaar), ("@d", db.Date(deadline))]);
    return Results.Redirect($"/casussen/{id}");
});

app.MapGet("/rapportage", async (int jaar) =>
{
    var from = new DateOnly(jaar, 1, 1);
    var to = new DateOnly(jaar, 12, 31);
    var changes = db.T("casework", "StatusWijzigingen");
    var cases = db.T("casework", "Casussen");

    // Per municipality: in regie on the first and the last day (last change on or before the day), instroom and uitstroom in the year.
    var sql = $"""
        WITH laatste AS (
          SELECT w."CasusId", w."Naar", w."Datum",
                 ROW_NUMBER() OVER (PARTITION BY w."CasusId" ORDER BY w."Datum" DESC, w."VastgelegdUtc" DESC) AS nr_eind,
                 ROW_NUMBER() OVER (PARTITION BY w."CasusId", CASE WHEN w."Datum" < @van THEN 0 ELSE 1 END ORDER BY w."Datum" DESC, w."VastgelegdUtc" DESC) AS nr_begin
          FROM {changes} w WHERE w."RegionId" = @r AND w."Datum" <= @tot)
        SELECT c."GemeenteCode",
               SUM(CASE WHEN l."Datum" < @van AND l.nr_begin = 1 AND l."Naar" = 'InRegie' THEN 1 ELSE 0 END),
               SUM(CASE WHEN l."Datum" >= @van AND l."Naar" = 'InRegie' THEN 1 ELSE 0 END),
               SUM(CASE WHEN l."Datum" >= @van AND l."Naar" IN ('Afgesloten', 'Afgeschaald') THEN 1 ELSE 0 END),
               SUM(CASE WHEN l.nr_eind = 1 AND l."Naar" = 'InRegie' THEN 1 ELSE 0 END)
        FROM laatste l JOIN {cases} c ON c."Id" = l."CasusId"
        WHERE c."ModuleId" = 'coveca'
        GROUP BY c."GemeenteCode" ORDER BY c."GemeenteCode"
        """;
    var html = new StringBuilder("<!DOCTYPE html><html lang=\"nl\"><head><title>Rapportage</title></head><body><main><h1>Caseload ")
        .Append(jaar).Append("</h1><table><thead><tr><th>Gemeente</th><th>1 januari</th><th>Instroom</th><th>Uitstroom</th><th>31 december</th></tr></thead><tbody>");
    await db.ReadAsync(sql, [("@r", db.Id(regionId)), ("@van", db.Date(from)), ("@tot", db.Date(to))], r =>
    {
        html.Append("<tr><td>").Append(Enc(r.IsDBNull(0) ? "" : r.GetString(0)));
        for (var i = 1; i <= 4; i++)
        {
            html.Append("</td><td>").Append(Convert.ToInt64(r.GetValue(i), CultureInfo.InvariantCulture));
        }

        html.Append("</td></tr>");
    });
    return Results.Content(html.Append("</tbody></table></main></body></html>").ToString(), "text/html; charset=utf-8");
});

app.Run();

static string Enc(string value) => HtmlEncoder.Default.Encode(value);

