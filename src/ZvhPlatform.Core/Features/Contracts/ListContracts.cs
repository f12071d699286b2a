using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Modules;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Contracts;

/// <summary>The region's module contracts, with their municipalities and status on a date.</summary>
[RequiresPermission(CorePermissions.ContractenInzien)]
internal sealed record ListContracts(DateOnly Today) : IQuery<ContractOverview>;

internal sealed record ContractOverview(IReadOnlyList<ContractRow> Contracts, IReadOnlyList<ModuleOption> Modules);

internal sealed record ModuleOption(string Id, string DisplayName, ModuleKind DefaultKind);

internal sealed record ContractRow(
    Guid Id, string ModuleId, string ModuleName, bool Installed, ModuleKind Kind, DateOnly ValidFrom, DateOnly? ValidTo,
    IReadOnlyList<string> Gemeenten, IReadOnlyList<string> GemeenteCodes, string? Note, long Version, string Status);

internal sealed class ListContractsHandler(CoreDbContext db, ModuleCatalog catalog) : IQueryHandler<ListContracts, ContractOverview>
{
    public async ValueTask<ContractOverview> Handle(ListContracts query, CancellationToken cancellationToken)
    {
        var gemeenten = await db.Gemeenten.AsNoTracking().ToDictionaryAsync(g => g.CbsCode, g => g.Name, cancellationToken);
        var contracts = await db.Contracts.AsNoTracking().Include(c => c.Gemeenten)
            .OrderBy(c => c.ModuleId).ThenBy(c => c.ValidFrom).ToListAsync(cancellationToken);
        var rows = contracts.Select(c =>
        {
            var module = catalog.Find(c.ModuleId);
            var status = c.InForceOn(query.Today) ? "actief" : c.ValidFrom > query.Today ? "toekomstig" : "beëindigd";
            return new ContractRow(c.Id, c.ModuleId, module?.Manifest.DisplayName ?? c.ModuleId, module is not null, c.Kind,
                c.ValidFrom, c.ValidTo,
                c.Gemeenten.Select(g => gemeenten.GetValueOrDefault(g.CbsCode, g.CbsCode)).Order(StringComparer.Ordinal).ToList(),
                c.Gemeenten.Select(g => g.CbsCode).ToList(),
                c.Note, c.Version, status);
        }).ToList();
        var modules = catalog.Modules.Select(m => new ModuleOption(m.Manifest.Id, m.Manifest.DisplayName, m.Manifest.DefaultKind)).ToList();
        return new ContractOverview(rows, modules);
    }
}
