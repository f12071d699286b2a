using System.Reflection;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Entitlement;
using ZvhPlatform.Kernel.Modules;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Kernel.Requests;

/// <summary>Runs every <see cref="IRequestValidator{TRequest}"/> for the message and refuses invalid ones.</summary>
public sealed class ValidationBehaviour<TMessage, TResponse>(IEnumerable<IRequestValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    /// <inheritdoc />
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        var problems = validators.SelectMany(v => v.Validate(message)).ToList();
        if (problems.Count > 0)
        {
            throw new RequestValidationException(problems);
        }

        return next(message, cancellationToken);
    }
}

/// <summary>
/// Refuses a module's requests when the current region has no contract for the module today, and
/// municipality-scoped requests when the person's municipality is outside the contract.
/// </summary>
public sealed class EntitlementBehaviour<TMessage, TResponse>(
    ModuleCatalog catalog, IRegionContext region, IModuleEntitlement entitlement, TimeProvider clock)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    /// <inheritdoc />
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        var moduleId = ModuleOf(message.GetType(), catalog);
        if (moduleId is not null)
        {
            var current = region.Region ?? throw new RegionRequiredException();
            var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            if (!await entitlement.IsEnabledAsync(current.Id, moduleId, today, cancellationToken))
            {
                throw new ModuleNotEntitledException($"Deze regio heeft de module '{moduleId}' niet (meer) afgenomen.");
            }

            if (message is IMunicipalityScopedRequest scoped)
            {
                var decision = await entitlement.CheckMunicipalityAsync(current.Id, moduleId, scoped.GemeenteCode, today, cancellationToken);
                if (!decision.Allowed)
                {
                    // The region has the module, just not for this resident: a correctable input problem.
                    throw new RequestValidationException([new ValidationProblem(nameof(IMunicipalityScopedRequest.GemeenteCode),
                        decision.Reason ?? "Deze gemeente heeft deze taak niet afgenomen.")]);
                }
            }
        }

        return await next(message, cancellationToken);
    }

    /// <summary>The module a message type belongs to, or null when it is a core message.</summary>
    public static string? ModuleOf(Type messageType, ModuleCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(messageType);
        ArgumentNullException.ThrowIfNull(catalog);
        var owner = catalog.ModuleIdOf(messageType);
        if (owner is null && ModuleCatalog.IsModuleAssembly(messageType.Assembly))
        {
            // A module assembly that is referenced but not composed into this host: its requests never run.
            throw new ModuleNotEntitledException("Deze module is niet geïnstalleerd.");
        }

        return owner;
    }
}

/// <summary>Checks the permission a request declares with <see cref="RequiresPermissionAttribute"/>.</summary>
public sealed class AuthorizationBehaviour<TMessage, TResponse>(ICurrentUser user) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly string? Permission = typeof(TMessage).GetCustomAttribute<RequiresPermissionAttribute>()?.Permission;

    /// <inheritdoc />
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (Permission is not null && !user.HasPermission(Permission))
        {
            throw new RequestForbiddenException("U heeft geen recht op deze handeling.");
        }

        return next(message, cancellationToken);
    }
}

/// <summary>
/// Wraps <see cref="ITransactionalRequest"/> handlers in a transaction on the owning module's
/// context (or the core's), so the data and its outbox messages commit together.
/// </summary>
public sealed class TransactionBehaviour<TMessage, TResponse>(IServiceProvider services, ModuleCatalog catalog, ModuleDbContextRegistry contexts)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    /// <inheritdoc />
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (message is not ITransactionalRequest)
        {
            return await next(message, cancellationToken);
        }

        var moduleId = catalog.ModuleIdOf(message.GetType()) ?? ModuleDbContextRegistry.CoreModuleId;
        var db = (DbContext)services.GetRequiredService(contexts.ContextTypeOf(moduleId));
        if (db.Database.CurrentTransaction is not null)
        {
            return await next(message, cancellationToken);
        }

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var response = await next(message, ct);
            await transaction.CommitAsync(ct);
            return response;
        }, cancellationToken);
    }
}

/// <summary>Which DbContext type belongs to which module (the core registers itself as "core").</summary>
public sealed class ModuleDbContextRegistry
{
    /// <summary>The id the core registers its context under.</summary>
    public const string CoreModuleId = "core";

    private readonly Dictionary<string, Type> _byModule = new(StringComparer.Ordinal);

    /// <summary>Registers a context type for a module.</summary>
    public void Register(string moduleId, Type contextType) => _byModule[moduleId] = contextType;

    /// <summary>The context type of a module.</summary>
    public Type ContextTypeOf(string moduleId) =>
        _byModule.TryGetValue(moduleId, out var t) ? t
        : throw new InvalidOperationException($"Module '{moduleId}' registered no DbContext.");

    /// <summary>All registered context types, keyed by module id.</summary>
    public IReadOnlyDictionary<string, Type> All => _byModule;
}
