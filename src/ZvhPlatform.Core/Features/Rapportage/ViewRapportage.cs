using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Regions;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Modules;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Core.Features.Rapportage;

/// <summary>
/// The management information of an aanpak in the current region for a period, by district and municipality.
/// Users without <see cref="CorePermissions.RapportageExact"/> (analysts) get small cells suppressed.
/// </summary>
[RequiresPermission(CorePermissions.RapportageInzien)]
internal sealed record ViewRapportage(string ModuleId, string? SubAanpak, DateOnly Van, DateOnly Tot, string? District = null, string? GemeenteCode = null)
    : IQuery<Rapport>;

internal sealed class ViewRapportageValidator : IRequestValidator<ViewRapportage>
{
    public IEnumerable<ValidationProblem> Validate(ViewRapportage request)
    {
        if (string.IsNullOrWhiteSpace(request.ModuleId))
        {
            yield return new(nameof(request.ModuleId), "Kies een aanpak.");
        }

        if (request.Tot < request.Van)
        {
            yield return new(nameof(request.Tot), "De einddatum ligt vóór de begindatum.");
        }
        else if (request.Tot.DayNumber - request.Van.DayNumber > 366 * 10)
        {
            yield return new(nameof(request.Tot), "Kies een periode van hoogstens tien jaar.");
        }
    }
}

internal sealed class ViewRapportageHandler(RapportageBerekening berekening, RapportageModules modules, IRegionDirectory regio, ICurrentUser user,
    RapportageWachtrij wachtrij, IRegionContext regionContext)
    : IQueryHandler<ViewRapportage, Rapport>
{
    public async ValueTask<Rapport> Handle(ViewRapportage query, CancellationToken cancellationToken)
    {
        var bekend = await modules.ModulesAsync(cancellationToken);
        if (!bekend.Any(m => m.Id == query.ModuleId))
        {
            throw new RequestValidationException([new ValidationProblem(nameof(query.ModuleId), "Deze aanpak kent de regio niet.")]);
        }

        var gemeenten = await regio.GemeentenAsync(cancellationToken);
        if (query.District is { } d && !gemeenten.Any(g => g.District == d))
        {
            throw new RequestValidationException([new ValidationProblem(nameof(query.District), "Dit district hoort niet bij de regio.")]);
        }

        if (query.GemeenteCode is { } g && !gemeenten.Any(x => x.CbsCode == g))
        {
            throw new RequestValidationException([new ValidationProblem(nameof(query.GemeenteCode), "Deze gemeente hoort niet bij de regio.")]);
        }

        var filter = new RapportageFilter(query.ModuleId, string.IsNullOrWhiteSpace(query.SubAanpak) ? null : query.SubAanpak.Trim(), query.Van, query.Tot,
            query.District, query.GemeenteCode);
        var onderdrukken = !user.HasPermission(CorePermissions.RapportageExact);
        var sleutel = new RapportSleutel(regionContext.RequiredRegion.Id, filter, onderdrukken);
        return await wachtrij.RapportAsync(sleutel, ct => berekening.BerekenAsync(filter, onderdrukken, ct), cancellationToken);
    }
}

/// <summary>The aanpakken a region can report on: those it has (or had) a contract for, installed or not (history stays reportable).</summary>
internal sealed class RapportageModules(CoreDbContext core, ModuleCatalog catalog)
{
    public async Task<IReadOnlyList<(string Id, string Naam)>> ModulesAsync(CancellationToken ct)
    {
        var ids = await core.Contracts.AsNoTracking().Select(c => c.ModuleId).Distinct().ToListAsync(ct);
        // A module left out of this host shows nothing, not even its contract's id.
        return ids.Where(catalog.Contains).Order(StringComparer.Ordinal).Select(id => (id, catalog.Find(id)!.Manifest.DisplayName)).ToList();
    }
}
