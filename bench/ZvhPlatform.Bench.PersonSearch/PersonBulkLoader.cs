using ZvhPlatform.Core.Synthetic;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Data;

namespace ZvhPlatform.Bench.PersonSearch;

/// <summary>What the bulk load produced.</summary>
internal sealed record LoadResult(int Persons, int WithBsn, int Aliases, TimeSpan Elapsed, IReadOnlyList<PersonSample> Samples);

/// <summary>
/// Inserts the synthetic persons through the app's own CoreDbContext (so the rows are exactly what
/// the app writes: region stamp, search fields, key formats), in batches with change detection off.
/// </summary>
internal static class PersonBulkLoader
{
    public static async Task<LoadResult> LoadAsync(BenchEnvironment environment, BenchOptions options)
    {
        var stopwatch = Stopwatch.StartNew();
        var samples = new List<PersonSample>(options.Persons);
        int withBsn = 0, aliases = 0;
        var registered = DateTime.UtcNow;
        using var persons = SyntheticPersons.Generate(options.Persons, options.Seed, environment.Region.Id, registered).GetEnumerator();
        var more = true;
        while (more)
        {
            // A fresh scope per batch keeps the context small; tracking is only needed to insert.
            await using var scope = environment.InRegion();
            var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var batch = 0;
            while (batch < options.BatchSize && (more = persons.MoveNext()))
            {
                var p = persons.Current;
                db.Persons.Add(p);
                samples.Add(new PersonSample(p.Bsn, p.ZoekAchternaam, p.ZoekNaam, p.Geboortedatum!.Value));
                withBsn += p.Bsn is null ? 0 : 1;
                aliases += p.Aliases.Count;
                batch++;
            }

            if (batch > 0)
            {
                await db.SaveChangesAsync();
            }

            Console.Error.Write($"\rseeded {samples.Count:N0} / {options.Persons:N0}");
        }

        Console.Error.WriteLine();
        if (environment.Provider == DatabaseProvider.PostgreSql)
        {
            // Autovacuum would analyze a table this size within a minute; do it now so the planner
            // sees 100k rows rather than an empty table.
            await using var connection = new NpgsqlConnection(environment.ConnectionString);
            await connection.OpenAsync();
            await using var analyze = connection.CreateCommand();
            analyze.CommandText = "ANALYZE";
            await analyze.ExecuteNonQueryAsync();
        }

        return new LoadResult(samples.Count, withBsn, aliases, stopwatch.Elapsed, samples);
    }
}
