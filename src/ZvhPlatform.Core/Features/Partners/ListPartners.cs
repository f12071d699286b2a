using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Partners;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Partners;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Partners;

/// <summary>The region's convenantpartners with the latest convenant and privacy protocol each signed.</summary>
[RequiresPermission(CorePermissions.PartnersInzien)]
internal sealed record ListPartners : IQuery<IReadOnlyList<PartnerRow>>;

/// <summary>A signed version of a document: "2024, ondertekend 01-03-2024".</summary>
internal sealed record SignedVersion(string Versie, DateOnly OndertekendOp);

internal sealed record PartnerRow(
    Guid Id, string Naam, PartnerDomein Domein, PartnerType Type, string? GemeenteCode, bool Actief,
    SignedVersion? Convenant, SignedVersion? Privacyprotocol, int ActieveProfessionals);

internal sealed class ListPartnersHandler(PartnersDbContext db) : IQueryHandler<ListPartners, IReadOnlyList<PartnerRow>>
{
    public async ValueTask<IReadOnlyList<PartnerRow>> Handle(ListPartners query, CancellationToken cancellationToken)
    {
        var partners = await db.Partners.AsNoTracking().ToListAsync(cancellationToken);
        var signatures = (await db.Ondertekeningen.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(o => o.PartnerId);
        var professionals = (await db.Professionals.AsNoTracking().Where(p => p.Actief).Select(p => p.PartnerId).ToListAsync(cancellationToken))
            .CountBy(id => id).ToDictionary(kv => kv.Key, kv => kv.Value);
        return partners
            .OrderByDescending(p => p.Actief).ThenBy(p => p.Naam, StringComparer.CurrentCulture)
            .Select(p => new PartnerRow(p.Id, p.Naam, p.Domein, p.Type, p.GemeenteCode, p.Actief,
                Latest(signatures[p.Id], ConvenantDocument.Samenwerkingsconvenant),
                Latest(signatures[p.Id], ConvenantDocument.Privacyprotocol),
                professionals.GetValueOrDefault(p.Id)))
            .ToList();
    }

    internal static SignedVersion? Latest(IEnumerable<Ondertekening> signatures, ConvenantDocument document) =>
        signatures.Where(s => s.Document == document).OrderByDescending(s => s.OndertekendOp).ThenByDescending(s => s.VastgelegdUtc)
            .Select(s => new SignedVersion(s.Versie, s.OndertekendOp)).FirstOrDefault();
}
