using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace EmissionsDao.Chain;

public static class ChainServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates the "Chain" section, connects to the chain before the portal serves (starting the
    /// embedded anvil when no RPC URL is configured), and registers the chain services.
    /// </summary>
    public static IHostApplicationBuilder AddEmissionsChain(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ChainOptions>()
            .Bind(builder.Configuration.GetSection(ChainOptions.SectionName))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ChainOptions>, ChainOptionsValidator>();
        builder.Services.AddSingleton<ChainRuntime>();
        builder.Services.AddSingleton<ChainStartup>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ChainStartup>());
        builder.Services.AddSingleton<ChainStatusReader>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<Governance.VoteRelayer>();
        builder.Services.AddSingleton<Governance.DelegationRelayer>();
        builder.Services.AddSingleton<Governance.ProposalDescriber>();
        builder.Services.AddSingleton<Governance.ProposalReader>();
        builder.Services.AddSingleton<Governance.ProposalSubmitter>();
        builder.Services.AddSingleton<Reputation.ReputationReader>();
        builder.Services.AddSingleton(sp =>
        {
            var connection = sp.GetRequiredService<ChainRuntime>().Connection;
            return new Reviews.ReviewService(connection.Reader, connection.Addresses, new Audits.ContractTransactionSender(connection.Relayer));
        });
        return builder;
    }

    /// <summary>
    /// Connects to the chain now rather than as a hosted service, so that a configuration problem surfaces as a
    /// <see cref="ChainConfigurationException"/> or an options validation failure the caller can report in one line.
    /// </summary>
    public static Task ConnectChainAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        _ = services.GetRequiredService<IOptions<ChainOptions>>().Value;
        return services.GetRequiredService<ChainStartup>().StartAsync(cancellationToken);
    }
}
