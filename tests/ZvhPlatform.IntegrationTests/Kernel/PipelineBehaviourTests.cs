using Mediator;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Features.Contracts;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Entitlement;
using ZvhPlatform.Kernel.Modules;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Kernel.Tenancy;
using ZvhPlatform.Modules.Proefaanpak;
using ZvhPlatform.Testing;

namespace ZvhPlatform.IntegrationTests.Kernel;

/// <summary>
/// The request pipeline refuses module work a region has not bought (or not for this municipality),
/// requests the user has no permission for, and invalid requests, before any handler runs.
/// </summary>
public sealed class PipelineBehaviourTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_module_request_is_refused_in_a_region_without_a_contract_and_passes_once_the_region_has_one(DatabaseProvider provider)
    {
        using var host = new ZvhTestHost(provider, TestClock.Now);
        var utrecht = await RegionScopes.ByKeyAsync(host.Services, "utrecht");
        var handled = new HandlerProbe();

        await using (var scope = RegionScopes.InRegion(host.Services, utrecht))
        {
            var refused = await Assert.ThrowsAsync<ModuleNotEntitledException>(
                () => Entitlement<ProefVerzoek>(scope.ServiceProvider).Handle(new ProefVerzoek("GM0344"), handled.Next, default).AsTask());
            Assert.Contains("proefaanpak", refused.Message, StringComparison.Ordinal);
        }

        Assert.Equal(0, handled.Count);

        await RegionScopes.AddContractAsync(host.Services, utrecht.Id, ProefaanpakModule.Id, new DateOnly(2025, 1, 1), null);

        await using (var scope = RegionScopes.InRegion(host.Services, utrecht))
        {
            Assert.True(await Entitlement<ProefVerzoek>(scope.ServiceProvider).Handle(new ProefVerzoek("GM0344"), handled.Next, default));
        }

        Assert.Equal(1, handled.Count);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_request_for_a_resident_of_a_municipality_outside_the_contract_is_refused_with_a_dutch_reason(DatabaseProvider provider)
    {
        using var host = new ZvhTestHost(provider, TestClock.Now);
        var utrecht = await RegionScopes.ByKeyAsync(host.Services, "utrecht");
        await RegionScopes.AddContractAsync(host.Services, utrecht.Id, ProefaanpakModule.Id, new DateOnly(2025, 1, 1), null, "GM0344", "GM0355");
        var handled = new HandlerProbe();

        await using var scope = RegionScopes.InRegion(host.Services, utrecht);
        var behaviour = Entitlement<ProefVerzoek>(scope.ServiceProvider);

        Assert.True(await behaviour.Handle(new ProefVerzoek("GM0355"), handled.Next, default));
        var refused = await Assert.ThrowsAsync<RequestValidationException>(
            () => behaviour.Handle(new ProefVerzoek("GM0307"), handled.Next, default).AsTask());
        var problem = Assert.Single(refused.Problems);
        Assert.Equal(nameof(IMunicipalityScopedRequest.GemeenteCode), problem.Field);
        Assert.Equal("De gemeente Amersfoort heeft Proefaanpak niet afgenomen op 02-06-2025.", problem.Message);

        var foreign = await Assert.ThrowsAsync<RequestValidationException>(
            () => behaviour.Handle(new ProefVerzoek("GM0106"), handled.Next, default).AsTask());
        Assert.Equal("Gemeente GM0106 hoort niet bij deze regio.", Assert.Single(foreign.Problems).Message);
        Assert.Equal(1, handled.Count);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_module_request_without_a_region_is_refused_while_a_core_request_is_not_subject_to_module_contracts(
        DatabaseProvider provider)
    {
        using var host = new ZvhTestHost(provider, TestClock.Now);
        var handled = new HandlerProbe();
        await using var scope = host.Services.CreateAsyncScope();

        await Assert.ThrowsAsync<RegionRequiredException>(
            () => Entitlement<ProefVerzoek>(scope.ServiceProvider).Handle(new ProefVerzoek("GM0344"), handled.Next, default).AsTask());

        var core = Entitlement<SaveContract, Guid>(scope.ServiceProvider);
        var id = await core.Handle(AnyContract(), (_, _) => new ValueTask<Guid>(Guid.Empty), default);
        Assert.Equal(Guid.Empty, id);
        Assert.Null(EntitlementBehaviour<SaveContract, Guid>.ModuleOf(typeof(SaveContract), scope.ServiceProvider.GetRequiredService<ModuleCatalog>()));
        Assert.Equal(0, handled.Count);
    }

    [Fact]
    public async Task A_request_that_requires_a_permission_is_refused_for_a_user_without_it()
    {
        var calls = 0;
        ValueTask<Guid> Next(SaveContract m, CancellationToken ct)
        {
            calls++;
            return new ValueTask<Guid>(Guid.NewGuid());
        }

        var without = new AuthorizationBehaviour<SaveContract, Guid>(new FakeUser(CorePermissions.ContractenInzien));
        await Assert.ThrowsAsync<RequestForbiddenException>(() => without.Handle(AnyContract(), Next, default).AsTask());
        Assert.Equal(0, calls);

        var with = new AuthorizationBehaviour<SaveContract, Guid>(new FakeUser(CorePermissions.ContractenBeheren));
        await with.Handle(AnyContract(), Next, default);
        Assert.Equal(1, calls);

        // A request without [RequiresPermission] asks nothing of the user.
        var open = new AuthorizationBehaviour<ProefVerzoek, bool>(new FakeUser());
        Assert.True(await open.Handle(new ProefVerzoek("GM0344"), (_, _) => new ValueTask<bool>(true), default));
    }

    [Fact]
    public async Task An_invalid_request_is_refused_with_every_problem_of_every_validator_before_the_handler_runs()
    {
        using var services = ComposedPlatform.Build(DatabaseProvider.Sqlite);
        using var scope = services.CreateScope();
        var scanned = scope.ServiceProvider.GetServices<IRequestValidator<SaveContract>>().ToList();
        Assert.Contains(scanned, v => v is SaveContractValidator);
        var behaviour = new ValidationBehaviour<SaveContract, Guid>([.. scanned, new ExtraValidator()]);
        var calls = 0;

        var invalid = AnyContract() with { ModuleId = "", ValidFrom = null };
        var refused = await Assert.ThrowsAsync<RequestValidationException>(
            () => behaviour.Handle(invalid, (_, _) => { calls++; return new ValueTask<Guid>(Guid.Empty); }, default).AsTask());

        Assert.Equal(["ModuleId", "ValidFrom", "Note"], refused.Problems.Select(p => p.Field));
        Assert.Contains("Kies een module.", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Vul de ingangsdatum in.", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, calls);

        await behaviour.Handle(AnyContract(), (_, _) => { calls++; return new ValueTask<Guid>(Guid.Empty); }, default);
        Assert.Equal(1, calls);
    }

    private static EntitlementBehaviour<TMessage, bool> Entitlement<TMessage>(IServiceProvider sp)
        where TMessage : notnull, IMessage => Entitlement<TMessage, bool>(sp);

    private static EntitlementBehaviour<TMessage, TResponse> Entitlement<TMessage, TResponse>(IServiceProvider sp)
        where TMessage : notnull, IMessage =>
        new(sp.GetRequiredService<ModuleCatalog>(), sp.GetRequiredService<IRegionContext>(), sp.GetRequiredService<IModuleEntitlement>(),
            sp.GetRequiredService<TimeProvider>());

    private static SaveContract AnyContract() =>
        new(null, ProefaanpakModule.Id, ModuleKind.Plustaak, new DateOnly(2025, 1, 1), null, [], null, 0);

    private sealed class HandlerProbe
    {
        public int Count { get; private set; }

        public ValueTask<bool> Next(ProefVerzoek message, CancellationToken cancellationToken)
        {
            Count++;
            return new ValueTask<bool>(true);
        }
    }

    private sealed class FakeUser(params string[] permissions) : ICurrentUser
    {
        public Guid? UserId { get; } = Guid.NewGuid();

        public bool HasPermission(string permission) => permissions.Contains(permission);
    }

    private sealed class ExtraValidator : IRequestValidator<SaveContract>
    {
        public IEnumerable<ValidationProblem> Validate(SaveContract request) =>
            request.Note is null && request.ModuleId.Length == 0 ? [new ValidationProblem("Note", "Licht de wijziging toe.")] : [];
    }
}
