using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.SqlServer;
using Htmx;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using ZvhPlatform.Core.Data;
using ZvhPlatform.Core.Identity;
using ZvhPlatform.Kernel.Data;
using ZvhPlatform.Kernel.Modules;
using ZvhPlatform.Kernel.Tenancy;
using ZvhPlatform.Web.Navigation;
using ZvhPlatform.Web.Security;

namespace ZvhPlatform.Web.Hosting;

internal static class WebServices
{
    public static IServiceCollection AddZvhWeb(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment,
        ModuleCatalog catalog)
    {
        services.AddControllersWithViews(o =>
            {
                o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                o.Filters.Add<DomainExceptionFilter>();
                DutchModelBindingMessages.Apply(o.ModelBindingMessageProvider);
            })
            .ConfigureApplicationPartManager(apm =>
            {
                // A module assembly that is referenced but left out of this host contributes nothing: no routes, no views.
                foreach (var part in apm.ApplicationParts.ToList())
                {
                    var assembly = part switch
                    {
                        AssemblyPart a => a.Assembly,
                        CompiledRazorAssemblyPart r => r.Assembly,
                        _ => null,
                    };
                    var name = assembly?.GetName().Name ?? "";
                    if (name.StartsWith(ModuleComposer.ModuleAssemblyPrefix, StringComparison.Ordinal) && !catalog.Assemblies.Contains(assembly!))
                    {
                        apm.ApplicationParts.Remove(part);
                    }
                }

                foreach (var assembly in catalog.Assemblies.Where(a => apm.ApplicationParts.OfType<AssemblyPart>().All(p => p.Assembly != a)))
                {
                    // The assembly's own factory: for a Razor class library it yields the compiled views
                    // (CompiledRazorAssemblyPart) as well as the controllers; a bare AssemblyPart has no views.
                    foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
                    {
                        apm.ApplicationParts.Add(part);
                    }
                }
            });

        // Dutch names carry diacritics (Özdemir, Hélène); encode only what HTML needs, not every non-ASCII letter.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));

        services.AddAntiforgery(o =>
        {
            o.HeaderName = "RequestVerificationToken";
            o.Cookie.Name = "zvh.af";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });

        var secure = configuration.GetValue("Zvh:SecureCookies", !environment.IsDevelopment());
        services.AddAuthentication(ZvhAuth.Scheme)
            .AddCookie(ZvhAuth.Scheme, o =>
            {
                o.Cookie.Name = "zvh.sessie";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = secure ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
                o.LoginPath = "/account/inloggen";
                o.LogoutPath = "/account/afmelden";
                o.AccessDeniedPath = "/fout/403";
                o.ExpireTimeSpan = configuration.GetValue("Sessions:Idle", TimeSpan.FromMinutes(20));
                o.SlidingExpiration = true;
                o.Events.OnValidatePrincipal = SessionValidator.ValidateAsync;
                // htmx follows a redirect inside its request and would swap the page it lands on into a fragment. It gets the
                // status instead: a 401 sends the browser to the login page (HX-Redirect), a 403 gets the message fragment
                // (FoutController through the status code pages).
                o.Events.OnRedirectToLogin = ctx => RedirectOrAnswerHtmx(ctx, StatusCodes.Status401Unauthorized, sendBrowserThere: true);
                o.Events.OnRedirectToAccessDenied = ctx => RedirectOrAnswerHtmx(ctx, StatusCodes.Status403Forbidden, sendBrowserThere: false);
            })
            .AddCookie(ZvhAuth.PendingScheme, o =>
            {
                o.Cookie.Name = "zvh.aanmelden";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = secure ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromMinutes(5);
                o.SlidingExpiration = false;
                o.LoginPath = "/account/inloggen";
            });

        services.AddAuthorization(o =>
        {
            var mfa = new AuthorizationPolicyBuilder(ZvhAuth.Scheme)
                .RequireAuthenticatedUser()
                .RequireClaim(ZvhClaimTypes.TwoFactorDone, ZvhAuth.MultiFactor)
                .Build();
            o.AddPolicy(ZvhAuth.MultiFactorPolicy, mfa);
            o.DefaultPolicy = mfa;
            o.FallbackPolicy = mfa;
        });
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<IAuthorizationHandler, PermissionHandler>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, AnalistNotFoundResultHandler>();
        services.AddScoped<ZvhSignIn>();
        services.Configure<SessionLimits>(configuration.GetSection(SessionLimits.Section));
        services.AddScoped<NavigationBuilder>();

        services.AddDataProtection()
            .SetApplicationName("zvh-platform")
            .PersistKeysToDbContext<IdentityStoreDbContext>();

        services.AddHealthChecks().AddDbContextCheck<IdentityStoreDbContext>("database", tags: ["ready"]);

        var db = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        // Several instances share one job storage (see docs/adr/0007). A job whose process dies is fetched again by another
        // instance once its invisibility timeout passes; the running instance keeps extending it (sliding), so the timeout
        // can be short without a long job being taken over while it still runs.
        var invisibility = configuration.GetValue("Jobs:InvisibilityTimeout", TimeSpan.FromMinutes(5));
        var queuePolling = configuration.GetValue("Jobs:QueuePollInterval", TimeSpan.FromSeconds(5));
        services.AddHangfire((sp, h) =>
        {
            h.SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();
            switch (db.Provider)
            {
                case DatabaseProvider.SqlServer:
                    h.UseSqlServerStorage(db.ConnectionString, new SqlServerStorageOptions
                    {
                        SchemaName = "hangfire", PrepareSchemaIfNecessary = true, SlidingInvisibilityTimeout = invisibility,
                    });
                    break;
                case DatabaseProvider.PostgreSql:
                    h.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(db.ConnectionString), new PostgreSqlStorageOptions
                    {
                        SchemaName = "hangfire",
                        PrepareSchemaIfNecessary = true,
                        InvisibilityTimeout = invisibility,
                        UseSlidingInvisibilityTimeout = true,
                        QueuePollInterval = queuePolling,
                    });
                    break;
                default:
                    h.UseInMemoryStorage(new InMemoryStorageOptions());
                    break;
            }
        });
        if (configuration.GetValue("Jobs:RunServer", true))
        {
            services.AddHangfireServer(o =>
            {
                o.WorkerCount = Math.Max(1, configuration.GetValue("Jobs:Workers", 2));
                o.SchedulePollingInterval = configuration.GetValue("Jobs:SchedulePollingInterval", TimeSpan.FromSeconds(5));
            });
        }

        return services;
    }

    private static Task RedirectOrAnswerHtmx(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> ctx, int status, bool sendBrowserThere)
    {
        if (!ctx.Request.IsHtmx())
        {
            ctx.Response.Redirect(ctx.RedirectUri);
            return Task.CompletedTask;
        }

        ctx.Response.StatusCode = status;
        if (sendBrowserThere)
        {
            ctx.Response.Headers[HtmxResponseHeaders.Keys.Redirect] = ctx.RedirectUri;
        }

        return Task.CompletedTask;
    }
}

/// <summary>Dutch messages for values the model binder cannot read (a date typed wrongly, ...).</summary>
internal static class DutchModelBindingMessages
{
    public static void Apply(Microsoft.AspNetCore.Mvc.ModelBinding.Metadata.DefaultModelBindingMessageProvider p)
    {
        p.SetAttemptedValueIsInvalidAccessor((value, field) => $"'{value}' is geen geldige waarde voor {field}.");
        p.SetMissingBindRequiredValueAccessor(field => $"{field} ontbreekt.");
        p.SetMissingKeyOrValueAccessor(() => "Er ontbreekt een waarde.");
        p.SetMissingRequestBodyRequiredValueAccessor(() => "Het formulier is leeg.");
        p.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"'{value}' is geen geldige waarde.");
        p.SetNonPropertyUnknownValueIsInvalidAccessor(() => "De opgegeven waarde is ongeldig.");
        p.SetNonPropertyValueMustBeANumberAccessor(() => "Vul een getal in.");
        p.SetUnknownValueIsInvalidAccessor(field => $"De opgegeven waarde voor {field} is ongeldig.");
        p.SetValueIsInvalidAccessor(value => $"'{value}' is ongeldig.");
        p.SetValueMustBeANumberAccessor(field => $"{field} moet een getal zijn.");
        p.SetValueMustNotBeNullAccessor(field => $"Vul {field} in.");
    }
}
