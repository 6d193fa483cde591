using EmissionsDao.Chain.Deployment;
using EmissionsDao.Chain.LocalChain;
using Nethereum.Hex.HexTypes;
using Nethereum.JsonRpc.Client;
using Nethereum.Web3;

namespace EmissionsDao.Chain.Tests.Infrastructure;

/// <summary>
/// One real anvil node for the whole test run, with the contracts deployed and the demo accounts funded once.
/// Tests isolate themselves by reverting to the snapshot taken after deployment (<see cref="ResetAsync"/>).
/// </summary>
public sealed class AnvilFixture : IAsyncLifetime
{
    private string? _snapshotId;

    public AnvilProcess Anvil { get; private set; } = default!;

    public ContractAddresses Addresses { get; private set; } = default!;

    public GovernanceSettings Governance { get; } = GovernanceSettings.DevChain;

    public IWeb3 Reader => new Web3(Anvil.RpcUrl);

    public async Task InitializeAsync()
    {
        Anvil = await AnvilProcess.StartAsync(AnvilProcess.LocateBinary(AppContext.BaseDirectory), 0, null, CancellationToken.None);
        Addresses = await ContractDeployer.DeployAsync(Web3For(DevAccounts.Deployer), Governance);
        await ContractDeployer.FundDemoAccountsAsync(Web3For, Addresses);
        _snapshotId = await SnapshotAsync();
    }

    public async Task DisposeAsync() => await Anvil.DisposeAsync();

    public IWeb3 Web3For(DevAccount account) => new Web3(account.ToAccount(ChainOptions.DevChainId), Anvil.RpcUrl);

    /// <summary>Puts the chain back to the state right after deployment and funding.</summary>
    public async Task ResetAsync()
    {
        var reverted = await Rpc<bool>("evm_revert", _snapshotId!);
        Assert.True(reverted, "anvil refused to revert to the deployment snapshot");
        _snapshotId = await SnapshotAsync();
    }

    /// <summary>Moves the chain's clock forward and mines a block at the new time.</summary>
    public async Task IncreaseTimeAsync(long seconds)
    {
        await Rpc<object>("evm_increaseTime", seconds);
        await MineAsync(1);
    }

    public Task MineAsync(int blocks) => Rpc<object>("anvil_mine", new HexBigInteger(blocks).HexValue);

    public async Task<long> LatestTimestampAsync()
    {
        var block = await Reader.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(Nethereum.RPC.Eth.DTOs.BlockParameter.CreateLatest());
        return (long)block.Timestamp.Value;
    }

    private Task<string> SnapshotAsync() => Rpc<string>("evm_snapshot");

    private Task<T> Rpc<T>(string method, params object[] parameters) =>
        Reader.Client.SendRequestAsync<T>(new RpcRequest(Guid.NewGuid().ToString("N"), method, parameters));
}

[CollectionDefinition(Name)]
public sealed class AnvilCollection : ICollectionFixture<AnvilFixture>
{
    public const string Name = "anvil";
}
