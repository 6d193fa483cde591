using System.Numerics;
using EmissionsDao.Chain.Contracts.Generated.EmissionsDaoToken;
using EmissionsDao.Chain.Contracts.Generated.TestStablecoin;
using EmissionsDao.Chain.LocalChain;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Util;

namespace EmissionsDao.Chain;

public sealed record ChainStatus(
    long ChainId,
    long LatestBlock,
    DateTimeOffset LatestBlockTime,
    string RpcUrl,
    bool IsEmbeddedDevChain,
    string RelayerAddress,
    IReadOnlyList<(string Contract, string? Address)> Contracts,
    IReadOnlyList<DemoAccountStatus> DemoAccounts);

/// <summary>A dev account's holdings on the embedded chain: governance tokens, delegated votes, fee tokens, gas.</summary>
public sealed record DemoAccountStatus(string Name, string Role, string Address, decimal GovernanceTokens, decimal Votes, decimal FeeTokens, decimal Ether);

/// <summary>Reads what the status page shows, live from the node.</summary>
public sealed class ChainStatusReader(ChainRuntime runtime)
{
    public async Task<long> LatestBlockAsync() =>
        (long)(await runtime.Connection.Reader.Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value;

    public async Task<ChainStatus> ReadAsync()
    {
        var connection = runtime.Connection;
        var block = await connection.Reader.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(BlockParameter.CreateLatest());
        var demoAccounts = connection.IsEmbeddedDevChain ? await ReadDemoAccountsAsync(connection) : [];
        return new ChainStatus(
            connection.ChainId,
            (long)block.Number.Value,
            DateTimeOffset.FromUnixTimeSeconds((long)block.Timestamp.Value),
            connection.RpcUrl,
            connection.IsEmbeddedDevChain,
            connection.RelayerAddress,
            connection.Addresses.All().ToList(),
            demoAccounts);
    }

    private static async Task<IReadOnlyList<DemoAccountStatus>> ReadDemoAccountsAsync(ChainConnection connection)
    {
        var governanceToken = new EmissionsDaoTokenService(connection.Reader, connection.Addresses.GovernanceToken);
        var feeToken = new TestStablecoinService(connection.Reader, connection.Addresses.FeeToken);
        var accounts = new List<DemoAccountStatus>();
        foreach (var account in DevAccounts.All)
        {
            var tokens = await governanceToken.BalanceOfQueryAsync(account.Address);
            var votes = await governanceToken.GetVotesQueryAsync(account.Address);
            var fees = await feeToken.BalanceOfQueryAsync(account.Address);
            var ether = await connection.Reader.Eth.GetBalance.SendRequestAsync(account.Address);
            accounts.Add(new DemoAccountStatus(account.Name, account.Role, account.Address, Units(tokens, 18), Units(votes, 18), Units(fees, 6), Units(ether.Value, 18)));
        }

        return accounts;
    }

    private static decimal Units(BigInteger amount, int decimals) => (decimal)UnitConversion.Convert.FromWei(amount, decimals);
}
