using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Tenancy;
using ZvhPlatform.Testing;
using ZvhPlatform.Web.Hosting;

namespace ZvhPlatform.IntegrationTests.Kernel;

/// <summary>Console output is process-wide: tests that capture it never run next to other tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    /// <summary>The collection name.</summary>
    public const string Name = "Console";
}

/// <summary>The operator commands an installer runs: migrate, check and create-admin, with their exit codes.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class OperatorCommandTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Migrate_brings_an_empty_database_up_to_date_after_which_check_reports_the_configuration_in_order(DatabaseProvider provider)
    {
        using var database = EmptyDatabase(provider);

        var migrate = await RunAsync(database, "migrate");
        Assert.True(migrate.ExitCode == 0, migrate.ToString());
        Assert.Contains("Toegepast (", migrate.Out, StringComparison.Ordinal);
        Assert.Contains("CoreDbContext: ", migrate.Out, StringComparison.Ordinal);

        var check = await RunAsync(database, "check");
        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Contains($"Database-provider: {provider}", check.Out, StringComparison.Ordinal);
        Assert.Contains("Configuratie in orde", check.Out, StringComparison.Ordinal);

        var again = await RunAsync(database, "migrate");
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("er waren geen openstaande migraties", again.Out, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Check_fails_on_a_database_that_has_not_been_migrated(DatabaseProvider provider)
    {
        using var database = EmptyDatabase(provider);

        var check = await RunAsync(database, "check");

        Assert.True(check.ExitCode == 1, check.ToString());
        Assert.Contains("migratie(s) nog niet toegepast; voer 'migrate' uit", check.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Configuratie in orde", check.Out, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Create_admin_creates_the_region_and_a_functioneel_beheerder_with_a_one_time_password(DatabaseProvider provider)
    {
        using var database = EmptyDatabase(provider);
        Assert.Equal(0, (await RunAsync(database, "migrate")).ExitCode);

        var result = await RunAsync(database, "create-admin", "--region", "noord", "--region-name", "ZVH Noord", "--email", "nora@noord.example",
            "--name", "Nora Noord");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Functioneel beheerder nora@noord.example voor ZVH Noord.", result.Out, StringComparison.Ordinal);
        Assert.Contains("Eenmalig wachtwoord: ", result.Out, StringComparison.Ordinal);

        var options = new DatabaseOptions { Provider = provider, ConnectionString = database.ConnectionString };
        using var core = new CoreDbContext(
            (DbContextOptions<CoreDbContext>)new DbContextOptionsBuilder<CoreDbContext>().UseZvhDatabase(options, CoreDbContext.SchemaName).Options);
        core.UseRegion(new StaticRegionContext(null, crossRegion: true));
        using var identity = new IdentityStoreDbContext(
            (DbContextOptions<IdentityStoreDbContext>)new DbContextOptionsBuilder<IdentityStoreDbContext>()
                .UseZvhDatabase(options, IdentityStoreDbContext.SchemaName).Options);
        var region = await core.Regions.SingleAsync(r => r.Key == "noord");
        Assert.Equal("ZVH Noord", region.Name);
        var user = await identity.Users.SingleAsync(u => u.Email == "nora@noord.example");
        Assert.Equal("Nora Noord", user.DisplayName);
        var membership = Assert.Single(await identity.Memberships.Where(m => m.UserId == user.Id).ToListAsync());
        Assert.Equal(region.Id, membership.RegionId);
        Assert.Equal(ZvhRoles.FunctioneelBeheerder, membership.Role);

        // Running it again changes nothing and does not reset the password.
        var again = await RunAsync(database, "create-admin", "--region", "noord", "--email", "nora@noord.example", "--name", "Nora Noord");
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("het wachtwoord is niet gewijzigd", again.Out, StringComparison.Ordinal);
        Assert.Single(await identity.Memberships.AsNoTracking().Where(m => m.UserId == user.Id).ToListAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Create_admin_without_the_required_arguments_prints_the_usage_and_exits_with_64(DatabaseProvider provider)
    {
        using var database = EmptyDatabase(provider);

        var result = await RunAsync(database, "create-admin", "--region", "noord", "--name", "Nora Noord");

        Assert.True(result.ExitCode == 64, result.ToString());
        Assert.Contains("Gebruik: create-admin --region SLEUTEL --email ADRES --name", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Create_admin_for_an_unknown_region_without_a_region_name_is_refused(DatabaseProvider provider)
    {
        using var database = EmptyDatabase(provider);
        Assert.Equal(0, (await RunAsync(database, "migrate")).ExitCode);

        var result = await RunAsync(database, "create-admin", "--region", "zuid", "--email", "z@zuid.example", "--name", "Zeger Zuid");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("Regio 'zuid' bestaat niet", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Migrate_also_creates_what_several_instances_share_once_the_data_protection_key_and_on_PostgreSql_the_job_schema(
        DatabaseProvider provider)
    {
        using var database = EmptyDatabase(provider);

        Assert.Equal(0, (await RunAsync(database, "migrate")).ExitCode);
        Assert.Equal(0, (await RunAsync(database, "migrate")).ExitCode);

        var options = new DatabaseOptions { Provider = provider, ConnectionString = database.ConnectionString };
        using var identity = new IdentityStoreDbContext(
            (DbContextOptions<IdentityStoreDbContext>)new DbContextOptionsBuilder<IdentityStoreDbContext>()
                .UseZvhDatabase(options, IdentityStoreDbContext.SchemaName).Options);
        // One key, made by the first run and reused by the second: instances started afterwards all protect with it.
        var key = Assert.Single(await identity.DataProtectionKeys.AsNoTracking().ToListAsync());
        Assert.Contains("<key id=", key.Xml, StringComparison.Ordinal);
        if (provider == DatabaseProvider.PostgreSql)
        {
            await using var connection = new Npgsql.NpgsqlConnection(database.ConnectionString);
            await connection.OpenAsync();
            await using var command = new Npgsql.NpgsqlCommand(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'hangfire' AND table_name IN ('job', 'jobqueue', 'lock', 'server')",
                connection);
            Assert.Equal(4L, (long)(await command.ExecuteScalarAsync())!);
        }
    }

    /// <summary>An empty database; for SQLite an empty file, so the command finds a database without tables.</summary>
    private static TestDatabase EmptyDatabase(DatabaseProvider provider)
    {
        var database = TestDatabase.Create(provider);
        if (provider == DatabaseProvider.Sqlite)
        {
            File.WriteAllBytes(Path.Combine(database.DataFolder, "zvh.db"), []);
        }

        return database;
    }

    private static async Task<CommandResult> RunAsync(TestDatabase database, string command, params string[] arguments)
    {
        string[] args =
        [
            command,
            $"--Database:Provider={database.Provider}",
            $"--Database:ConnectionString={database.ConnectionString}",
            $"--Zvh:DataFolder={database.DataFolder}",
            .. arguments,
        ];
        var originalOut = Console.Out;
        var originalError = Console.Error;
        // Not disposed: the host's console logger may still hold and write to them after the command returns.
        var output = new StringWriter();
        var error = new StringWriter();
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var exitCode = await ZvhHost.RunAsync(args);
            return new CommandResult(exitCode, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(originalOut);
            Console.SetError(originalError);
        }
    }

    private sealed record CommandResult(int ExitCode, string Out, string Error)
    {
        public override string ToString() => $"exit {ExitCode}{Environment.NewLine}out: {Out}{Environment.NewLine}error: {Error}";
    }
}
