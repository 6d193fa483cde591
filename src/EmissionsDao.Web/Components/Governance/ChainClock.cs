using EmissionsDao.Chain;
using Nethereum.RPC.Eth.DTOs;

namespace EmissionsDao.Web.Components.Governance;

/// <summary>
/// The chain's notion of "now" (the latest block's timestamp): governance deadlines follow it, and on the dev chain
/// it can be moved ahead of the wall clock.
/// </summary>
public sealed class ChainClock(ChainRuntime runtime)
{
    public async Task<(long Block, DateTimeOffset Now)> ReadAsync()
    {
        var block = await runtime.Connection.Reader.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(BlockParameter.CreateLatest());
        return ((long)block.Number.Value, DateTimeOffset.FromUnixTimeSeconds((long)block.Timestamp.Value));
    }
}
