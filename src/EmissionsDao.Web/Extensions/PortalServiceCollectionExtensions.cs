using EmissionsDao.Web.Components;
using MudBlazor.Services;

namespace EmissionsDao.Web.Extensions;

public static class PortalServiceCollectionExtensions
{
    /// <summary>The Blazor Server portal: interactive server components and MudBlazor.</summary>
    public static IHostApplicationBuilder AddPortalServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddSingleton<Components.Governance.ChainClock>();
        return builder;
    }

    /// <summary>
    /// The static web root: the repository's top-level wwwroot/ when running from a checkout (the web project links
    /// it, and a published portal carries it as its own wwwroot/).
    /// </summary>
    public static string? LocateWebRoot(string startDirectory)
    {
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "EmissionsDao.sln")))
            {
                return Path.Combine(directory.FullName, "wwwroot");
            }
        }

        return null;
    }

    public static WebApplication MapPortal(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }

        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
