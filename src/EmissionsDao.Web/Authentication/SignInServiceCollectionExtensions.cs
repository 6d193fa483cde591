using EmissionsDao.Chain.Identity;
using EmissionsDao.Core;
using EmissionsDao.Web.Wallet;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;

namespace EmissionsDao.Web.Authentication;

public static class SignInServiceCollectionExtensions
{
    public const string SessionCookieName = ".EmissionsDao.Session";

    /// <summary>
    /// Portal sessions: a cookie set by the /auth endpoints after Sign-In with Ethereum, bound to the chain it was
    /// made on; the authentication state cascades to components; the wallet interop per circuit.
    /// </summary>
    public static IHostApplicationBuilder AddPortalSignIn(this IHostApplicationBuilder builder)
    {
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = SessionCookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
                options.LoginPath = "/signin";
                options.AccessDeniedPath = "/signin";
                options.ReturnUrlParameter = "returnUrl";
                options.Events.OnValidatePrincipal = RejectSessionsOfAnotherChainAsync;
            });
        builder.Services.AddAuthorization();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddProblemDetails();

        // Session cookies are encrypted with these keys: keeping them in the data directory keeps sessions across restarts.
        builder.Services.AddDataProtection()
            .SetApplicationName("EmissionsDao")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(PortalDataDirectory.Resolve(builder.Configuration, builder.Environment), "keys", "data-protection")));

        builder.Services.AddScoped<WalletInterop>();
        builder.Services.AddScoped<Signing.SessionSigner>();
        return builder;
    }

    private static async Task RejectSessionsOfAnotherChainAsync(CookieValidatePrincipalContext context)
    {
        var chain = context.HttpContext.RequestServices.GetRequiredService<ISignInChain>();
        var sessionChain = context.Principal?.FindFirst(PortalClaimTypes.ChainId)?.Value;
        if (sessionChain != chain.ChainId.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}
