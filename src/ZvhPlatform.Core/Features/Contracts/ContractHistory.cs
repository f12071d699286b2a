using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Contracts;

/// <summary>Who changed which contract of the region, when and how; newest first.</summary>
[RequiresPermission(CorePermissions.ContractenInzien)]
internal sealed record ContractHistory(Guid? ContractId) : IQuery<IReadOnlyList<ContractChangeRow>>;

internal sealed record ContractChangeRow(DateTime ChangedUtc, string ChangedBy, string ModuleId, string Action, string Description);

internal sealed class ContractHistoryHandler(CoreDbContext db) : IQueryHandler<ContractHistory, IReadOnlyList<ContractChangeRow>>
{
    public async ValueTask<IReadOnlyList<ContractChangeRow>> Handle(ContractHistory query, CancellationToken cancellationToken)
    {
        var changes = db.ContractChanges.AsNoTracking();
        if (query.ContractId is { } id)
        {
            changes = changes.Where(c => c.ContractId == id);
        }

        return await changes.OrderByDescending(c => c.ChangedUtc).Take(500)
            .Select(c => new ContractChangeRow(c.ChangedUtc, c.ChangedBy, c.ModuleId, c.Action, c.Description))
            .ToListAsync(cancellationToken);
    }
}
