using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Modules.CoVeCa.Data;

namespace ZvhPlatform.Modules.CoVeCa.Features.Criteria;

/// <summary>Adds a selection or closing criterion to the region's checklist.</summary>
[RequiresPermission(CoVeCaModule.CriteriaBeheren)]
internal sealed record AddCriterium(CriteriumSoort Soort, string Tekst) : ICommand;

internal sealed class AddCriteriumValidator : IRequestValidator<AddCriterium>
{
    public IEnumerable<ValidationProblem> Validate(AddCriterium request) => CriteriumTekst.Problems(request.Tekst);
}

internal sealed class AddCriteriumHandler(CoVeCaDbContext db, CriteriaCatalog catalog) : ICommandHandler<AddCriterium>
{
    public async ValueTask<Unit> Handle(AddCriterium command, CancellationToken cancellationToken)
    {
        await catalog.EnsureDefaultsAsync(cancellationToken);
        var tekst = command.Tekst.Trim();
        await CriteriumTekst.EnsureUniqueAsync(db, command.Soort, tekst, null, cancellationToken);
        var last = await db.Criteria.Where(c => c.Soort == command.Soort).MaxAsync(c => (int?)c.Volgorde, cancellationToken) ?? 0;
        db.Criteria.Add(new Criterium { Soort = command.Soort, Tekst = tekst, Volgorde = last + 1 });
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

/// <summary>The rules for a criterion's wording, shared by adding and rewording.</summary>
internal static class CriteriumTekst
{
    public static IEnumerable<ValidationProblem> Problems(string? tekst)
    {
        if (string.IsNullOrWhiteSpace(tekst))
        {
            yield return new("Tekst", "Vul de tekst van het criterium in.");
        }
        else if (tekst.Trim().Length > 300)
        {
            yield return new("Tekst", "De tekst van een criterium is maximaal 300 tekens.");
        }
    }

    public static async Task EnsureUniqueAsync(CoVeCaDbContext db, CriteriumSoort soort, string tekst, Guid? self, CancellationToken cancellationToken)
    {
        if (await db.Criteria.AnyAsync(c => c.Soort == soort && c.Tekst == tekst && c.Id != self, cancellationToken))
        {
            throw new RequestValidationException([new ValidationProblem("Tekst", $"Het criterium \"{tekst}\" staat al op deze lijst.")]);
        }
    }
}
