using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Data;

namespace ZvhPlatform.Core.Features.Casework;

/// <summary>A person's roles across cases, only as far as the viewer may see those cases.</summary>
internal sealed record ListCasesOfPerson(Guid PersonId) : IQuery<IReadOnlyList<PersonCaseRow>>;

internal sealed record PersonCaseRow(Guid CaseId, string Kenmerk, string ModuleId, CaseRole Rol, DateOnly GeopendOp, DateOnly? AfgeslotenOp);

internal sealed class ListCasesOfPersonHandler(CaseworkDbContext db, ICaseAccess access) : IQueryHandler<ListCasesOfPerson, IReadOnlyList<PersonCaseRow>>
{
    public async ValueTask<IReadOnlyList<PersonCaseRow>> Handle(ListCasesOfPerson query, CancellationToken cancellationToken)
    {
        var rows = await (from p in db.CasusPersonen.AsNoTracking()
                          join c in db.Casussen.AsNoTracking() on p.CasusId equals c.Id
                          where p.PersonId == query.PersonId
                          orderby c.GeopendOp descending
                          select new PersonCaseRow(c.Id, c.Kenmerk, c.ModuleId, p.Rol, c.GeopendOp, c.AfgeslotenOp)).ToListAsync(cancellationToken);
        var visible = new List<PersonCaseRow>();
        foreach (var row in rows)
        {
            if ((await access.CheckAsync(row.CaseId, cancellationToken)) is { Allowed: true, ViaEmergency: false })
            {
                visible.Add(row);
            }
        }

        return visible;
    }
}
