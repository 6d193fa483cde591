using EmissionsDao.Chain;
using EmissionsDao.Chain.Deployment;
using EmissionsDao.Chain.Governance;
using EmissionsDao.Chain.LocalChain;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EmissionsDao.Benchmarks.Circuits;

/// <summary>
/// The real portal in this process on a Kestrel port, on its embedded defaults (SQLite file, its own anvil) in a fresh
/// data directory, as the browser tests host it.
/// </summary>
public sealed class PortalHost : IAsyncDisposable
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("emissionsdao-circuits-").FullName;
    private readonly WebApplicationFactory<global::Program> _factory;

    private PortalHost()
    {
        _factory = new WebApplicationFactory<global::Program>().WithWebHostBuilder(builder => builder
            .UseSetting("DataDirectory", _dataDirectory)
            .UseSetting("Chain:AnvilPort", "0")
            .UseSetting("Chain:PersistLocalChain", "false")
            .UseSetting("Urls", "http://127.0.0.1:0")
            .ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning)));
        _factory.UseKestrel(0);
    }

    public Uri BaseAddress { get; private set; } = default!;

    public IServiceProvider Services => _factory.Services;

    public static PortalHost Start()
    {
        // WebApplicationFactory reads the web project's content root from MvcTestingAppManifest.json in the current
        // directory, as a test runner has it; `dotnet run` starts in the caller's directory.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        var host = new PortalHost();
        host._factory.StartServer();
        var addresses = host._factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        host.BaseAddress = new Uri(addresses.Addresses.First());
        return host;
    }

    /// <summary>
    /// Puts proposals on the list through the portal's own governance service: <paramref name="active"/> whose voting
    /// is open (the chain clock moved past the voting delay) and <paramref name="pending"/> waiting for it.
    /// </summary>
    public Task CreateProposalsAsync(int active, int pending, CancellationToken cancellationToken = default) =>
        CreateProposalsAsync(Services, active, pending, cancellationToken);

    /// <inheritdoc cref="CreateProposalsAsync(int, int, CancellationToken)"/>
    public static async Task CreateProposalsAsync(IServiceProvider services, int active, int pending, CancellationToken cancellationToken = default)
    {
        var chain = services.GetRequiredService<ChainRuntime>().Connection;
        var submitter = services.GetRequiredService<ProposalSubmitter>();
        var erin = chain.For(DevAccounts.ByName("Erin").ToAccount(chain.ChainId));
        for (var i = 0; i < active + pending; i++)
        {
            var template = new ChangeAuditFee(100 + i);
            await submitter.ProposeAsync(template.Calls(chain.Addresses), $"{template.Title}\n\nLoad test proposal {i + 1}.", erin, cancellationToken);
            if (i == active - 1)
            {
                await chain.Reader.Client.SendRequestAsync<object>(new Nethereum.JsonRpc.Client.RpcRequest(1, "evm_increaseTime", (long)GovernanceSettings.DevChain.VotingDelaySeconds + 1));
                await chain.Reader.Client.SendRequestAsync<object>(new Nethereum.JsonRpc.Client.RpcRequest(2, "anvil_mine", "0x1"));
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
