namespace ZvhPlatform.Core.Contracts.Casework;

/// <summary>
/// What a module asks to escalate (opschalen) a case of its own to another aanpak: the core registers an aanmelding for
/// that aanpak with route <see cref="AanmeldRoute.Opschaling"/> for the case's main person, which then goes through the
/// common triage.
/// </summary>
/// <param name="CaseId">The case being escalated.</param>
/// <param name="NaarModuleId">The aanpak escalated to, e.g. <c>coveca</c>.</param>
/// <param name="SubAanpak">Its sub-aanpak, e.g. <c>topx</c>, when the aanpak has them.</param>
/// <param name="VerwijzerPartnerId">The convenantpartner on whose behalf it is escalated (required by some sub-aanpakken, e.g. Top X).</param>
/// <param name="Hoofdonderwerp">One of <see cref="WayOfWorking.Hoofdonderwerpen"/>.</param>
/// <param name="Reden">Why the case is escalated.</param>
/// <param name="PersoonGeinformeerd">Whether the person was informed.</param>
/// <param name="NietGeinformeerdReden">Why not, when not informed.</param>
public sealed record OpschalingVerzoek(Guid CaseId, string NaarModuleId, string? SubAanpak, Guid? VerwijzerPartnerId, string? Hoofdonderwerp,
    string? Reden, bool PersoonGeinformeerd, string? NietGeinformeerdReden);

/// <summary>The aanmelding the escalation became.</summary>
/// <param name="AanmeldingId">Its id (the core's page is <c>/aanmeldingen/{id}</c>).</param>
/// <param name="Kenmerk">Its reference, e.g. "A2023-0004".</param>
/// <param name="GemeenteCode">The municipality it was registered for.</param>
public sealed record OpschalingResultaat(Guid AanmeldingId, string Kenmerk, string GemeenteCode);

/// <summary>
/// Opschalen from one aanpak to another through the core, so a module never needs another module's implementation.
/// Refusals (no need-to-know, closed case, target aanpak not contracted for the municipality, the target module's intake
/// rules) are Dutch validation problems; nothing is written then.
/// </summary>
public interface ICaseEscalation
{
    /// <summary>Registers the aanmelding for the target aanpak; requires the right to register aanmeldingen.</summary>
    Task<OpschalingResultaat> OpschalenAsync(OpschalingVerzoek verzoek, CancellationToken cancellationToken = default);
}
