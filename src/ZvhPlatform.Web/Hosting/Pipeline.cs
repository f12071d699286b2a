using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using ZvhPlatform.Kernel;
using ZvhPlatform.Web.Security;

namespace ZvhPlatform.Web.Hosting;

internal static class Pipeline
{
    public static WebApplication UseZvhPipeline(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        // Never the developer exception page: error pages reveal nothing internal, in any environment.
        app.UseExceptionHandler("/fout");
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/fout/{0}");
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseZvhRegions();
        app.UseRouting();
        app.UseMiddleware<AntiforgeryFirstMiddleware>();
        // Before authorization: an unbought module is invisible (404) to everyone, not "forbidden" to some.
        app.UseMiddleware<ModuleEntitlementMiddleware>();
        app.UseAuthorization();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapControllers();
        app.MapControllerRoute("areas", "{area:exists}/{controller=Home}/{action=Index}/{id?}");
        return app;
    }
}
