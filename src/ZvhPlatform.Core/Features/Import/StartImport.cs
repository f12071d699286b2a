using System.Text;
using Mediator;
using ZvhPlatform.Core.Access;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Jobs;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Import;

/// <summary>
/// Starts an import from an uploaded file: the whole file is checked first; with any problem nothing is written and
/// every problem is returned with its line. A valid file is queued as a background job whose progress the browser polls.
/// </summary>
[RequiresPermission(CorePermissions.ImportUitvoeren)]
internal sealed record StartImport(string Bestandsnaam, byte[] Inhoud) : ICommand<StartImportResult>;

internal sealed record StartImportResult(Guid? OpdrachtId, IReadOnlyList<ImportFout> Fouten);

internal sealed class StartImportValidator : IRequestValidator<StartImport>
{
    public const int MaximumBytes = 50 * 1024 * 1024;

    public IEnumerable<ValidationProblem> Validate(StartImport request)
    {
        if (request.Inhoud is null || request.Inhoud.Length == 0)
        {
            yield return new(nameof(request.Inhoud), "Kies een importbestand (JSON).");
        }
        else if (request.Inhoud.Length > MaximumBytes)
        {
            yield return new(nameof(request.Inhoud), "Het bestand is groter dan 50 MB; splits het in delen.");
        }
    }
}

internal sealed class StartImportHandler(CaseImporter importer, CaseworkDbContext db, IRegionJobClient jobs, CurrentUser user, TimeProvider clock)
    : ICommandHandler<StartImport, StartImportResult>
{
    public async ValueTask<StartImportResult> Handle(StartImport command, CancellationToken cancellationToken)
    {
        var controle = await importer.ControleerAsync(command.Inhoud, cancellationToken);
        if (!controle.Geldig)
        {
            return new StartImportResult(null, controle.Fouten);
        }

        var opdracht = new ImportOpdracht
        {
            Bestandsnaam = Path.GetFileName(command.Bestandsnaam ?? "import.json"), Inhoud = Encoding.UTF8.GetString(command.Inhoud), Totaal = controle.Bestand!.Totaal,
            Door = user.DisplayName, AangemaaktUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.ImportOpdrachten.Add(opdracht);
        await db.SaveChangesAsync(cancellationToken);
        jobs.Enqueue<ImportJob>(opdracht.Id.ToString());
        return new StartImportResult(opdracht.Id, []);
    }
}
