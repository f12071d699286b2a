using Mediator;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Modules.Nazorg.Data;

namespace ZvhPlatform.Modules.Nazorg.Features.Meldingen;

/// <summary>The trajectbegeleiding and fasehuis fields as entered.</summary>
internal sealed record TrajectInvoer(string? Trajectbegeleider, string? Reden, DateOnly? Vanaf, DateOnly? Tot, string? Fasehuis, DateOnly? FasehuisVanaf,
    DateOnly? FasehuisTot);

/// <summary>
/// Records trajectbegeleiding (outreach by the trajectbegeleider when regular nazorg falls short: who, why, from and to)
/// and a fasehuis placement (which house, from and to). Empty fields clear them.
/// </summary>
[RequiresPermission(NazorgModule.Werken)]
internal sealed record SaveTraject(Guid Id, TrajectInvoer Invoer, long Version) : ICommand;

internal sealed class SaveTrajectValidator : IRequestValidator<SaveTraject>
{
    public IEnumerable<ValidationProblem> Validate(SaveTraject request)
    {
        var t = request.Invoer;
        var begeleiding = !string.IsNullOrWhiteSpace(t.Trajectbegeleider);
        if (begeleiding && (t.Vanaf is null || string.IsNullOrWhiteSpace(t.Reden)))
        {
            yield return new("Trajectbegeleiding", "Vul bij trajectbegeleiding de begindatum en de reden in (waarom de reguliere nazorg tekortschiet).");
        }

        if (!begeleiding && (t.Vanaf is not null || t.Tot is not null || !string.IsNullOrWhiteSpace(t.Reden)))
        {
            yield return new("Trajectbegeleiding", "Vul de trajectbegeleider in, of maak de velden van de trajectbegeleiding leeg.");
        }

        if (t.Vanaf is { } v && t.Tot is { } e && e < v)
        {
            yield return new("Trajectbegeleiding", "De trajectbegeleiding eindigt vóór de begindatum.");
        }

        var fasehuis = !string.IsNullOrWhiteSpace(t.Fasehuis);
        if (fasehuis && t.FasehuisVanaf is null)
        {
            yield return new("Fasehuis", "Vul de datum van plaatsing in het fasehuis in.");
        }

        if (!fasehuis && (t.FasehuisVanaf is not null || t.FasehuisTot is not null))
        {
            yield return new("Fasehuis", "Vul het fasehuis in, of maak de data van de plaatsing leeg.");
        }

        if (t.FasehuisVanaf is { } fv && t.FasehuisTot is { } ft && ft < fv)
        {
            yield return new("Fasehuis", "Het verblijf in het fasehuis eindigt vóór de plaatsing.");
        }

        if (t.Trajectbegeleider is { Length: > 200 } || t.Fasehuis is { Length: > 200 } || t.Reden is { Length: > 1000 })
        {
            yield return new("Trajectbegeleiding", "Namen zijn maximaal 200 tekens, de reden maximaal 1000.");
        }
    }
}

internal sealed class SaveTrajectHandler(NazorgDbContext db, IAccessLog log) : ICommandHandler<SaveTraject>
{
    public async ValueTask<Unit> Handle(SaveTraject command, CancellationToken cancellationToken)
    {
        var melding = await NazorgRecord.LoadForChangeAsync(db, command.Id, command.Version, cancellationToken);
        NazorgRecord.EnsureStatus(melding, MeldingStatus.Actief);
        var t = command.Invoer;
        melding.Trajectbegeleider = Clean(t.Trajectbegeleider);
        melding.TrajectbegeleidingReden = melding.Trajectbegeleider is null ? null : Clean(t.Reden);
        melding.TrajectbegeleidingVanaf = melding.Trajectbegeleider is null ? null : t.Vanaf;
        melding.TrajectbegeleidingTot = melding.Trajectbegeleider is null ? null : t.Tot;
        melding.Fasehuis = Clean(t.Fasehuis);
        melding.FasehuisVanaf = melding.Fasehuis is null ? null : t.FasehuisVanaf;
        melding.FasehuisTot = melding.Fasehuis is null ? null : t.FasehuisTot;
        NazorgRecord.Touch(db, melding);
        await db.SaveChangesAsync(cancellationToken);
        await log.RecordAsync(new AccessRecord(AccessAction.Wijzigen, Purposes.Procesregie, [melding.PersoonId], null, NazorgModule.Id, "toegestaan", false,
            "trajectbegeleiding en fasehuis"), cancellationToken);
        return Unit.Value;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
