using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Casusoverleg;

/// <summary>Puts a case (by its kenmerk) on the agenda of a meeting, at the end.</summary>
[RequiresPermission(CorePermissions.CasusoverlegWerken)]
internal sealed record AddAgendaCase(Guid OverlegId, string? Kenmerk) : ICommand;

internal sealed class AddAgendaCaseValidator : IRequestValidator<AddAgendaCase>
{
    public IEnumerable<ValidationProblem> Validate(AddAgendaCase request)
    {
        if (string.IsNullOrWhiteSpace(request.Kenmerk))
        {
            yield return new(nameof(request.Kenmerk), "Vul het kenmerk van de casus in.");
        }
    }
}

internal sealed class AddAgendaCaseHandler(CaseworkDbContext db, Compartments compartments, IAccessLog log) : ICommandHandler<AddAgendaCase>
{
    public async ValueTask<Unit> Handle(AddAgendaCase command, CancellationToken cancellationToken)
    {
        var overleg = await db.OpenOverlegAsync(compartments, command.OverlegId, cancellationToken);
        var kenmerk = command.Kenmerk!.Trim();
        var casus = await db.Casussen.AsNoTracking().SingleOrDefaultAsync(c => c.Kenmerk == kenmerk && c.ModuleId == overleg.ModuleId, cancellationToken);
        if (casus is null || casus.AfgeslotenOp is not null)
        {
            throw new RequestValidationException([new ValidationProblem(nameof(command.Kenmerk),
                $"Er is geen lopende casus met kenmerk {kenmerk} in de aanpak van dit overleg.")]);
        }

        if (overleg.Agenda.Any(a => a.CasusId == casus.Id))
        {
            throw new RequestValidationException([new ValidationProblem(nameof(command.Kenmerk), $"Casus {kenmerk} staat al op de agenda.")]);
        }

        db.Agendapunten.Add(new Agendapunt
        {
            OverlegId = overleg.Id, CasusId = casus.Id, Volgorde = overleg.Agenda.Count == 0 ? 1 : overleg.Agenda.Max(a => a.Volgorde) + 1,
        });
        await db.SaveChangesAsync(cancellationToken);
        await log.RecordAsync(new AccessRecord(AccessAction.Wijzigen, casus.Doel, [], casus.Id, casus.ModuleId, "toegestaan", false, "agenda casusoverleg"),
            cancellationToken);
        return Unit.Value;
    }
}

/// <summary>Takes a case off the agenda (its decisions and actions, if any, stay with the case).</summary>
[RequiresPermission(CorePermissions.CasusoverlegWerken)]
internal sealed record RemoveAgendaItem(Guid OverlegId, Guid ItemId) : ICommand;

internal sealed class RemoveAgendaItemHandler(CaseworkDbContext db, Compartments compartments) : ICommandHandler<RemoveAgendaItem>
{
    public async ValueTask<Unit> Handle(RemoveAgendaItem command, CancellationToken cancellationToken)
    {
        var overleg = await db.OpenOverlegAsync(compartments, command.OverlegId, cancellationToken);
        var item = overleg.Agenda.SingleOrDefault(a => a.Id == command.ItemId) ?? throw new KeyNotFoundException("Agendapunt niet gevonden.");
        db.Agendapunten.Remove(item);
        var volgorde = 0;
        foreach (var rest in overleg.Agenda.Where(a => a.Id != item.Id).OrderBy(a => a.Volgorde))
        {
            rest.Volgorde = ++volgorde;
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

/// <summary>Moves an agenda item one place up or down.</summary>
[RequiresPermission(CorePermissions.CasusoverlegWerken)]
internal sealed record MoveAgendaItem(Guid OverlegId, Guid ItemId, bool Omhoog) : ICommand;

internal sealed class MoveAgendaItemHandler(CaseworkDbContext db, Compartments compartments) : ICommandHandler<MoveAgendaItem>
{
    public async ValueTask<Unit> Handle(MoveAgendaItem command, CancellationToken cancellationToken)
    {
        var overleg = await db.OpenOverlegAsync(compartments, command.OverlegId, cancellationToken);
        var ordered = overleg.Agenda.OrderBy(a => a.Volgorde).ToList();
        var index = ordered.FindIndex(a => a.Id == command.ItemId);
        if (index < 0)
        {
            throw new KeyNotFoundException("Agendapunt niet gevonden.");
        }

        var other = command.Omhoog ? index - 1 : index + 1;
        if (other >= 0 && other < ordered.Count)
        {
            (ordered[index], ordered[other]) = (ordered[other], ordered[index]);
            for (var i = 0; i < ordered.Count; i++)
            {
                ordered[i].Volgorde = i + 1;
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return Unit.Value;
    }
}
