using EmissionsDao.Chain.Identity;
using EmissionsDao.Web.Tests.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EmissionsDao.Web.Tests.Authentication;

/// <summary>
/// The real portal in memory (TestServer) on its embedded defaults — its own anvil and a fresh data directory — for
/// tests through the HTTP pipeline. <see cref="OnChain"/> pretends the portal is connected to another chain.
/// </summary>
public sealed class PortalApiFactory : WebApplicationFactory<Program>
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("emissionsdao-web-").FullName;

    public string DataDirectory => _dataDirectory;

    public ISignInChain? SignInChainOverride { get; init; }

    public static PortalApiFactory OnChain(long chainId) => new() { SignInChainOverride = new FixedSignInChain(chainId, AllowsDevAccounts: false) };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("DataDirectory", _dataDirectory)
            .UseSetting("Chain:AnvilPort", "0")
            .UseSetting("Chain:PersistLocalChain", "false");
        if (SignInChainOverride is { } chain)
        {
            builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton(typeof(ISignInChain), chain)));
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
