using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using ZvhPlatform.Core.Access;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Events;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Entitlement;
using ZvhPlatform.Core.Regions;
using ZvhPlatform.Kernel.Outbox;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Contracts;

/// <summary>Ends a contract on a date (its last day in force). Contracts are never deleted: invoicing needs them.</summary>
[RequiresPermission(CorePermissions.ContractenBeheren)]
internal sealed record EndContract(Guid Id, DateOnly? LastDay, long Version) : ICommand;

internal sealed class EndContractValidator : IRequestValidator<EndContract>
{
    public IEnumerable<ValidationProblem> Validate(EndContract request)
    {
        if (request.LastDay is null)
        {
            yield return new(nameof(request.LastDay), "Vul de laatste dag van het contract in.");
        }
    }
}

internal sealed class EndContractHandler(CoreDbContext db, CurrentUser user, IMemoryCache cache, TimeProvider clock) : ICommandHandler<EndContract>
{
    public async ValueTask<Unit> Handle(EndContract command, CancellationToken cancellationToken)
    {
        var contract = await db.Contracts.SingleOrDefaultAsync(c => c.Id == command.Id, cancellationToken)
                       ?? throw new KeyNotFoundException("Contract niet gevonden.");
        var lastDay = command.LastDay!.Value;
        if (lastDay < contract.ValidFrom.AddDays(-1))
        {
            throw new RequestValidationException([new ValidationProblem(nameof(command.LastDay),
                "De laatste dag ligt vóór de ingangsdatum van het contract.")]);
        }

        db.Entry(contract).Property(c => c.Version).OriginalValue = command.Version;
        var before = contract.ValidTo?.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture) ?? "open";
        contract.ValidTo = lastDay;
        db.ContractChanges.Add(new ContractChange
        {
            ContractId = contract.Id,
            ModuleId = contract.ModuleId,
            ChangedUtc = clock.GetUtcNow().UtcDateTime,
            UserId = user.UserId,
            ChangedBy = user.DisplayName,
            Action = "beeindigd",
            Description = $"Geldig tot: {before} → {lastDay.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)}",
        });
        db.Publish(new ModuleContractChanged(contract.Id, contract.ModuleId, "beeindigd"), clock);
        await db.SaveChangesAsync(cancellationToken);
        ContractEntitlement.Invalidate(cache, db.CurrentRegionId);
        return Unit.Value;
    }
}
