using System.Runtime.CompilerServices;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using ZvhPlatform.Core.Access;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Core.Features.Meldingen;

/// <summary>How many unread notifications the user has (for the header).</summary>
internal sealed record CountOngelezenMeldingen : IQuery<int>;

internal sealed class CountOngelezenMeldingenHandler(CaseworkDbContext db, CurrentUser user, IRegionContext region, OngelezenUitSessiecontrole uitSessiecontrole)
    : IQueryHandler<CountOngelezenMeldingen, int>
{
    public async ValueTask<int> Handle(CountOngelezenMeldingen query, CancellationToken cancellationToken)
    {
        if (user.UserId is not { } userId || !user.HasPermission(CorePermissions.MeldingenOntvangen))
        {
            return 0;
        }

        if (region.Region is { } current && uitSessiecontrole.TryGet(userId, current.Id, out var count))
        {
            return count;
        }

        return await Compiled.GetValue(db.Model, _ => EF.CompileAsyncQuery((CaseworkDbContext c, Guid u, CancellationToken ct) =>
            c.Notificaties.Count(n => n.UserId == u && n.GelezenUtc == null)))(db, userId, cancellationToken);
    }

    // The layout asks this on every page. Compiled once per model (one process may hold hosts on several providers);
    // the region query filter is part of the compiled query and reads the context's current region when it runs.
    private static readonly ConditionalWeakTable<IModel, Func<CaseworkDbContext, Guid, CancellationToken, Task<int>>> Compiled = new();
}
