using System.Numerics;
using EmissionsDao.Chain.Contracts.Generated.AuditorReputation;
using EmissionsDao.Chain.Contracts.Generated.AuditorReputation.ContractDefinition;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Util;

namespace EmissionsDao.Chain.Reputation;

/// <summary>A point of an account's reputation history: the value right after a change, at that block's time.</summary>
public sealed record ReputationPoint(long Block, DateTimeOffset Time, decimal Value, decimal Delta);

public sealed record AuditorStanding(string Address, bool IsAuditor, decimal Reputation, IReadOnlyList<ReputationPoint> History);

/// <summary>The auditors' leaderboard and history, from the reputation contract's events and its decayed balances.</summary>
public sealed class ReputationReader(ChainRuntime runtime)
{
    private ChainConnection Chain => runtime.Connection;

    public async Task<IReadOnlyList<AuditorStanding>> LeaderboardAsync()
    {
        var reputationAddress = Chain.Addresses.AuditorReputation;
        var statusEvent = Chain.Reader.Eth.GetEvent<AuditorStatusChangedEventDTO>(reputationAddress);
        var statuses = await statusEvent.GetAllChangesAsync(statusEvent.CreateFilterInput(BlockParameter.CreateEarliest(), BlockParameter.CreateLatest()));
        var changeEvent = Chain.Reader.Eth.GetEvent<ReputationChangedEventDTO>(reputationAddress);
        var changes = await changeEvent.GetAllChangesAsync(changeEvent.CreateFilterInput(BlockParameter.CreateEarliest(), BlockParameter.CreateLatest()));

        var isAuditor = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        foreach (var status in statuses.OrderBy(s => s.Log.BlockNumber.Value).ThenBy(s => s.Log.LogIndex.Value))
        {
            isAuditor[status.Event.Account] = status.Event.Auditor;
        }

        foreach (var change in changes)
        {
            isAuditor.TryAdd(change.Event.Account, false);
        }

        var accounts = isAuditor.Keys.ToList();
        if (accounts.Count == 0)
        {
            return [];
        }

        var current = await new AuditorReputationService(Chain.Reader, reputationAddress).ReputationsOfQueryAsync(accounts);
        var blockTimes = new Dictionary<BigInteger, DateTimeOffset>();
        foreach (var block in changes.Select(c => c.Log.BlockNumber.Value).Distinct())
        {
            var header = await Chain.Reader.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(new BlockParameter(new Nethereum.Hex.HexTypes.HexBigInteger(block)));
            blockTimes[block] = DateTimeOffset.FromUnixTimeSeconds((long)header.Timestamp.Value);
        }

        return accounts
            .Select((account, i) => new AuditorStanding(
                account,
                isAuditor[account],
                Rep(current[i]),
                changes.Where(c => string.Equals(c.Event.Account, account, StringComparison.OrdinalIgnoreCase))
                    .OrderBy(c => c.Log.BlockNumber.Value).ThenBy(c => c.Log.LogIndex.Value)
                    .Select(c => new ReputationPoint((long)c.Log.BlockNumber.Value, blockTimes[c.Log.BlockNumber.Value], Rep(c.Event.Value), Rep(c.Event.Delta)))
                    .ToList()))
            .OrderByDescending(s => s.IsAuditor)
            .ThenByDescending(s => s.Reputation)
            .ToList();
    }

    private static decimal Rep(BigInteger amount) => BigInteger.Abs(amount) > BigInteger.Pow(10, 40)
        ? decimal.MaxValue
        : (decimal)UnitConversion.Convert.FromWei(amount);
}
