using Mediator;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Modules.Proefaanpak;

/// <summary>
/// A request of the fixture module that starts work for a resident of a municipality; used to
/// test the kernel's entitlement behaviour (it has no handler: tests invoke the behaviour directly).
/// </summary>
/// <param name="GemeenteCode">CBS code of the resident's municipality.</param>
public sealed record ProefVerzoek(string GemeenteCode) : IRequest<bool>, IMunicipalityScopedRequest;
