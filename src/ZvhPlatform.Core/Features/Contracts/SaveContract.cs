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
using ZvhPlatform.Kernel.Modules;
using ZvhPlatform.Kernel.Outbox;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Contracts;

/// <summary>
/// Creates a contract (no id) or changes one (id and the version the editor saw). A change made
/// meanwhile by someone else is refused, never overwritten.
/// </summary>
[RequiresPermission(CorePermissions.ContractenBeheren)]
internal sealed record SaveContract(
    Guid? Id, string ModuleId, ModuleKind Kind, DateOnly? ValidFrom, DateOnly? ValidTo,
    IReadOnlyList<string> GemeenteCodes, string? Note, long Version) : ICommand<Guid>;

internal sealed class SaveContractValidator(ModuleCatalog catalog) : IRequestValidator<SaveContract>
{
    public IEnumerable<ValidationProblem> Validate(SaveContract request)
    {
        if (string.IsNullOrWhiteSpace(request.ModuleId))
        {
            yield return new(nameof(request.ModuleId), "Kies een module.");
        }
        else if (!catalog.Contains(request.ModuleId))
        {
            yield return new(nameof(request.ModuleId), $"Module '{request.ModuleId}' is niet geïnstalleerd op dit platform.");
        }

        if (!Enum.IsDefined(request.Kind))
        {
            yield return new(nameof(request.Kind), "Kies basistaak of plustaak.");
        }

        if (request.ValidFrom is null)
        {
            yield return new(nameof(request.ValidFrom), "Vul de ingangsdatum in.");
        }
        else if (request.ValidTo is { } to && to < request.ValidFrom)
        {
            yield return new(nameof(request.ValidTo), "De einddatum ligt vóór de ingangsdatum.");
        }

        if (request.Note is { Length: > 2000 })
        {
            yield return new(nameof(request.Note), "De notitie is te lang (maximaal 2000 tekens).");
        }
    }
}

internal sealed class SaveContractHandler(CoreDbContext db, CurrentUser user, IMemoryCache cache, TimeProvider clock)
    : ICommandHandler<SaveContract, Guid>
{
    public async ValueTask<Guid> Handle(SaveContract command, CancellationToken cancellationToken)
    {
        var gemeenten = await db.Gemeenten.AsNoTracking().ToDictionaryAsync(g => g.CbsCode, g => g.Name, cancellationToken);
        var codes = command.GemeenteCodes.Where(c => !string.IsNullOrWhiteSpace(c)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var unknown = codes.Where(c => !gemeenten.ContainsKey(c)).ToList();
        if (unknown.Count > 0)
        {
            throw new RequestValidationException([new ValidationProblem(nameof(command.GemeenteCodes),
                $"Deze gemeenten horen niet bij de regio: {string.Join(", ", unknown)}.")]);
        }

        ModuleContract contract;
        string action;
        string description;
        if (command.Id is { } id)
        {
            contract = await db.Contracts.Include(c => c.Gemeenten).SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
                       ?? throw new KeyNotFoundException("Contract niet gevonden.");
            if (contract.ModuleId != command.ModuleId)
            {
                throw new RequestValidationException([new ValidationProblem(nameof(command.ModuleId),
                    "De module van een bestaand contract kan niet wijzigen; maak een nieuw contract.")]);
            }

            db.Entry(contract).Property(c => c.Version).OriginalValue = command.Version;
            var before = Describe(contract, gemeenten);
            Apply(contract, command, codes);
            description = Diff(before, Describe(contract, gemeenten));
            action = "gewijzigd";
            if (description.Length == 0)
            {
                return contract.Id;
            }
        }
        else
        {
            contract = new ModuleContract { ModuleId = command.ModuleId };
            Apply(contract, command, codes);
            db.Contracts.Add(contract);
            action = "aangemaakt";
            description = string.Join("; ", Describe(contract, gemeenten).Select(kv => $"{kv.Key}: {kv.Value}"));
        }

        db.ContractChanges.Add(new ContractChange
        {
            ContractId = contract.Id,
            ModuleId = contract.ModuleId,
            ChangedUtc = clock.GetUtcNow().UtcDateTime,
            UserId = user.UserId,
            ChangedBy = user.DisplayName,
            Action = action,
            Description = description,
        });
        db.Publish(new ModuleContractChanged(contract.Id, contract.ModuleId, action), clock);
        await db.SaveChangesAsync(cancellationToken);
        ContractEntitlement.Invalidate(cache, db.CurrentRegionId);
        return contract.Id;
    }

    private static void Apply(ModuleContract contract, SaveContract command, List<string> codes)
    {
        contract.Kind = command.Kind;
        contract.ValidFrom = command.ValidFrom!.Value;
        contract.ValidTo = command.ValidTo;
        contract.Note = string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim();
        contract.Gemeenten.RemoveAll(g => !codes.Contains(g.CbsCode, StringComparer.OrdinalIgnoreCase));
        foreach (var code in codes.Where(c => !contract.Gemeenten.Any(g => string.Equals(g.CbsCode, c, StringComparison.OrdinalIgnoreCase))))
        {
            contract.Gemeenten.Add(new ContractGemeente { ContractId = contract.Id, CbsCode = code.ToUpperInvariant() });
        }
    }

    internal static SortedDictionary<string, string> Describe(ModuleContract c, IReadOnlyDictionary<string, string> gemeenten) => new(StringComparer.Ordinal)
    {
        ["Soort"] = c.Kind.ToString().ToLowerInvariant(),
        ["Geldig van"] = c.ValidFrom.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture),
        ["Geldig tot"] = c.ValidTo?.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture) ?? "open",
        ["Gemeenten"] = c.Gemeenten.Count == 0
            ? "hele regio"
            : string.Join(", ", c.Gemeenten.Select(g => gemeenten.GetValueOrDefault(g.CbsCode, g.CbsCode)).Order(StringComparer.Ordinal)),
        ["Notitie"] = c.Note ?? "",
    };

    internal static string Diff(IDictionary<string, string> before, IDictionary<string, string> after) =>
        string.Join("; ", after.Where(kv => before[kv.Key] != kv.Value).Select(kv => $"{kv.Key}: {Show(before[kv.Key])} → {Show(kv.Value)}"));

    private static string Show(string value) => value.Length == 0 ? "(leeg)" : value;
}
