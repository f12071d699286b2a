using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Modules.CoVeCa.Data;

namespace ZvhPlatform.Modules.CoVeCa.Features.Criteria;

/// <summary>
/// Rewords a criterion. Answers already given keep pointing at it, so a rewording should keep its meaning;
/// a different criterion is a new one (and the old one deactivated).
/// </summary>
[RequiresPermission(CoVeCaModule.CriteriaBeheren)]
internal sealed record RewordCriterium(Guid Id, string Tekst, long Version) : ICommand;

internal sealed class RewordCriteriumValidator : IRequestValidator<RewordCriterium>
{
    public IEnumerable<ValidationProblem> Validate(RewordCriterium request) => CriteriumTekst.Problems(request.Tekst);
}

internal sealed class RewordCriteriumHandler(CoVeCaDbContext db) : ICommandHandler<RewordCriterium>
{
    public async ValueTask<Unit> Handle(RewordCriterium command, CancellationToken cancellationToken)
    {
        var criterium = await db.Criteria.SingleOrDefaultAsync(c => c.Id == command.Id, cancellationToken)
                        ?? throw new KeyNotFoundException("Criterium niet gevonden.");
        var tekst = command.Tekst.Trim();
        await CriteriumTekst.EnsureUniqueAsync(db, criterium.Soort, tekst, criterium.Id, cancellationToken);
        db.Entry(criterium).Property(c => c.Version).OriginalValue = command.Version;
        criterium.Tekst = tekst;
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
