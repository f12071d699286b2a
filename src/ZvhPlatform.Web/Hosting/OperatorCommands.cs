using Hangfire;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ZvhPlatform.Core.Contracts.Access;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Demo;
using ZvhPlatform.Core.Features.Users;
using ZvhPlatform.Core.Identity;
using ZvhPlatform.Core.Regions;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Web.Hosting;

/// <summary>migrate, seed-demo, create-admin, check: for operators, documented in the README.</summary>
internal static class OperatorCommands
{
    public static async Task<int> RunAsync(WebApplication app, string command, string[] args)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        try
        {
            return command switch
            {
                "migrate" => await MigrateAsync(sp),
                "seed-demo" => await SeedDemoAsync(app, sp),
                "create-admin" => await CreateAdminAsync(sp, args),
                "check" => await CheckAsync(sp),
                "generate-data" => await GenerateDataAsync(app, sp, args),
                "import" => await ImportReportCommands.ImportAsync(sp, args),
                "report" => await ImportReportCommands.ReportAsync(sp, args),
                _ => 64,
            };
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync($"{command} mislukt: {ex.GetType().Name}: {ex.Message}");
            return 1;
        }
    }

    private static async Task<int> MigrateAsync(IServiceProvider sp)
    {
        var applied = await sp.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        PrepareSharedState(sp);
        Console.WriteLine(applied.Count == 0 ? "De database is bijgewerkt; er waren geen openstaande migraties." : $"Toegepast ({applied.Count}):");
        foreach (var m in applied)
        {
            Console.WriteLine("  " + m);
        }

        return 0;
    }

    private static async Task<int> SeedDemoAsync(WebApplication app, IServiceProvider sp)
    {
        if (app.Environment.IsProduction())
        {
            await Console.Error.WriteLineAsync("seed-demo weigert: demo-gegevens horen nooit in een productieomgeving.");
            return 1;
        }

        await sp.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        PrepareSharedState(sp);
        var credentials = await sp.GetRequiredService<DemoSeeder>().SeedAsync(ZvhHost.DataFolder(app.Configuration, app.Environment), CancellationToken.None);
        DemoCredentialsPrinter.Print(credentials, null);
        return 0;
    }

    private static async Task<int> GenerateDataAsync(WebApplication app, IServiceProvider sp, string[] args)
    {
        string? Arg(string name)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }

        if (app.Environment.IsProduction())
        {
            await Console.Error.WriteLineAsync("generate-data weigert: synthetische gegevens horen nooit in een productieomgeving.");
            return 1;
        }

        ZvhPlatform.Core.Synthetic.SyntheticDataSize size;
        try
        {
            size = ZvhPlatform.Core.Synthetic.SyntheticDataSize.Parse(Arg("--size"), Arg);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            await Console.Error.WriteLineAsync("Gebruik: generate-data [--size ci|small|medium|national] [--seed N] [--regions N] [--persons N] [--cases N] [--actions N] [--log-lines N]");
            return 64;
        }

        var seed = int.TryParse(Arg("--seed"), System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 42;
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        await sp.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        PrepareSharedState(sp);
        var generator = sp.GetRequiredService<ZvhPlatform.Core.Synthetic.SyntheticDataGenerator>();
        var credentials = await generator.SeedRegionsAsync(ZvhHost.DataFolder(app.Configuration, app.Environment), size, CancellationToken.None);
        var identity = sp.GetRequiredService<IdentityStoreDbContext>();
        var emails = credentials.Select(c => c.Email).ToList();
        var userIds = await identity.Users.Where(u => emails.Contains(u.Email!)).ToDictionaryAsync(u => u.Email!, u => u.Id);
        Console.WriteLine($"generate-data: {size.Regions} regio's, {size.Persons:N0} personen, {size.Cases:N0} casussen, {size.Actions:N0} acties, "
                          + $"{size.AccessLogLines:N0} regels toegangslog, seed {seed}");
        var results = await generator.GenerateAsync(size, seed, userIds, line => Console.WriteLine("  " + line), CancellationToken.None);
        await SqliteDatabase.RefreshStatisticsAsync(sp.GetRequiredService<CoreDbContext>());
        Console.WriteLine($"generate-data: klaar in {stopwatch.Elapsed.TotalSeconds:0} s ({results.Count} regio's gevuld).");
        DemoCredentialsPrinter.Print(credentials, null);
        return 0;
    }

    /// <summary>
    /// What instances share besides the tables: the job storage's schema and the data-protection key ring. Made once
    /// here, so that instances started together neither race to install the job schema nor each create a key of
    /// their own (a cookie protected with one instance's fresh key would not open on the other until it reloads).
    /// </summary>
    private static void PrepareSharedState(IServiceProvider sp)
    {
        // Constructing the storage installs or upgrades its schema (PrepareSchemaIfNecessary).
        _ = sp.GetService<JobStorage>();
        // Protecting anything creates the first key when the ring in the database is empty.
        _ = sp.GetRequiredService<IDataProtectionProvider>().CreateProtector("ZvhPlatform.KeyRing").Protect([1]);
    }

    private static async Task<int> CreateAdminAsync(IServiceProvider sp, string[] args)
    {
        string? Arg(string name)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }

        var regionKey = Arg("--region");
        var email = Arg("--email");
        var name = Arg("--name");
        if (regionKey is null || email is null || name is null)
        {
            await Console.Error.WriteLineAsync("Gebruik: create-admin --region SLEUTEL --email ADRES --name \"NAAM\" [--region-name \"NAAM VAN DE REGIO\"]");
            return 64;
        }

        var db = sp.GetRequiredService<CoreDbContext>();
        var region = await db.Regions.SingleOrDefaultAsync(r => r.Key == regionKey);
        if (region is null)
        {
            var regionName = Arg("--region-name");
            if (regionName is null)
            {
                await Console.Error.WriteLineAsync($"Regio '{regionKey}' bestaat niet. Geef --region-name op om haar aan te maken.");
                return 1;
            }

            region = new Region { Key = regionKey, Name = regionName };
            db.Regions.Add(region);
            await db.SaveChangesAsync();
        }

        sp.GetRequiredService<IRegionContextSetter>().SetRegion(new RegionInfo(region.Id, region.Key, region.Name, []), "command");
        var users = sp.GetRequiredService<UserManager<ZvhUser>>();
        var identity = sp.GetRequiredService<IdentityStoreDbContext>();
        var user = await users.FindByEmailAsync(email);
        string? password = null;
        if (user is null)
        {
            password = AddRegionUserHandler.GeneratePassword();
            user = new ZvhUser { Id = Guid.NewGuid(), UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, LockoutEnabled = true, CreatedUtc = DateTime.UtcNow };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                await Console.Error.WriteLineAsync("Aanmaken mislukt: " + string.Join(" ", created.Errors.Select(e => e.Description)));
                return 1;
            }
        }

        if (!await identity.Memberships.AnyAsync(m => m.UserId == user.Id && m.RegionId == region.Id && m.Role == ZvhRoles.FunctioneelBeheerder))
        {
            identity.Memberships.Add(new RegionMembership
            {
                UserId = user.Id, RegionId = region.Id, Role = ZvhRoles.FunctioneelBeheerder, GrantedUtc = DateTime.UtcNow, GrantedBy = "create-admin",
            });
            await identity.SaveChangesAsync();
        }

        Console.WriteLine($"Functioneel beheerder {email} voor {region.Name}.");
        Console.WriteLine(password is null
            ? "Het account bestond al; het wachtwoord is niet gewijzigd."
            : $"Eenmalig wachtwoord: {password}  (bij de eerste aanmelding koppelt de gebruiker een authenticator-app)");
        return 0;
    }

    private static async Task<int> CheckAsync(IServiceProvider sp)
    {
        var options = sp.GetRequiredService<DatabaseOptions>();
        Console.WriteLine($"Database-provider: {options.Provider}");
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            await Console.Error.WriteLineAsync("FOUT: Database:ConnectionString ontbreekt.");
            return 1;
        }

        var migrator = sp.GetRequiredService<DatabaseMigrator>();
        if (!await migrator.CanConnectAsync(CancellationToken.None))
        {
            await Console.Error.WriteLineAsync("FOUT: de database is niet bereikbaar met de opgegeven verbinding.");
            return 1;
        }

        Console.WriteLine("Database bereikbaar.");
        var pending = await migrator.PendingAsync(CancellationToken.None);
        if (pending.Count > 0)
        {
            await Console.Error.WriteLineAsync($"LET OP: {pending.Count} migratie(s) nog niet toegepast; voer 'migrate' uit.");
            return 1;
        }

        Console.WriteLine("Alle migraties zijn toegepast. Configuratie in orde.");
        return 0;
    }
}
