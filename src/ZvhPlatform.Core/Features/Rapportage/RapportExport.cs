using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;
using System.Text.Json;

namespace ZvhPlatform.Core.Features.Rapportage;

/// <summary>Writes a report as CSV (semicolon separated, as Dutch Excel expects), as an Excel workbook and as JSON, with the same cells the screen shows.</summary>
internal static class RapportExport
{
    public static string Kop(Rapport rapport)
    {
        ArgumentNullException.ThrowIfNull(rapport);
        var f = rapport.Filter;
        var waar = f.GemeenteCode is not null ? $" gemeente {f.GemeenteCode}" : f.District is not null ? $" district {f.District}" : "";
        return $"{rapport.ModuleNaam}{(f.SubAanpak is null ? "" : " (" + f.SubAanpak + ")")}{waar}, {f.Van:dd-MM-yyyy} t/m {f.Tot:dd-MM-yyyy}";
    }

    public static string Csv(Rapport rapport)
    {
        ArgumentNullException.ThrowIfNull(rapport);
        var sb = new StringBuilder();
        sb.Append(Veld(Kop(rapport))).Append("\r\n");
        if (rapport.Onderdrukt)
        {
            sb.Append(Veld($"Kleine aantallen (minder dan {rapport.Drempel}) zijn onderdrukt; × = onderdrukt om terugrekenen te voorkomen.")).Append("\r\n");
        }

        foreach (var tabel in rapport.Tabellen)
        {
            sb.Append("\r\n").Append(Veld(tabel.Titel)).Append("\r\n");
            sb.Append(string.Join(';', new[] { "" }.Concat(tabel.Kolommen).Select(Veld))).Append("\r\n");
            foreach (var rij in tabel.Rijen)
            {
                sb.Append(string.Join(';', new[] { rij.Label }.Concat(rij.Cellen.Select(c => c.Tekst(rapport.Drempel))).Select(Veld))).Append("\r\n");
            }
        }

        return sb.ToString();
    }

    private static string Veld(string value)
    {
        // A leading =, +, - or @ would make a spreadsheet evaluate the text as a formula.
        var safe = value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal) && !double.TryParse(value, NumberStyles.Any, CultureInfo.InvariantCulture, out _)
            ? "'" + value
            : value;
        return safe.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }

    /// <summary>The caseload lines as JSON for the operator command (exact numbers; the operator is not an analyst).</summary>
    public static string CaseloadJson(Rapport rapport)
    {
        ArgumentNullException.ThrowIfNull(rapport);
        var doc = new
        {
            module = rapport.Filter.ModuleId,
            subAanpak = rapport.Filter.SubAanpak,
            van = rapport.Filter.Van.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            tot = rapport.Filter.Tot.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            district = rapport.Filter.District,
            regels = rapport.Caseload.Select(r => new
            {
                soort = r.Soort, district = r.District, gemeente = r.GemeenteCode, naam = r.Naam,
                inRegieBegin = r.Cijfers.InRegieBegin, instroom = r.Cijfers.Instroom, uitstroom = r.Cijfers.Uitstroom,
                inRegieEind = r.Cijfers.InRegieEind, totaleCaseload = r.Cijfers.TotaleCaseload,
            }),
        };
        return JsonSerializer.Serialize(doc, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>The caseload lines as CSV for the operator command.</summary>
    public static string CaseloadCsv(Rapport rapport)
    {
        ArgumentNullException.ThrowIfNull(rapport);
        var sb = new StringBuilder("soort;district;gemeente;naam;in_regie_begin;instroom;uitstroom;in_regie_eind;totale_caseload\r\n");
        foreach (var r in rapport.Caseload)
        {
            sb.Append(string.Join(';', new[]
            {
                r.Soort, r.District ?? "", r.GemeenteCode ?? "", r.Naam, Inv(r.Cijfers.InRegieBegin), Inv(r.Cijfers.Instroom), Inv(r.Cijfers.Uitstroom),
                Inv(r.Cijfers.InRegieEind), Inv(r.Cijfers.TotaleCaseload),
            }.Select(Veld))).Append("\r\n");
        }

        return sb.ToString();
    }

    private static string Inv(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>A minimal SpreadsheetML workbook: one sheet per table, numbers as numbers, suppressed cells as their text.</summary>
    public static byte[] Xlsx(Rapport rapport)
    {
        ArgumentNullException.ThrowIfNull(rapport);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var sheets = rapport.Tabellen.Select((t, i) => (Naam: SheetNaam(t.Titel, i), Tabel: t)).ToList();
            Write(zip, "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + string.Concat(sheets.Select((_, i) => $"<Override PartName=\"/xl/worksheets/sheet{i + 1}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"))
                + "</Types>");
            Write(zip, "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            Write(zip, "xl/workbook.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                + string.Concat(sheets.Select((s, i) => $"<sheet name=\"{Xml(s.Naam)}\" sheetId=\"{i + 1}\" r:id=\"rId{i + 1}\"/>")) + "</sheets></workbook>");
            Write(zip, "xl/_rels/workbook.xml.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + string.Concat(sheets.Select((_, i) => $"<Relationship Id=\"rId{i + 1}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet{i + 1}.xml\"/>"))
                + "</Relationships>");
            for (var i = 0; i < sheets.Count; i++)
            {
                var t = sheets[i].Tabel;
                var rows = new List<IEnumerable<(string Text, long? Number)>>
                {
                    new[] { (Kop(rapport), (long?)null) },
                    new[] { (t.Titel, (long?)null) },
                    new[] { ("", (long?)null) }.Concat(t.Kolommen.Select(k => (k, (long?)null))),
                };
                rows.AddRange(t.Rijen.Select(r => new[] { (r.Label, (long?)null) }
                    .Concat(r.Cellen.Select(c => (c.Tekst(rapport.Drempel), c.Telling && !c.Verborgen ? c.Waarde : null)))));
                var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
                var r = 0;
                foreach (var row in rows)
                {
                    r++;
                    sb.Append(CultureInfo.InvariantCulture, $"<row r=\"{r}\">");
                    var c = 0;
                    foreach (var (text, number) in row)
                    {
                        var reference = Column(c++) + r.ToString(CultureInfo.InvariantCulture);
                        sb.Append(number is { } n
                            ? $"<c r=\"{reference}\"><v>{n.ToString(CultureInfo.InvariantCulture)}</v></c>"
                            : $"<c r=\"{reference}\" t=\"inlineStr\"><is><t>{Xml(text)}</t></is></c>");
                    }

                    sb.Append("</row>");
                }

                sb.Append("</sheetData></worksheet>");
                Write(zip, $"xl/worksheets/sheet{i + 1}.xml", sb.ToString());
            }
        }

        return buffer.ToArray();
    }

    private static string SheetNaam(string titel, int index)
    {
        var clean = new string(titel.Where(ch => !"[]:*?/\\".Contains(ch, StringComparison.Ordinal)).ToArray());
        var prefix = (index + 1).ToString(CultureInfo.InvariantCulture) + " ";
        return (prefix + clean)[..Math.Min(31, prefix.Length + clean.Length)];
    }

    private static string Column(int index)
    {
        var name = "";
        for (index++; index > 0; index = (index - 1) / 26)
        {
            name = (char)('A' + ((index - 1) % 26)) + name;
        }

        return name;
    }

    private static string Xml(string value) => SecurityElement.Escape(value) ?? "";

    private static void Write(ZipArchive zip, string name, string content)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        var bytes = new UTF8Encoding(false).GetBytes(content);
        stream.Write(bytes);
    }
}
