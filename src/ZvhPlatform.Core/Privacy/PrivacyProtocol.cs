using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Privacy;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Privacy;

/// <summary>Reads the established protocol version in force on a date in the current region.</summary>
internal sealed class PrivacyProtocol(PrivacyDbContext db, TimeProvider clock) : IPrivacyProtocol
{
    public async Task<PrivacyProtocolInForce?> InForceOnAsync(DateOnly date, CancellationToken cancellationToken = default)
    {
        var version = await InForceQuery(db, date).AsNoTracking()
            .Include(v => v.Doelen).Include(v => v.Bewaartermijnen).Include(v => v.Informeren).Include(v => v.Gegevensdelingen)
            .AsSplitQuery()
            .FirstOrDefaultAsync(cancellationToken);
        return version is null ? null : ToContract(version);
    }

    public async Task<ProtocolPurpose> RequirePurposeAsync(string moduleId, string purpose, CancellationToken cancellationToken = default)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var protocol = await InForceOnAsync(today, cancellationToken)
                       ?? throw new RequestValidationException([new ValidationProblem("Doel",
                           "Deze regio heeft geen vastgesteld privacyprotocol dat vandaag geldt; zonder doel en grondslag kan er geen casus worden aangemaakt.")]);
        var wanted = (purpose ?? "").Trim();
        var match = protocol.Doelen.FirstOrDefault(d => d.ModuleId == moduleId && string.Equals(d.Doel, wanted, StringComparison.OrdinalIgnoreCase));
        if (match is not null && !string.IsNullOrWhiteSpace(match.Grondslag))
        {
            return match;
        }

        var allowed = protocol.Doelen.Where(d => d.ModuleId == moduleId).Select(d => d.Doel).ToList();
        var hint = allowed.Count == 0
            ? $"Het protocol noemt voor '{moduleId}' geen enkel doel."
            : $"Kies een doel uit het protocol: {string.Join(", ", allowed)}.";
        throw new RequestValidationException([new ValidationProblem("Doel",
            $"Het doel '{wanted}' heeft in het privacyprotocol (versie {protocol.Versie}) geen grondslag voor '{moduleId}'. {hint}")]);
    }

    /// <summary>The established versions in force on a date, the one in force first.</summary>
    internal static IQueryable<PrivacyprotocolVersie> InForceQuery(PrivacyDbContext db, DateOnly date) =>
        db.ProtocolVersies.Where(v => v.Status == ProtocolStatus.Vastgesteld && v.GeldigVanaf <= date)
            .OrderByDescending(v => v.GeldigVanaf).ThenByDescending(v => v.VersieNummer);

    internal static PrivacyProtocolInForce ToContract(PrivacyprotocolVersie v) => new(
        v.VersieNummer,
        v.GeldigVanaf ?? DateOnly.MinValue,
        v.DpiaReferentie,
        v.Doelen.OrderBy(d => d.ModuleId, StringComparer.Ordinal).ThenBy(d => d.Doel, StringComparer.Ordinal)
            .Select(d => new ProtocolPurpose(d.ModuleId, d.Doel, d.Grondslag)).ToList(),
        v.Bewaartermijnen.OrderBy(b => b.ModuleId, StringComparer.Ordinal).Select(b => new ProtocolRetention(b.ModuleId, b.MaandenNaAfsluiting)).ToList(),
        v.Informeren.OrderBy(i => i.ModuleId, StringComparer.Ordinal)
            .Select(i => new ProtocolInformingRule(i.ModuleId, i.StandaardInformeren, i.Redenen)).ToList(),
        v.Gegevensdelingen.OrderBy(g => g.ModuleId, StringComparer.Ordinal).ThenBy(g => g.PartnerType, StringComparer.Ordinal)
            .Select(g => new ProtocolDataSharing(g.ModuleId, g.PartnerType, g.Categorie)).ToList());
}
