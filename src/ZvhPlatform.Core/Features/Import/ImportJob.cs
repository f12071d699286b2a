using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Jobs;

namespace ZvhPlatform.Core.Features.Import;

/// <summary>Runs a queued import in its region; checks the file again (the register may have changed) and records progress for the progress bar.</summary>
internal sealed class ImportJob(CaseworkDbContext db, CaseImporter importer, TimeProvider clock, ILogger<ImportJob> logger) : IRegionJob
{
    public async Task ExecuteAsync(string? argument, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(argument, out var id))
        {
            return;
        }

        var opdracht = await db.ImportOpdrachten.SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (opdracht?.Inhoud is null || opdracht.Status is "Gereed" or "Afgekeurd")
        {
            return;
        }

        opdracht.Status = "Bezig";
        await db.SaveChangesAsync(cancellationToken);
        try
        {
            var controle = await importer.ControleerAsync(Encoding.UTF8.GetBytes(opdracht.Inhoud), cancellationToken);
            if (!controle.Geldig)
            {
                opdracht.Status = "Afgekeurd";
                opdracht.Fouten = string.Join("\n", controle.Fouten);
            }
            else
            {
                var resultaat = await importer.VoerUitAsync(controle.Bestand!, controle.Bestand!.Bron, async verwerkt =>
                {
                    opdracht.Verwerkt = verwerkt;
                    await db.SaveChangesAsync(cancellationToken);
                }, cancellationToken);
                opdracht.Status = "Gereed";
                opdracht.Verwerkt = opdracht.Totaal;
                opdracht.Verslag = resultaat.ToString();
            }
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException)
        {
            logger.LogError(ex, "Import {ImportId} failed", id);
            opdracht.Status = "Mislukt";
            opdracht.Fouten = "De import is onderbroken door een technische fout. Start hetzelfde bestand opnieuw: wat al is geïmporteerd, wordt overgeslagen.";
        }

        opdracht.GereedUtc = clock.GetUtcNow().UtcDateTime;
        if (opdracht.Status != "Mislukt")
        {
            opdracht.Inhoud = null;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
