using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;

namespace ZvhPlatform.Core.Casework;

/// <summary>The cases a person is part of, for the data subject's inzage overview.</summary>
internal sealed class CaseworkDataSource(CaseworkDbContext db) : IPersonDataSource
{
    public string ModuleId => "casework";

    public string DisplayName => "Casussen";

    public async Task<IReadOnlyList<PersonDataSection>> ExportAsync(Guid personId, CancellationToken cancellationToken)
    {
        var rows = await (from p in db.CasusPersonen.AsNoTracking()
                          join c in db.Casussen.AsNoTracking() on p.CasusId equals c.Id
                          where p.PersonId == personId
                          orderby c.GeopendOp
                          select new { c.Kenmerk, c.ModuleId, p.Rol, c.Doel, c.Grondslag, c.GeopendOp, c.AfgeslotenOp, c.AfsluitReden })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new PersonDataSection($"Casus {r.Kenmerk} ({r.ModuleId})",
        [
            new("Rol", r.Rol.ToString()),
            new("Doel", r.Doel),
            new("Grondslag", r.Grondslag),
            new("Geopend op", r.GeopendOp.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)),
            new("Afgesloten op", r.AfgeslotenOp?.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture) ?? "lopend"),
            new("Reden van afsluiten", r.AfsluitReden ?? ""),
        ])).ToList();
    }
}
