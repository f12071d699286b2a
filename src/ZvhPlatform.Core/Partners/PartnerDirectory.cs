using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Partners;
using ZvhPlatform.Core.Data;

namespace ZvhPlatform.Core.Partners;

internal sealed class PartnerDirectory : IPartnerDirectory
{
    private readonly PartnersDbContext db;

    // One request asks for the active partners more than once (the case page: the participants' organisations in the
    // handler, the casushouder choice in the controller), so the list is read once per request (this class is scoped) and
    // read again after this request saves partners.
    private IReadOnlyList<PartnerInfo>? active;

    public PartnerDirectory(PartnersDbContext db)
    {
        this.db = db;
        db.SavedChanges += (_, _) => active = null;
    }

    public async Task<IReadOnlyList<PartnerInfo>> ActivePartnersAsync(CancellationToken cancellationToken = default) =>
        active ??= (await db.Partners.AsNoTracking().Where(p => p.Actief)
                .Select(p => new PartnerInfo(p.Id, p.Naam, p.Domein, p.Type, p.GemeenteCode, p.Actief))
                .ToListAsync(cancellationToken))
            .OrderBy(p => p.Naam, StringComparer.CurrentCulture)
            .ToList();

    public Task<PartnerInfo?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Partners.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new PartnerInfo(p.Id, p.Naam, p.Domein, p.Type, p.GemeenteCode, p.Actief))
            .SingleOrDefaultAsync(cancellationToken);

    public async Task<IncidentalParticipantDecision> CheckIncidentalParticipantAsync(string email, DateOnly date,
        CancellationToken cancellationToken = default)
    {
        var key = PartnerRules.NormalizeEmail(email);
        if (key.Length == 0)
        {
            return IncidentalParticipantDecision.Refuse("Vul het e-mailadres van de deelnemer in.");
        }

        var statements = await db.Geheimhoudingsverklaringen.AsNoTracking().Where(g => g.Email == key)
            .Select(g => new { g.OndertekendOp, g.GeldigTot }).ToListAsync(cancellationToken);
        if (statements.Count == 0)
        {
            return IncidentalParticipantDecision.Refuse(
                $"Voor {key} staat geen ondertekende geheimhoudingsverklaring geregistreerd. " +
                "Leg die eerst vast voordat deze persoon aan een casusoverleg deelneemt.");
        }

        if (statements.Any(s => s.OndertekendOp <= date && (s.GeldigTot is null || s.GeldigTot >= date)))
        {
            return IncidentalParticipantDecision.Allow;
        }

        var expired = statements.Where(s => s.OndertekendOp <= date).Select(s => s.GeldigTot!.Value).ToList();
        if (expired.Count > 0)
        {
            return IncidentalParticipantDecision.Refuse(
                $"De geheimhoudingsverklaring van {key} was geldig tot en met {Show(expired.Max())} en is verlopen. " +
                "Laat een nieuwe verklaring ondertekenen en leg die vast voordat deze persoon aan een casusoverleg deelneemt.");
        }

        // Only statements signed after the conference date: they do not cover it.
        return IncidentalParticipantDecision.Refuse(
            $"De geheimhoudingsverklaring van {key} is pas op {Show(statements.Min(s => s.OndertekendOp))} ondertekend, " +
            $"na de datum van het casusoverleg ({Show(date)}).");
    }

    private static string Show(DateOnly date) => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
}

/// <summary>Rules shared by the partner use cases.</summary>
internal static class PartnerRules
{
    public static string NormalizeEmail(string? email) => (email ?? "").Trim().ToLowerInvariant();

    public static bool IsEmail(string? email)
    {
        var e = email?.Trim() ?? "";
        var at = e.IndexOf('@', StringComparison.Ordinal);
        return e.Length is > 0 and <= 200 && at > 0 && at < e.Length - 1 && !e.Contains(' ', StringComparison.Ordinal);
    }

    public static bool Longer(string? value, int max) => value is not null && value.Trim().Length > max;

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
