using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Modules;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Contracts;

/// <summary>
/// "Af te sluiten of over te dragen": the open cases whose aanpak is no longer contracted for their municipality today
/// (a plustaak that ended), per aanpak and municipality, so the coordinator closes or hands them over. References only.
/// </summary>
[RequiresPermission(CorePermissions.AfbouwInzien)]
internal sealed record ListAfTeSluiten : IQuery<AfTeSluiten>;

internal sealed record AfTeSluitenCasus(Guid Id, string Kenmerk, CasusStatus Status, DateOnly GeopendOp, string? ProcesregisseurNaam);

internal sealed record AfTeSluitenGemeente(string? GemeenteCode, string Gemeente, DateOnly? ContractTot, string Reden, IReadOnlyList<AfTeSluitenCasus> Casussen);

internal sealed record AfTeSluitenAanpak(string ModuleId, string Naam, ModuleKind? Soort, IReadOnlyList<AfTeSluitenGemeente> Gemeenten)
{
    public int Aantal => Gemeenten.Sum(g => g.Casussen.Count);
}

internal sealed record AfTeSluiten(DateOnly Peildatum, IReadOnlyList<AfTeSluitenAanpak> Aanpakken);

internal sealed class ListAfTeSluitenHandler(CaseworkDbContext db, CoreDbContext core, CaseContractScope scope, Compartments compartments, ModuleCatalog catalog,
    TimeProvider clock) : IQueryHandler<ListAfTeSluiten, AfTeSluiten>
{
    public async ValueTask<AfTeSluiten> Handle(ListAfTeSluiten query, CancellationToken cancellationToken)
    {
        var closed = compartments.ClosedModules.ToList();
        var open = await db.Casussen.AsNoTracking().Where(c => c.AfgeslotenOp == null && !closed.Contains(c.ModuleId))
            .OrderBy(c => c.GeopendOp).ThenBy(c => c.Kenmerk)
            .Select(c => new { c.Id, c.Kenmerk, c.ModuleId, c.GemeenteCode, c.Status, c.GeopendOp, c.ProcesregisseurNaam })
            .ToListAsync(cancellationToken);
        var refused = new Dictionary<(string, string?), string?>();
        foreach (var key in open.Select(c => (c.ModuleId, c.GemeenteCode)).Distinct())
        {
            var decision = await scope.CheckAsync(key.ModuleId, key.GemeenteCode, cancellationToken);
            refused[key] = decision.Allowed ? null : decision.Reason ?? "Niet meer afgenomen.";
        }

        var namen = await core.Gemeenten.AsNoTracking().ToDictionaryAsync(g => g.CbsCode, g => g.Name, cancellationToken);
        var contracts = await core.Contracts.AsNoTracking().Include(c => c.Gemeenten).ToListAsync(cancellationToken);
        var aanpakken = open.Where(c => refused[(c.ModuleId, c.GemeenteCode)] is not null)
            .GroupBy(c => c.ModuleId)
            .Select(m =>
            {
                var module = catalog.Find(m.Key);
                var ofModule = contracts.Where(c => c.ModuleId == m.Key).ToList();
                return new AfTeSluitenAanpak(m.Key, module?.Manifest.DisplayName ?? m.Key, ofModule.LastOrDefault()?.Kind,
                    m.GroupBy(c => c.GemeenteCode)
                        .Select(g =>
                        {
                            var covering = ofModule.Where(c => c.CoversWholeRegion || (g.Key is not null && c.Gemeenten.Any(x => x.CbsCode == g.Key))).ToList();
                            return new AfTeSluitenGemeente(g.Key, g.Key is null ? "Gemeente onbekend" : namen.GetValueOrDefault(g.Key, g.Key),
                                covering.Count == 0 ? null : covering.Max(c => c.ValidTo), refused[(m.Key, g.Key)]!,
                                g.Select(c => new AfTeSluitenCasus(c.Id, c.Kenmerk, c.Status, c.GeopendOp, c.ProcesregisseurNaam)).ToList());
                        })
                        .OrderBy(g => g.Gemeente, StringComparer.CurrentCulture).ToList());
            })
            .OrderBy(a => a.Naam, StringComparer.CurrentCulture).ToList();
        return new AfTeSluiten(RegieSupport.Today(clock), aanpakken);
    }
}
