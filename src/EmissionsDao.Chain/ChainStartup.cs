using System.Diagnostics;
using EmissionsDao.Chain.Deployment;
using EmissionsDao.Chain.LocalChain;
using EmissionsDao.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Nethereum.JsonRpc.Client;
using Nethereum.Web3;

namespace EmissionsDao.Chain;

/// <summary>
/// Connects the portal to its chain before it serves: on the embedded default it starts anvil with a state file in
/// the data directory and deploys the contracts on the first start (a restart reuses chain and addresses); on an
/// external chain it checks the endpoint, the chain id and that every configured address holds code.
/// </summary>
internal sealed class ChainStartup(
    IOptions<ChainOptions> options,
    ChainRuntime runtime,
    IConfiguration configuration,
    IHostEnvironment environment,
    ILogger<ChainStartup> logger) : IHostedService, IAsyncDisposable
{
    private AnvilProcess? _anvil;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (runtime.IsConnected)
        {
            return;
        }

        var stopwatch = Stopwatch.StartNew();
        var chain = options.Value;
        var connection = chain.UsesEmbeddedChain
            ? await StartEmbeddedChainAsync(chain, cancellationToken)
            : await ConnectExternalChainAsync(chain, cancellationToken);
        runtime.Attach(connection);
        logger.LogInformation(
            "Chain {ChainId} ready at {RpcUrl} ({Mode}) in {Elapsed} ms",
            connection.ChainId,
            connection.RpcUrl,
            connection.IsEmbeddedDevChain ? "embedded anvil" : "external",
            stopwatch.ElapsedMilliseconds);
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        if (_anvil is not null)
        {
            await _anvil.DisposeAsync();
            _anvil = null;
        }
    }

    private async Task<ChainConnection> StartEmbeddedChainAsync(ChainOptions chain, CancellationToken cancellationToken)
    {
        var chainDirectory = Directory.CreateDirectory(Path.Combine(PortalDataDirectory.Resolve(configuration, environment), "chain")).FullName;
        var anvilPath = string.IsNullOrWhiteSpace(chain.AnvilPath) ? AnvilProcess.LocateBinary(environment.ContentRootPath) : chain.AnvilPath;
        var stateFile = chain.PersistLocalChain ? Path.Combine(chainDirectory, "anvil-state.json") : null;
        _anvil = await AnvilProcess.StartAsync(anvilPath, chain.AnvilPort, stateFile, cancellationToken);

        var deploymentFile = Path.Combine(chainDirectory, "deployment.json");
        var reader = new Web3(_anvil.RpcUrl);
        var recorded = chain.PersistLocalChain ? DeploymentRecord.Load(deploymentFile) : null;
        if (recorded is not null && recorded.ChainId == ChainOptions.DevChainId && await AllHaveCodeAsync(reader, recorded.Addresses))
        {
            logger.LogInformation("Reusing the contracts deployed at block {Block}", recorded.DeployedAtBlock);
            return new ChainConnection(_anvil.RpcUrl, ChainOptions.DevChainId, true, recorded.Addresses, DevAccounts.Deployer.PrivateKey);
        }

        logger.LogInformation("Deploying the contracts to the embedded chain");
        Web3 Web3For(DevAccount account) => new(account.ToAccount(ChainOptions.DevChainId), _anvil.RpcUrl);
        var addresses = await ContractDeployer.DeployAsync(Web3For(DevAccounts.Deployer), GovernanceSettings.DevChain, cancellationToken);
        await ContractDeployer.FundDemoAccountsAsync(Web3For, addresses, cancellationToken);
        var block = await reader.Eth.Blocks.GetBlockNumber.SendRequestAsync();
        new DeploymentRecord(ChainOptions.DevChainId, (long)block.Value, DateTime.UtcNow, addresses).Save(deploymentFile);
        return new ChainConnection(_anvil.RpcUrl, ChainOptions.DevChainId, true, addresses, DevAccounts.Deployer.PrivateKey);
    }

    private static async Task<ChainConnection> ConnectExternalChainAsync(ChainOptions chain, CancellationToken cancellationToken)
    {
        var client = new RpcClient(new Uri(chain.RpcUrl!));
        var reader = new Web3(client);
        long actualChainId;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(10));
            actualChainId = (long)(await reader.Eth.ChainId.SendRequestAsync().WaitAsync(timeout.Token)).Value;
        }
        catch (Exception exception) when (exception is RpcClientUnknownException or RpcResponseException or HttpRequestException or OperationCanceledException)
        {
            throw new ChainConfigurationException(
                $"Chain:RpcUrl {chain.RpcUrl} is unreachable ({Innermost(exception).Message}): start the node, fix the URL, or remove Chain:RpcUrl to use the embedded dev chain",
                exception);
        }

        if (actualChainId != chain.ChainId)
        {
            throw new ChainConfigurationException(
                $"Chain:ChainId is {chain.ChainId} but the node at {chain.RpcUrl} is chain {actualChainId}: fix Chain:ChainId or point Chain:RpcUrl at the right network");
        }

        foreach (var (contract, address) in chain.Addresses!.All())
        {
            if (!await HasCodeAsync(reader, address))
            {
                throw new ChainConfigurationException(
                    $"Chain:Addresses:{contract} {address} has no contract code on chain {actualChainId}: deploy the contracts there or fix the address");
            }
        }

        return new ChainConnection(chain.RpcUrl!, actualChainId, false, chain.Addresses, chain.RelayerPrivateKey!);
    }

    /// <summary>
    /// Whether every contract of the recorded deployment is on chain. A record from before a contract was added
    /// (e.g. AuditReviews) misses it, and the contracts are deployed afresh, once, so the dev chain stays usable.
    /// </summary>
    private static async Task<bool> AllHaveCodeAsync(Web3 reader, ContractAddresses addresses)
    {
        foreach (var (_, address) in addresses.All())
        {
            if (!await HasCodeAsync(reader, address))
            {
                return false;
            }
        }

        return true;
    }

    private static async Task<bool> HasCodeAsync(Web3 reader, string? address) =>
        address is not null && (await reader.Eth.GetCode.SendRequestAsync(address)) is { Length: > 2 };

    private static Exception Innermost(Exception exception) =>
        exception.InnerException is null ? exception : Innermost(exception.InnerException);
}
