using EmissionsDao.Chain.Deployment;

namespace EmissionsDao.Chain;

public sealed record ChainStatus(
    long ChainId,
    long LatestBlock,
    DateTimeOffset LatestBlockTime,
    string RpcUrl,
    bool IsEmbeddedDevChain,
    string RelayerAddress,
    IReadOnlyList<(string Contract, string? Address)> Contracts);

/// <summary>Reads what the status page shows, live from the node.</summary>
public sealed class ChainStatusReader(ChainRuntime runtime)
{
    public async Task<ChainStatus> ReadAsync()
    {
        var connection = runtime.Connection;
        var block = await connection.Reader.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(Nethereum.RPC.Eth.DTOs.BlockParameter.CreateLatest());
        return new ChainStatus(
            connection.ChainId,
            (long)block.Number.Value,
            DateTimeOffset.FromUnixTimeSeconds((long)block.Timestamp.Value),
            connection.RpcUrl,
            connection.IsEmbeddedDevChain,
            connection.RelayerAddress,
            connection.Addresses.All().ToList());
    }
}
