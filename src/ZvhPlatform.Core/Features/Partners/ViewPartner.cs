using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Contracts.Partners;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Partners;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Partners;

/// <summary>One convenantpartner of the region: its data, every signature and its professionals.</summary>
[RequiresPermission(CorePermissions.PartnersInzien)]
internal sealed record ViewPartner(Guid Id) : IQuery<PartnerDetails>;

internal sealed record PartnerDetails(
    Guid Id, string Naam, PartnerDomein Domein, PartnerType Type, string? GemeenteCode, bool Actief, long Version,
    IReadOnlyList<SignatureRow> Ondertekeningen, IReadOnlyList<ProfessionalRow> Professionals);

internal sealed record SignatureRow(ConvenantDocument Document, string Versie, DateOnly OndertekendOp, string OndertekendDoor,
    DateTime VastgelegdUtc, string VastgelegdDoor);

internal sealed record ProfessionalRow(Guid Id, string Naam, string Email, string? Telefoon, string? Functie, bool Actief, bool HeeftAccount);

internal sealed class ViewPartnerHandler(PartnersDbContext db) : IQueryHandler<ViewPartner, PartnerDetails>
{
    public async ValueTask<PartnerDetails> Handle(ViewPartner query, CancellationToken cancellationToken)
    {
        var p = await db.Partners.AsNoTracking().Include(x => x.Ondertekeningen).Include(x => x.Professionals)
                    .AsSplitQuery().SingleOrDefaultAsync(x => x.Id == query.Id, cancellationToken)
                ?? throw new KeyNotFoundException("Convenantpartner niet gevonden.");
        return new PartnerDetails(p.Id, p.Naam, p.Domein, p.Type, p.GemeenteCode, p.Actief, p.Version,
            p.Ondertekeningen.OrderBy(o => o.Document).ThenByDescending(o => o.OndertekendOp)
                .Select(o => new SignatureRow(o.Document, o.Versie, o.OndertekendOp, o.OndertekendDoor, o.VastgelegdUtc, o.VastgelegdDoor)).ToList(),
            p.Professionals.OrderByDescending(x => x.Actief).ThenBy(x => x.Naam, StringComparer.CurrentCulture)
                .Select(x => new ProfessionalRow(x.Id, x.Naam, x.Email, x.Telefoon, x.Functie, x.Actief, x.UserId is not null)).ToList());
    }
}
