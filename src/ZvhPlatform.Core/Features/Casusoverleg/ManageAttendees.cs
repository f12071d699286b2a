using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Partners;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Partners;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Core.Features.Casusoverleg;

/// <summary>Invites a user of the region who may see the agenda's cases: the bureau's staff or a participant of one of the cases.</summary>
[RequiresPermission(CorePermissions.CasusoverlegWerken)]
internal sealed record AddAttendee(Guid OverlegId, Guid? UserId) : ICommand;

internal sealed class AddAttendeeValidator : IRequestValidator<AddAttendee>
{
    public IEnumerable<ValidationProblem> Validate(AddAttendee request)
    {
        if (request.UserId is null || request.UserId == Guid.Empty)
        {
            yield return new(nameof(request.UserId), "Kies wie u wilt uitnodigen.");
        }
    }
}

internal sealed class AddAttendeeHandler(CaseworkDbContext db, IdentityStoreDbContext identity, IRegionContext region, Compartments compartments)
    : ICommandHandler<AddAttendee>
{
    public async ValueTask<Unit> Handle(AddAttendee command, CancellationToken cancellationToken)
    {
        var overleg = await db.OpenOverlegAsync(compartments, command.OverlegId, cancellationToken);
        var allowed = await RegieSupport.AllowedUsersAsync(db, identity, region.RequiredRegion.Id, overleg.Agenda.Select(a => a.CasusId).ToList(),
            cancellationToken);
        var user = allowed.SingleOrDefault(u => u.UserId == command.UserId && (u.Staf || u.Casussen.Count > 0))
                   ?? throw new RequestValidationException([new ValidationProblem(nameof(command.UserId),
                       "Alleen medewerkers van het Zorg- en Veiligheidshuis en deelnemers aan een casus op de agenda kunnen worden uitgenodigd. " +
                       "Anderen nemen deel als incidentele deelnemer met een geheimhoudingsverklaring.")]);
        if (overleg.Deelnemers.All(d => d.UserId != user.UserId))
        {
            db.OverlegDeelnemers.Add(new OverlegDeelnemer { OverlegId = overleg.Id, UserId = user.UserId, Naam = user.Naam, Organisatie = user.Organisatie });
            await db.SaveChangesAsync(cancellationToken);
        }

        return Unit.Value;
    }
}

/// <summary>Invites an incidental participant; only with a geheimhoudingsverklaring valid on the day of the meeting.</summary>
[RequiresPermission(CorePermissions.CasusoverlegWerken)]
internal sealed record AddIncidentalAttendee(Guid OverlegId, string? Naam, string? Organisatie, string? Email) : ICommand;

internal sealed class AddIncidentalAttendeeValidator : IRequestValidator<AddIncidentalAttendee>
{
    public IEnumerable<ValidationProblem> Validate(AddIncidentalAttendee request)
    {
        if (string.IsNullOrWhiteSpace(request.Naam) || request.Naam.Trim().Length > 200)
        {
            yield return new(nameof(request.Naam), "Vul de naam van de incidentele deelnemer in (maximaal 200 tekens).");
        }

        if (string.IsNullOrWhiteSpace(request.Email))
        {
            yield return new(nameof(request.Email), "Vul het e-mailadres in waarmee de geheimhoudingsverklaring is vastgelegd.");
        }

        if ((request.Organisatie?.Trim().Length ?? 0) > 200)
        {
            yield return new(nameof(request.Organisatie), "De organisatie is te lang (maximaal 200 tekens).");
        }
    }
}

internal sealed class AddIncidentalAttendeeHandler(CaseworkDbContext db, PartnersDbContext partnersDb, IPartnerDirectory partners, Compartments compartments,
    TimeProvider clock) : ICommandHandler<AddIncidentalAttendee>
{
    public async ValueTask<Unit> Handle(AddIncidentalAttendee command, CancellationToken cancellationToken)
    {
        var overleg = await db.OpenOverlegAsync(compartments, command.OverlegId, cancellationToken);
        var datum = DateOnly.FromDateTime(RegieSupport.ToLocal(overleg.Aanvang, clock));
        var decision = await partners.CheckIncidentalParticipantAsync(command.Email!, datum, cancellationToken);
        if (!decision.Allowed)
        {
            throw new RequestValidationException([new ValidationProblem(nameof(command.Email), decision.Reason ?? "Geen geldige geheimhoudingsverklaring.")]);
        }

        var email = PartnerRules.NormalizeEmail(command.Email!);
        var verklaring = await partnersDb.Geheimhoudingsverklaringen.AsNoTracking()
            .Where(g => g.Email == email && g.OndertekendOp <= datum && (g.GeldigTot == null || g.GeldigTot >= datum))
            .OrderByDescending(g => g.OndertekendOp).Select(g => (Guid?)g.Id).FirstOrDefaultAsync(cancellationToken);
        if (overleg.Deelnemers.Any(d => d.GeheimhoudingsverklaringId is not null && d.GeheimhoudingsverklaringId == verklaring))
        {
            return Unit.Value;
        }

        db.OverlegDeelnemers.Add(new OverlegDeelnemer
        {
            OverlegId = overleg.Id, Naam = command.Naam!.Trim(), Organisatie = string.IsNullOrWhiteSpace(command.Organisatie) ? null : command.Organisatie.Trim(),
            Incidenteel = true, GeheimhoudingsverklaringId = verklaring,
        });
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

/// <summary>Records whether an attendee was present.</summary>
[RequiresPermission(CorePermissions.CasusoverlegWerken)]
internal sealed record MarkAttendance(Guid OverlegId, Guid DeelnemerId, bool Aanwezig) : ICommand;

internal sealed class MarkAttendanceHandler(CaseworkDbContext db, Compartments compartments) : ICommandHandler<MarkAttendance>
{
    public async ValueTask<Unit> Handle(MarkAttendance command, CancellationToken cancellationToken)
    {
        var overleg = await db.OpenOverlegAsync(compartments, command.OverlegId, cancellationToken);
        var deelnemer = overleg.Deelnemers.SingleOrDefault(d => d.Id == command.DeelnemerId) ?? throw new KeyNotFoundException("Deelnemer niet gevonden.");
        deelnemer.Aanwezig = command.Aanwezig;
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
