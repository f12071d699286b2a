using System.Globalization;
using ZvhPlatform.Core.Features.Import;
using ZvhPlatform.Core.Features.Rapportage;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Web.Hosting;

/// <summary><c>import FILE --region KEY</c> and <c>report caseload ...</c>: the same import and the same figures as the screens.</summary>
internal static class ImportReportCommands
{
    private static string? Arg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static async Task<bool> SetRegionAsync(IServiceProvider sp, string? key)
    {
        var region = key is null ? null : await sp.GetRequiredService<IRegionStore>().FindByKeyAsync(key);
        if (region is null)
        {
            await Console.Error.WriteLineAsync(key is null ? "Geef --region SLEUTEL op." : $"Regio '{key}' bestaat niet.");
            return false;
        }

        sp.GetRequiredService<IRegionContextSetter>().SetRegion(region, "command");
        return true;
    }

    public static async Task<int> ImportAsync(IServiceProvider sp, string[] args)
    {
        var file = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && a != Arg(args, "--region"));
        if (file is null || Arg(args, "--region") is null)
        {
            await Console.Error.WriteLineAsync("Gebruik: import BESTAND.json --region SLEUTEL");
            return 64;
        }

        if (!File.Exists(file))
        {
            await Console.Error.WriteLineAsync($"Bestand '{file}' bestaat niet.");
            return 66;
        }

        if (!await SetRegionAsync(sp, Arg(args, "--region")))
        {
            return 1;
        }

        var importer = sp.GetRequiredService<CaseImporter>();
        var controle = await importer.ControleerAsync(await File.ReadAllBytesAsync(file), CancellationToken.None);
        if (!controle.Geldig)
        {
            await Console.Error.WriteLineAsync($"Het bestand is niet geïmporteerd; er is niets opgeslagen. {controle.Fouten.Count} probleem/problemen:");
            foreach (var fout in controle.Fouten)
            {
                await Console.Error.WriteLineAsync("  " + fout);
            }

            return 65;
        }

        var bestand = controle.Bestand!;
        var resultaat = await importer.VoerUitAsync(bestand, bestand.Bron, verwerkt =>
        {
            Console.WriteLine($"  {verwerkt} van {bestand.Totaal} verwerkt");
            return Task.CompletedTask;
        }, CancellationToken.None);
        Console.WriteLine("Import gereed: " + resultaat);
        return 0;
    }

    public static async Task<int> ReportAsync(IServiceProvider sp, string[] args)
    {
        const string Usage = "Gebruik: report caseload --region SLEUTEL --module ID --from JJJJ-MM-DD --to JJJJ-MM-DD [--format json|csv] [--sub-aanpak NAAM] [--district NAAM]";
        var format = Arg(args, "--format") ?? "json";
        if (args.FirstOrDefault() != "caseload" || Arg(args, "--module") is not { } module || format is not ("json" or "csv")
            || !DateOnly.TryParseExact(Arg(args, "--from"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var van)
            || !DateOnly.TryParseExact(Arg(args, "--to"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var tot) || tot < van)
        {
            await Console.Error.WriteLineAsync(Usage);
            return 64;
        }

        if (!await SetRegionAsync(sp, Arg(args, "--region")))
        {
            return 1;
        }

        var modules = await sp.GetRequiredService<RapportageModules>().ModulesAsync(CancellationToken.None);
        if (!modules.Any(m => m.Id == module))
        {
            await Console.Error.WriteLineAsync($"De regio kent de aanpak '{module}' niet.");
            return 1;
        }

        var rapport = await sp.GetRequiredService<RapportageBerekening>().BerekenAsync(
            new RapportageFilter(module, Arg(args, "--sub-aanpak"), van, tot, Arg(args, "--district")), onderdrukken: false, CancellationToken.None);
        Console.WriteLine(format == "csv" ? RapportExport.CaseloadCsv(rapport) : RapportExport.CaseloadJson(rapport));
        return 0;
    }
}
