using System.Numerics;
using System.Text;
using EmissionsDao.Chain.Contracts.Generated.EmissionsGovernor;
using EmissionsDao.Chain.LocalChain;
using Nethereum.Contracts;
using Nethereum.Util;
using TransferFunction = EmissionsDao.Chain.Contracts.Generated.EmissionsDaoToken.ContractDefinition.TransferFunction;

namespace EmissionsDao.Chain.Tests.Infrastructure;

/// <summary>Makes a small treasury-spend proposal and moves time until it is Active.</summary>
public static class ProposalBuilder
{
    public static async Task<BigInteger> ActiveTreasurySpendAsync(AnvilFixture chain, string governorAddress, string description)
    {
        var targets = new List<string> { chain.Addresses.GovernanceToken! };
        var values = new List<BigInteger> { BigInteger.Zero };
        var calldatas = new List<byte[]> { new TransferFunction { To = DevAccounts.ByName("Frank").Address, Value = BigInteger.Pow(10, 18) }.GetCallData() };
        var governor = new EmissionsGovernorService(chain.Web3For(DevAccounts.ByName("Erin")), governorAddress);
        await governor.ProposeRequestAndWaitForReceiptAsync(targets, values, calldatas, description);
        var proposalId = await governor.HashProposalQueryAsync(targets, values, calldatas, Sha3Keccack.Current.CalculateHash(Encoding.UTF8.GetBytes(description)));
        await chain.IncreaseTimeAsync((long)chain.Governance.VotingDelaySeconds + 1);
        return proposalId;
    }

    /// <summary>Proposes the calls, has four demo holders (quorum) vote For, queues and executes through the timelock.</summary>
    public static async Task ExecuteThroughGovernanceAsync(AnvilFixture chain, IReadOnlyList<(string Target, byte[] Calldata)> calls, string description)
    {
        var targets = calls.Select(c => c.Target).ToList();
        var values = calls.Select(_ => BigInteger.Zero).ToList();
        var calldatas = calls.Select(c => c.Calldata).ToList();
        var descriptionHash = Sha3Keccack.Current.CalculateHash(Encoding.UTF8.GetBytes(description));
        var governor = new EmissionsGovernorService(chain.Web3For(DevAccounts.ByName("Erin")), chain.Addresses.Governor);
        await governor.ProposeRequestAndWaitForReceiptAsync(targets, values, calldatas, description);
        var proposalId = await governor.HashProposalQueryAsync(targets, values, calldatas, descriptionHash);
        await chain.IncreaseTimeAsync((long)chain.Governance.VotingDelaySeconds + 1);
        foreach (var voter in new[] { "Erin", "Frank", "Alice", "Bob" })
        {
            await new EmissionsGovernorService(chain.Web3For(DevAccounts.ByName(voter)), chain.Addresses.Governor)
                .CastVoteRequestAndWaitForReceiptAsync(proposalId, 1);
        }

        await chain.IncreaseTimeAsync(chain.Governance.VotingPeriodSeconds + 1);
        await governor.QueueRequestAndWaitForReceiptAsync(targets, values, calldatas, descriptionHash);
        await chain.IncreaseTimeAsync((long)chain.Governance.TimelockDelaySeconds + 1);
        await governor.ExecuteRequestAndWaitForReceiptAsync(targets, values, calldatas, descriptionHash);
    }
}
