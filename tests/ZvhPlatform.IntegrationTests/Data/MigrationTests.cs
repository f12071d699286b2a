using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using ZvhPlatform.Core.Data;
using ZvhPlatform.IntegrationTests.Kernel;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Modules.Proefaanpak;
using ZvhPlatform.Testing;

namespace ZvhPlatform.IntegrationTests.Data;

/// <summary>
/// Every context (identity, core, each module) ships migrations for SQLite, SQL Server and PostgreSQL
/// that match its model, and an empty database of each engine we run can be migrated from scratch.
/// </summary>
public sealed class MigrationTests
{
    private static readonly string[] ExpectedContexts = ["IdentityStoreDbContext", "CoreDbContext", "AuditDbContext", "ProefaanpakDbContext", "PartnersDbContext", "PrivacyDbContext", "CaseworkDbContext", "CoVeCaDbContext", "PgaTafelDbContext", "NazorgDbContext"];

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public void Every_context_has_migrations_that_match_its_model_on_each_provider(DatabaseProvider provider)
    {
        using var services = ComposedPlatform.Build(provider);
        var contextTypes = ComposedPlatform.ContextTypes(services);
        Assert.Equal(ExpectedContexts.Order(), contextTypes.Select(t => t.Name).Order());

        using var scope = services.CreateScope();
        var problems = new List<string>();
        foreach (var type in contextTypes)
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(type);
            if (!db.Database.GetMigrations().Any())
            {
                problems.Add($"{type.Name} has no {provider} migrations.");
            }
            else if (db.Database.HasPendingModelChanges())
            {
                problems.Add($"{type.Name} has model changes without a {provider} migration (run dotnet ef migrations add).");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void The_sql_server_script_of_every_context_parses_and_creates_all_its_tables_in_its_own_schema()
    {
        using var services = ComposedPlatform.Build(DatabaseProvider.SqlServer);
        using var scope = services.CreateScope();
        foreach (var type in ComposedPlatform.ContextTypes(services))
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(type);
            var schema = db is ModuleDbContext module ? module.Schema : IdentityStoreDbContext.SchemaName;
            var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

            var parser = new TSql160Parser(initialQuotedIdentifiers: true);
            using var reader = new StringReader(script);
            var fragment = parser.Parse(reader, out var errors);
            Assert.True(errors.Count == 0,
                $"{type.Name}: " + string.Join("; ", errors.Select(e => $"line {e.Line}: {e.Message}")));

            var tables = new CreatedTables();
            fragment.Accept(tables);
            Assert.Contains($"CREATE SCHEMA [{schema}]", script, StringComparison.Ordinal);
            Assert.All(tables.Names, t => Assert.Equal(schema, t.Schema));

            var created = tables.Names.Select(t => t.Table).ToHashSet(StringComparer.Ordinal);
            // A table excluded from a context's migrations is another context's, which must create it (ADR 17).
            var model = db.GetService<IDesignTimeModel>().Model;
            var modelTables = model.GetEntityTypes().Where(e => !e.IsTableExcludedFromMigrations())
                .Select(e => e.GetTableName()).OfType<string>().Distinct().ToList();
            Assert.NotEmpty(modelTables);
            Assert.All(modelTables.Append("__EFMigrationsHistory"),
                table => Assert.True(created.Contains(table), $"{type.Name}: the script does not create [{schema}].[{table}]."));
            foreach (var borrowed in model.GetEntityTypes().Where(e => e.IsTableExcludedFromMigrations()))
            {
                var owner = ComposedPlatform.ContextTypes(services).Select(t => (DbContext)scope.ServiceProvider.GetRequiredService(t))
                    .SingleOrDefault(o => o is ModuleDbContext m && m.Schema == borrowed.GetSchema());
                Assert.True(owner is not null && owner.GetService<IDesignTimeModel>().Model.GetEntityTypes()
                        .Any(e => e.GetTableName() == borrowed.GetTableName() && !e.IsTableExcludedFromMigrations()),
                    $"{type.Name} reads [{borrowed.GetSchema()}].[{borrowed.GetTableName()}], which no context creates.");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_empty_database_is_migrated_from_scratch_and_then_has_nothing_pending(DatabaseProvider provider)
    {
        using var host = new ZvhTestHost(provider, TestClock.Now, settings: new Dictionary<string, string?>
        {
            ["Database:MigrateAtStartup"] = "false",
            ["Zvh:SeedDemo"] = "false",
        });
        await using var scope = host.Services.CreateAsyncScope();
        var migrator = scope.ServiceProvider.GetRequiredService<DatabaseMigrator>();
        Assert.Equal(ExpectedContexts.Order(), migrator.ContextTypes.Select(t => t.Name).Order());

        var pendingBefore = await migrator.PendingAsync(CancellationToken.None);
        foreach (var name in ExpectedContexts)
        {
            Assert.Contains(pendingBefore, p => p.StartsWith(name + ": ", StringComparison.Ordinal));
        }

        var applied = await migrator.MigrateAsync(CancellationToken.None);

        Assert.Equal(pendingBefore, applied);
        Assert.Empty(await migrator.PendingAsync(CancellationToken.None));
        foreach (var type in migrator.ContextTypes)
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(type);
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        }

        // The schema really exists: the region-owned table of the fixture module can be queried.
        await using var region = scope.ServiceProvider.CreateAsyncScope();
        var notes = (DbContext)region.ServiceProvider.GetRequiredService(Fixture.ContextType(host.Services));
        Assert.Equal(0, await notes.Database.SqlQueryRaw<int>(CountNotesSql(provider)).SingleAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public void A_context_sees_only_the_migrations_and_snapshot_of_the_active_provider(DatabaseProvider provider)
    {
        using var services = ComposedPlatform.Build(provider);
        using var scope = services.CreateScope();
        foreach (var type in ComposedPlatform.ContextTypes(services))
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(type);
            var migrations = db.GetService<IMigrationsAssembly>();

            var byProvider = Enum.GetValues<DatabaseProvider>().ToDictionary(p => p, p => MigrationIdsInNamespace(type, p));
            Assert.All(byProvider, pair => Assert.True(pair.Value.Count > 0, $"{type.Name} has no {pair.Key} migrations."));
            Assert.Equal(byProvider[provider], migrations.Migrations.Keys.Order(StringComparer.Ordinal));
            foreach (var other in byProvider.Where(p => p.Key != provider))
            {
                Assert.Empty(migrations.Migrations.Keys.Intersect(other.Value));
            }

            Assert.NotNull(migrations.ModelSnapshot);
            Assert.EndsWith("." + DatabaseOptions.MigrationsNamespaceSegment(provider), migrations.ModelSnapshot.GetType().Namespace, StringComparison.Ordinal);
        }
    }

    private static List<string> MigrationIdsInNamespace(Type contextType, DatabaseProvider provider) =>
        contextType.Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Migration))
                        && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == contextType
                        && t.Namespace?.EndsWith("." + DatabaseOptions.MigrationsNamespaceSegment(provider), StringComparison.Ordinal) == true)
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()!.Id)
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string CountNotesSql(DatabaseProvider provider) => provider == DatabaseProvider.Sqlite
        ? $"SELECT COUNT(*) AS \"Value\" FROM \"{ProefaanpakModule.Id}_Notities\""
        : $"SELECT COUNT(*)::int AS \"Value\" FROM \"{ProefaanpakModule.Id}\".\"Notities\"";

    private sealed class CreatedTables : TSqlFragmentVisitor
    {
        public List<(string? Schema, string Table)> Names { get; } = [];

        public override void Visit(CreateTableStatement node)
        {
            ArgumentNullException.ThrowIfNull(node);
            Names.Add((node.SchemaObjectName.SchemaIdentifier?.Value, node.SchemaObjectName.BaseIdentifier.Value));
            base.Visit(node);
        }
    }
}
