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
        // First which aanpak and gemeente the open cases have, then only the cases of the aanpakken with a contract that
        // ended: the page used to read every open case of the region (12,120 in the largest national region, ~100 ms).
        var pairs = await db.Casussen.AsNoTracking().Where(c => c.AfgeslotenOp == null && !closed.Contains(c.ModuleId))
            .Select(c => new { c.ModuleId, c.GemeenteCode }).Distinct()
            .ToListAsync(cancellationToken);
        var refused = new Dictionary<(string, string?), string>();
        foreach (var key in pairs)
        {
            var decision = await scope.CheckAsync(key.ModuleId, key.GemeenteCode, cancellationToken);
            if (!decision.Allowed)
            {
                refused[(key.ModuleId, key.GemeenteCode)] = decision.Reason ?? "Niet meer afgenomen.";
            }
        }

        if (refused.Count == 0)
        {
            return new AfTeSluiten(RegieSupport.Today(clock), []);
        }

        var modules = refused.Keys.Select(k => k.Item1).Distinct().ToList();
        var open = (await db.Casussen.AsNoTracking().Where(c => c.AfgeslotenOp == null && modules.Contains(c.ModuleId))
                .OrderBy(c => c.GeopendOp).ThenBy(c => c.Kenmerk)
                .Select(c => new { c.Id, c.Kenmerk, c.ModuleId, c.GemeenteCode, c.Status, c.GeopendOp, c.ProcesregisseurNaam })
                .ToListAsync(cancellationToken))
            .Where(c => refused.ContainsKey((c.ModuleId, c.GemeenteCode))).ToList();

        var namen = await core.Gemeenten.AsNoTracking().ToDictionaryAsync(g => g.CbsCode, g => g.Name, cancellationToken);
        var contracts = await core.Contracts.AsNoTracking().Include(c => c.Gemeenten).ToListAsync(cancellationToken);
        var aanpakken = open.GroupBy(c => c.ModuleId)
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
                                covering.Count == 0 ? null : covering.Max(c => c.ValidTo), refused[(m.Key, g.Key)],
                                g.Select(c => new AfTeSluitenCasus(c.Id, c.Kenmerk, c.Status, c.GeopendOp, c.ProcesregisseurNaam)).ToList());
                        })
                        .OrderBy(g => g.Gemeente, StringComparer.CurrentCulture).ToList());
            })
            .OrderBy(a => a.Naam, StringComparer.CurrentCulture).ToList();
        return new AfTeSluiten(RegieSupport.Today(clock), aanpakken);
    }
}
