using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Kernel.Requests;

namespace ZvhPlatform.Core.Data;

/// <summary>Applies every context's migrations (core, identity, each composed module) on the configured provider.</summary>
internal sealed class DatabaseMigrator(IServiceProvider services, ModuleDbContextRegistry contexts)
{
    public IEnumerable<Type> ContextTypes =>
        new[] { typeof(IdentityStoreDbContext) }.Concat(contexts.All.Values).Distinct();

    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken)
    {
        var applied = new List<string>();
        await Kernel.Data.SqliteDatabase.UseWriteAheadLogAsync((DbContext)services.GetRequiredService(typeof(IdentityStoreDbContext)), cancellationToken);
        foreach (var type in ContextTypes)
        {
            var db = (DbContext)services.GetRequiredService(type);
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            await db.Database.MigrateAsync(cancellationToken);
            applied.AddRange(pending.Select(p => $"{type.Name}: {p}"));
        }

        return applied;
    }

    public async Task<bool> CanConnectAsync(CancellationToken cancellationToken)
    {
        var db = (DbContext)services.GetRequiredService(typeof(IdentityStoreDbContext));
        return await db.Database.CanConnectAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> PendingAsync(CancellationToken cancellationToken)
    {
        var result = new List<string>();
        foreach (var type in ContextTypes)
        {
            var db = (DbContext)services.GetRequiredService(type);
            result.AddRange((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Select(p => $"{type.Name}: {p}"));
        }

        return result;
    }
}
