using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Import;

/// <summary>The region's most recent imports.</summary>
[RequiresPermission(CorePermissions.ImportUitvoeren)]
internal sealed record ListImports : IQuery<IReadOnlyList<ImportStand>>;

internal sealed class ListImportsHandler(CaseworkDbContext db) : IQueryHandler<ListImports, IReadOnlyList<ImportStand>>
{
    public async ValueTask<IReadOnlyList<ImportStand>> Handle(ListImports query, CancellationToken cancellationToken) =>
        await db.ImportOpdrachten.AsNoTracking().OrderByDescending(o => o.AangemaaktUtc).Take(20)
            .Select(o => new ImportStand(o.Id, o.Bestandsnaam, o.Status, o.Totaal, o.Verwerkt, o.Fouten, o.Verslag, o.Door, o.AangemaaktUtc, o.GereedUtc))
            .ToListAsync(cancellationToken);
}
