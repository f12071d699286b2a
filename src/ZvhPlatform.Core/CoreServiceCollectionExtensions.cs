using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ZvhPlatform.Core.Access;
using ZvhPlatform.Core.Contracts.Regions;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Demo;
using ZvhPlatform.Core.Entitlement;
using ZvhPlatform.Core.Identity;
using ZvhPlatform.Core.Regions;
using ZvhPlatform.Kernel;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Entitlement;
using ZvhPlatform.Kernel.Requests;
using ZvhPlatform.Kernel.Tenancy;

namespace ZvhPlatform.Core;

/// <summary>Registers the core: regions and contracts, identity store, entitlement and access.</summary>
public static class CoreServiceCollectionExtensions
{
    /// <summary>Adds the core's services. Call after <c>AddZvhKernel</c>.</summary>
    public static IServiceCollection AddZvhCore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddMemoryCache();
        services.AddHttpContextAccessor();
        services.AddModuleDbContext<CoreDbContext>(CoreDbContext.SchemaName);
        services.AddModuleDbContext<AuditDbContext>(AuditDbContext.SchemaName);
        // Pooled: the session check uses this context on every request, and it has no per-request state (no region) to set.
        services.AddDbContextPool<IdentityStoreDbContext>((sp, o) =>
            o.UseZvhDatabase(sp.GetRequiredService<DatabaseOptions>(), IdentityStoreDbContext.SchemaName));

        services.AddIdentityCore<ZvhUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<IdentityStoreDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        services.AddScoped<IRegionStore, RegionStore>();
        services.AddScoped<IModuleEntitlement, ContractEntitlement>();
        // Several instances on one database: how soon a contract changed on another instance is noticed here.
        services.AddSingleton(new ContractCacheOptions(configuration.GetValue(ContractCacheOptions.Key, ContractCacheOptions.Default.RecheckInterval)));
        services.AddScoped<IRegionDirectory, RegionDirectory>();
        services.AddSingleton<PermissionRegistry>();
        services.AddScoped<CurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());
        services.AddScoped<DatabaseMigrator>();
        services.AddScoped<Privacy.AccessLog>();
        services.AddScoped<Contracts.Privacy.IAccessLog>(sp => sp.GetRequiredService<Privacy.AccessLog>());
        services.AddScoped<DemoSeeder>();
        services.AddScoped<DemoCasework>();
        services.AddScoped<Synthetic.SyntheticDataGenerator>();
        services.AddScoped<Features.Meldingen.OngelezenUitSessiecontrole>();
        services.AddScoped(sp => new UserSessions(sp.GetRequiredService<IdentityStoreDbContext>(), sp.GetRequiredService<TimeProvider>()));

        // Convenantpartners and geheimhoudingsverklaringen.
        services.AddModuleDbContext<PartnersDbContext>(PartnersDbContext.SchemaName);
        services.AddScoped<Contracts.Partners.IPartnerDirectory, Partners.PartnerDirectory>();
        // --- Privacy protocol and data subject requests ---
        services.AddModuleDbContext<PrivacyDbContext>(PrivacyDbContext.SchemaName);
        services.AddScoped<Contracts.Privacy.IPrivacyProtocol, Privacy.PrivacyProtocol>();
        services.AddScoped<Contracts.Privacy.IProcessingRestrictions, Privacy.ProcessingRestrictions>();
        services.AddScoped<Contracts.Privacy.IPersonDataSource, Privacy.PersonRegisterDataSource>();
        services.AddScoped<Contracts.Privacy.IPersonDataSource, Privacy.AccessOverviewDataSource>();
        // Casework kernel: cases of every aanpak, need-to-know, emergency access and retention.
        services.AddModuleDbContext<CaseworkDbContext>(CaseworkDbContext.SchemaName);
        services.AddScoped<Contracts.Casework.ICaseAccess, Casework.CaseAccess>();
        services.AddScoped<Casework.Compartments>();
        services.AddScoped<Contracts.Privacy.IPersonDataSource, Casework.CaseworkDataSource>();
        services.AddTransient<Casework.RetentionJob>();
        services.AddTransient<Data.PlannerStatisticsJob>();
        // --- Aanmelding en triage ---
        services.AddScoped<Casework.CaseOpener>();
        services.AddScoped<Casework.AanmeldingIntake>();
        services.AddScoped<Contracts.Casework.ICaseDirectory, Casework.CaseDirectory>();
        // --- Management information and import ---
        services.AddScoped<Features.Rapportage.RapportageBerekening>();
        services.AddSingleton(_ => new Features.Rapportage.RapportageWachtrij(configuration.GetValue<int?>(Features.Rapportage.RapportageWachtrij.GelijktijdigKey),
            configuration.GetValue<int?>(Features.Rapportage.RapportageWachtrij.WachtendKey)));
        services.AddScoped<Features.Rapportage.RapportageModules>();
        services.AddScoped<Features.Import.CaseImporter>();
        // --- Casusoverleg, plan, acties en monitor ---
        services.AddTransient<Casework.ActieHerinneringen>();
        services.AddScoped<Casework.ActieHerinneringJob>();
        services.AddScoped<Contracts.Email.IEmailSender, Email.SmtpEmailSender>();
        // --- Plustaken: contracts, invoicing and switching off ---
        services.AddScoped<Casework.CaseContractScope>();
        services.AddScoped<Contracts.Casework.ICasusoverlegDirectory, Casework.CasusoverlegDirectory>();
        services.AddScoped<Contracts.Casework.ICaseEscalation, Casework.CaseEscalation>();
        // --- Contracts for modules: notifications (escalation is ICaseEscalation above) ---
        services.AddScoped<Contracts.Notifications.INotifications, Casework.ModuleNotifications>();
        return services;
    }

    /// <summary>The core assemblies whose validators, handlers and jobs the kernel scans.</summary>
    public static System.Reflection.Assembly[] CoreAssemblies =>
        [typeof(CoreServiceCollectionExtensions).Assembly, typeof(Contracts.Access.ZvhRoles).Assembly];
}
