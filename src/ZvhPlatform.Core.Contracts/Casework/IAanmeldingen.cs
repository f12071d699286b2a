namespace ZvhPlatform.Core.Contracts.Casework;

/// <summary>
/// An escalation (opschaling) from one aanpak to another, registered as an aanmelding with route
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
public sealed record Opschaling(string NaarModuleId, string? SubAanpak, string VanModuleId, Guid? VerwijzerPartnerId, string? Bsn, string? Voornamen, string Achternaam, DateOnly? Geboortedatum,
    string GemeenteCode, string Reden, string Hoofdonderwerp, bool PersoonGeinformeerd, string? NietGeinformeerdReden);

/// <summary>The aanmelding that was registered.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Kenmerk">Its reference, e.g. "A2026-0012".</param>
public sealed record AanmeldingReferentie(Guid Id, string Kenmerk);

/// <summary>Registers aanmeldingen on behalf of a module (escalation to another aanpak).</summary>
public interface IAanmeldingen
{
    /// <summary>
    /// Registers the escalation as an aanmelding of the receiving aanpak in the current region. Refuses with a
    /// <c>RequestValidationException</c> (Dutch messages) when a field is missing or the receiving aanpak's contract
    /// or intake rules do not allow it; nothing is written then.
    /// </summary>
    Task<AanmeldingReferentie> RegisterOpschalingAsync(Opschaling opschaling, CancellationToken cancellationToken = default);
}
