using System.Numerics;
using EmissionsDao.Chain.Contracts.Generated.EmissionsGovernor;
using EmissionsDao.Chain.Contracts.Generated.EmissionsGovernor.ContractDefinition;
using EmissionsDao.Chain.Contracts.Generated.EmissionsTimelock;
using EmissionsDao.Chain.Contracts.Generated.EmissionsTimelock.ContractDefinition;
using EmissionsDao.Chain.Governance;
using EmissionsDao.Chain.LocalChain;
using EmissionsDao.Chain.Tests.Infrastructure;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Signer;
using Nethereum.Signer.EIP712;
using PlainGovernorDeployment = EmissionsDao.Chain.Contracts.Generated.PlainGovernor.ContractDefinition.PlainGovernorDeployment;

namespace EmissionsDao.Chain.Tests.Governance;

/// <summary>One kind of relayed vote, measured through both governors.</summary>
/// <param name="Vote">What the vote is.</param>
/// <param name="Ours">Receipt gasUsed through EmissionsGovernor.</param>
/// <param name="Plain">Receipt gasUsed through the plain OpenZeppelin governor (contracts/src/reference).</param>
/// <param name="ExtendsDeadline">True for the vote whose late quorum extends the deadline (only ours emits ProposalExtended).</param>
public sealed record RelayedVoteGas(string Vote, long Ours, long Plain, bool ExtendsDeadline = false)
{
    public double Ratio => (double)Ours / Plain;
}

/// <summary>
/// Casts the same relayed castVoteBySig ballots (signed by the voter, sent by the deployer) through EmissionsGovernor
/// and through a plain OpenZeppelin governor (Settings, CountingSimple, Votes, QuorumFraction(4), TimelockControl; no
/// late-quorum protection) deployed on the same token, in the same order, and returns the receipt gas of each vote.
/// Quorum is 4 % = four demo holders of 1 % each voting For or Abstain.
/// </summary>
public static class RelayedVoteGasComparison
{
    private const string PlainDomainName = "PlainGovernor";

    public static async Task<IReadOnlyList<RelayedVoteGas>> MeasureAsync(AnvilFixture chain)
    {
        var plainGovernor = await DeployPlainGovernorAsync(chain);
        var ours = await VoteSequenceAsync(chain, chain.Addresses.Governor!, GovernanceTypedData.GovernorDomainName);
        var plain = await VoteSequenceAsync(chain, plainGovernor, PlainDomainName);
        return [.. ours.Select((vote, i) => new RelayedVoteGas(vote.Vote, vote.Gas, plain[i].Gas, vote.ExtendsDeadline))];
    }

    private static async Task<string> DeployPlainGovernorAsync(AnvilFixture chain)
    {
        var deployer = chain.Web3For(DevAccounts.Deployer);
        var timelock = await deployer.DeployAsync(new EmissionsTimelockDeployment { MinDelay = 60, Proposers = [], Executors = [], Admin = DevAccounts.Deployer.Address });
        var governor = await deployer.DeployAsync(new PlainGovernorDeployment
        {
            Token = chain.Addresses.GovernanceToken,
            Timelock = timelock.ContractAddress,
            VotingDelay = chain.Governance.VotingDelaySeconds,
            VotingPeriod = chain.Governance.VotingPeriodSeconds,
            ProposalThreshold = 0,
        });
        var timelockService = new EmissionsTimelockService(deployer, timelock.ContractAddress);
        await deployer.SendAsync(timelock.ContractAddress, new GrantRoleFunction { Role = await timelockService.ProposerRoleQueryAsync(), Account = governor.ContractAddress });
        return governor.ContractAddress;
    }

    private static async Task<List<(string Vote, long Gas, bool ExtendsDeadline)>> VoteSequenceAsync(AnvilFixture chain, string governor, string domainName)
    {
        var votes = new List<(string, long, bool)>();
        var early = await ProposalBuilder.ActiveTreasurySpendAsync(chain, governor, $"Vote gas, early quorum: {domainName}");
        votes.Add(("For, first vote on the proposal (quorum not reached)", await RelayAsync(chain, governor, domainName, early, "Erin", VoteType.For), false));
        votes.Add(("Against, before quorum", await RelayAsync(chain, governor, domainName, early, "Frank", VoteType.Against), false));
        votes.Add(("For, later vote (quorum not reached)", await RelayAsync(chain, governor, domainName, early, "Alice", VoteType.For), false));
        await RelayAsync(chain, governor, domainName, early, "Bob", VoteType.For);
        votes.Add(("For that reaches quorum early (deadline not moved)", await RelayAsync(chain, governor, domainName, early, "Carol", VoteType.For), false));
        votes.Add(("Against, after quorum", await RelayAsync(chain, governor, domainName, early, "Dave", VoteType.Against), false));
        votes.Add(("Abstain, first Abstain on the proposal", await RelayAsync(chain, governor, domainName, early, "Grace", VoteType.Abstain), false));

        // A second proposal whose quorum is reached in the last minute, less than the vote extension before its deadline.
        var late = await ProposalBuilder.ActiveTreasurySpendAsync(chain, governor, $"Vote gas, late quorum: {domainName}");
        await chain.IncreaseTimeAsync(chain.Governance.VotingPeriodSeconds - 60);
        votes.Add(("For with no voting power (first vote on the proposal)", await RelayAsync(chain, governor, domainName, late, "Deployer", VoteType.For), false));
        foreach (var voter in new[] { "Erin", "Frank", "Alice" })
        {
            await RelayAsync(chain, governor, domainName, late, voter, VoteType.For);
        }

        var lateQuorum = await RelayReceiptAsync(chain, governor, domainName, late, "Bob", VoteType.For);
        var extensions = lateQuorum.DecodeAllEvents<ProposalExtendedEventDTO>().Count;
        Assert.Equal(governor == chain.Addresses.Governor ? 1 : 0, extensions);
        votes.Add(("For that reaches quorum in the last minute (ours extends the deadline, emits ProposalExtended)", (long)lateQuorum.GasUsed.Value, true));
        return votes;
    }

    private static async Task<long> RelayAsync(AnvilFixture chain, string governorAddress, string domainName, BigInteger proposalId, string voterName, VoteType support) =>
        (long)(await RelayReceiptAsync(chain, governorAddress, domainName, proposalId, voterName, support)).GasUsed.Value;

    private static async Task<TransactionReceipt> RelayReceiptAsync(AnvilFixture chain, string governorAddress, string domainName, BigInteger proposalId, string voterName, VoteType support)
    {
        var voter = DevAccounts.ByName(voterName);
        var governor = new EmissionsGovernorService(chain.Reader, governorAddress);
        var ballot = new Ballot { ProposalId = proposalId, Support = (byte)support, Voter = voter.Address, Nonce = await governor.NoncesQueryAsync(voter.Address) };
        var signature = Eip712TypedDataSigner.Current.SignTypedDataV4(ballot, GovernanceTypedData.Ballot(ChainOptions.DevChainId, governorAddress, domainName), new EthECKey(voter.PrivateKey));
        return await chain.Web3For(DevAccounts.Deployer).SendAsync(governorAddress, new CastVoteBySigFunction
        {
            ProposalId = proposalId,
            Support = (byte)support,
            Voter = voter.Address,
            Signature = signature.HexToByteArray(),
        });
    }
}
