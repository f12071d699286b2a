using ZvhPlatform.Kernel.Outbox;

namespace ZvhPlatform.Core.Contracts.Events;

/// <summary>A region's contract for a module was created, changed or ended.</summary>
/// <param name="ContractId">The contract.</param>
/// <param name="ModuleId">The module it is for.</param>
/// <param name="Change">"aangemaakt", "gewijzigd" or "beeindigd".</param>
public sealed record ModuleContractChanged(Guid ContractId, string ModuleId, string Change) : IIntegrationEvent;
