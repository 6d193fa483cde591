using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace EmissionsDao.Chain.Identity;

public static class IdentityServiceCollectionExtensions
{
    /// <summary>
    /// Sign-In with Ethereum (EIP-4361): binds and validates the "SignIn" section, and registers the nonce store
    /// (in memory), the message builder, the verifier and the dev-account signer.
    /// </summary>
    public static IHostApplicationBuilder AddSignInWithEthereum(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SiweOptions>()
            .Bind(builder.Configuration.GetSection(SiweOptions.SectionName))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<SiweOptions>, SiweOptionsValidator>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ISiweNonceStore, InMemorySiweNonceStore>();
        builder.Services.AddSingleton<ISignInChain, ConnectedSignInChain>();
        builder.Services.AddSingleton<SiweChallengeIssuer>();
        builder.Services.AddSingleton<SiweVerifier>();
        builder.Services.AddSingleton<DevAccountSigner>();
        return builder;
    }
}
