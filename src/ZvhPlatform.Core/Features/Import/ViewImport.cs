using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Import;

/// <summary>An import's progress and result report (without the file's content).</summary>
[RequiresPermission(CorePermissions.ImportUitvoeren)]
internal sealed record ViewImport(Guid Id) : IQuery<ImportStand>;

internal sealed record ImportStand(Guid Id, string Bestandsnaam, string Status, int Totaal, int Verwerkt, string? Fouten, string? Verslag, string Door,
    DateTime AangemaaktUtc, DateTime? GereedUtc)
{
    public bool Klaar => Status is "Gereed" or "Afgekeurd" or "Mislukt";
}

internal sealed class ViewImportHandler(CaseworkDbContext db) : IQueryHandler<ViewImport, ImportStand>
{
    public async ValueTask<ImportStand> Handle(ViewImport query, CancellationToken cancellationToken) =>
        await db.ImportOpdrachten.AsNoTracking().Where(o => o.Id == query.Id)
            .Select(o => new ImportStand(o.Id, o.Bestandsnaam, o.Status, o.Totaal, o.Verwerkt, o.Fouten, o.Verslag, o.Door, o.AangemaaktUtc, o.GereedUtc))
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new KeyNotFoundException("Import niet gevonden.");
}
