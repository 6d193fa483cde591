using EmissionsDao.Chain;
using EmissionsDao.Chain.Audits;
using EmissionsDao.Core.Requests;

namespace EmissionsDao.Web.Audits;

public static class AuditPortalServiceCollectionExtensions
{
    /// <summary>The requester and auditor flows: request store, messages to sign, the request reader.</summary>
    public static IHostApplicationBuilder AddAuditFlows(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<AuditRequestStore>();
        builder.Services.AddSingleton(sp => new AuditMessagesToSign(sp.GetRequiredService<ChainRuntime>()));
        builder.Services.AddSingleton<AuditPortalService>();
        builder.Services.AddScoped<AuditSigner>();
        return builder;
    }
}
