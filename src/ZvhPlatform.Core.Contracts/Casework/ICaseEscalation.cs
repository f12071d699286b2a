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

/// <summary>
/// An escalation (opschaling) of a person a module keeps in its own schema (not a core case), registered as an aanmelding with route
/// <see cref="AanmeldRoute.Opschaling"/> that goes through the receiving aanpak's intake and triage like any other.
/// </summary>
/// <param name="NaarModuleId">The receiving aanpak, e.g. "coveca".</param>
/// <param name="SubAanpak">The receiving aanpak's sub-aanpak, when it has them (see <see cref="ICaseworkExtension.SubAanpakken"/>).</param>
/// <param name="VanModuleId">The aanpak that escalates, e.g. "nazorg".</param>
/// <param name="VerwijzerPartnerId">The convenantpartner on whose behalf the escalation is made (e.g. the municipality), if any.</param>
/// <param name="Bsn">The person's BSN, when known.</param>
/// <param name="Voornamen">First names.</param>
/// <param name="Achternaam">Surname.</param>
/// <param name="Geboortedatum">Date of birth.</param>
/// <param name="GemeenteCode">Municipality of registration.</param>
/// <param name="Reden">Why the case is escalated.</param>
/// <param name="Hoofdonderwerp">One of <see cref="WayOfWorking.Hoofdonderwerpen"/>.</param>
/// <param name="PersoonGeinformeerd">Whether the person was told.</param>
/// <param name="NietGeinformeerdReden">Why not, when not.</param>
public sealed record ModuleOpschaling(string NaarModuleId, string? SubAanpak, string VanModuleId, Guid? VerwijzerPartnerId, string? Bsn, string? Voornamen, string Achternaam, DateOnly? Geboortedatum,
    string GemeenteCode, string Reden, string Hoofdonderwerp, bool PersoonGeinformeerd, string? NietGeinformeerdReden);

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

    /// <summary>
    /// Registers the escalation of a person the module keeps itself (e.g. a nazorg melding) as an aanmelding of the
    /// receiving aanpak in the current region; the module checks its own rights first.
    /// </summary>
    Task<OpschalingResultaat> OpschalenAsync(ModuleOpschaling opschaling, CancellationToken cancellationToken = default);
}
