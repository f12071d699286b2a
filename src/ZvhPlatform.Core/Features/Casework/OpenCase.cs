using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Casework;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Casework;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Modules;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Casework;

/// <summary>
/// Opens a case in an aanpak for a person from the register. Refused without a purpose that the
/// region's privacy protocol gives a legal basis for, and for a resident of a municipality the
/// module's contract does not cover.
/// </summary>
[RequiresPermission(CorePermissions.CasussenWerken)]
internal sealed record OpenCase(string ModuleId, Guid PersonId, string Doel) : ICommand<Guid>;

internal sealed class OpenCaseValidator(ModuleCatalog catalog) : IRequestValidator<OpenCase>
{
    public IEnumerable<ValidationProblem> Validate(OpenCase request)
    {
        if (!catalog.Contains(request.ModuleId ?? ""))
        {
            yield return new(nameof(request.ModuleId), "Kies een aanpak.");
        }

        if (string.IsNullOrWhiteSpace(request.Doel))
        {
            yield return new(nameof(request.Doel), "Kies het doel van de casus; zonder doel en grondslag kan er geen casus worden aangemaakt.");
        }
    }
}

internal sealed class OpenCaseHandler(CaseworkDbContext db, CaseOpener opener, IAccessLog log) : ICommandHandler<OpenCase, Guid>
{
    public async ValueTask<Guid> Handle(OpenCase command, CancellationToken cancellationToken)
    {
        var casus = await opener.OpenAsync(command.ModuleId, command.PersonId, command.Doel, CasusStatus.InRegie, "Casus geopend", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await log.RecordAsync(new AccessRecord(AccessAction.Aanmaken, casus.Doel, [casus.HoofdpersoonId], casus.Id, command.ModuleId, "toegestaan", false, "casus"),
            cancellationToken);
        return casus.Id;
    }
}
