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
}
