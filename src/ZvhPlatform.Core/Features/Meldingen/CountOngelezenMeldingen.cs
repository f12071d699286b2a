using Mediator;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Access;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Features.Meldingen;

/// <summary>How many unread notifications the user has (for the header).</summary>
internal sealed record CountOngelezenMeldingen : IQuery<int>;

internal sealed class CountOngelezenMeldingenHandler(CaseworkDbContext db, CurrentUser user) : IQueryHandler<CountOngelezenMeldingen, int>
{
    public async ValueTask<int> Handle(CountOngelezenMeldingen query, CancellationToken cancellationToken)
    {
        if (user.UserId is not { } userId || !user.HasPermission(CorePermissions.MeldingenOntvangen))
        {
            return 0;
        }

        return await db.Notificaties.CountAsync(n => n.UserId == userId && n.GelezenUtc == null, cancellationToken);
    }
}
