using System.Numerics;
using System.Text;
using EmissionsDao.Chain.Contracts.Generated.CountingLateQuorumGovernor;
using EmissionsDao.Chain.Contracts.Generated.EmissionsGovernor;
using EmissionsDao.Chain.Contracts.Generated.EmissionsGovernor.ContractDefinition;
using EmissionsDao.Chain.Contracts.Generated.SupplyVotesToken;
using EmissionsDao.Chain.Contracts.Generated.SupplyVotesToken.ContractDefinition;
using EmissionsDao.Chain.Governance;
using EmissionsDao.Chain.LocalChain;
using EmissionsDao.Chain.Tests.Infrastructure;
using Nethereum.Contracts;
using Nethereum.JsonRpc.Client;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Util;
using Harness = EmissionsDao.Chain.Contracts.Generated.CountingLateQuorumGovernor.ContractDefinition;
using TransferFunction = EmissionsDao.Chain.Contracts.Generated.EmissionsDaoToken.ContractDefinition.TransferFunction;

namespace EmissionsDao.Chain.Tests.Governance;

/// <summary>
/// The cases GovernorCountingSimpleLateQuorum adds by keeping the late-quorum deadline and the snapshot's quorum
/// numerator in the For/Abstain slot: the deadline is set once, by the vote after which quorum is reached (For or
/// Abstain), and only moves the end when that vote is late; the cached numerator is the one in force at the snapshot
/// even when governance changes it between proposing and the snapshot; vote totals that do not fit 96 bits are refused.
/// Dev chain: quorum 4 % = four holders of 100,000 EDAO, voting period 600 s, vote extension 120 s.
/// </summary>
[Collection(AnvilCollection.Name)]
public sealed class LateQuorumTallyTests(AnvilFixture chain) : IAsyncLifetime
{
    private static readonly BigInteger Edao = BigInteger.Pow(10, 18);
    private static readonly BigInteger MaxVoteTotal = BigInteger.Pow(2, 96) - 1;

    public Task InitializeAsync() => chain.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_quorum_reached_early_is_not_extended_by_a_vote_in_the_last_moments()
    {
        var proposalId = await ProposalBuilder.ActiveTreasurySpendAsync(chain, chain.Addresses.Governor!, "Early quorum");
        var deadline = await DeadlineAsync(proposalId);
        foreach (var voter in new[] { "Erin", "Frank", "Alice", "Bob" })
        {
            Assert.Empty((await VoteAsync(proposalId, voter, VoteType.For)).DecodeAllEvents<ProposalExtendedEventDTO>());
        }

        await chain.IncreaseTimeAsync(deadline - await chain.LatestTimestampAsync() - 10);
        var lastMoment = await VoteAsync(proposalId, "Grace", VoteType.Abstain);

        Assert.Empty(lastMoment.DecodeAllEvents<ProposalExtendedEventDTO>());
        Assert.Equal(deadline, await DeadlineAsync(proposalId));
        var votes = await Governor.ProposalVotesQueryAsync(proposalId);
        Assert.Equal((BigInteger.Zero, 400_000 * Edao, 100_000 * Edao), (votes.AgainstVotes, votes.ForVotes, votes.AbstainVotes));
        await chain.IncreaseTimeAsync(deadline - await chain.LatestTimestampAsync() + 1);
        Assert.Equal(ProposalState.Succeeded, await StateAsync(proposalId));
    }

    [Fact]
    public async Task A_quorum_first_reached_by_an_abstain_vote_in_the_last_moments_extends_once_to_that_block_plus_the_extension()
    {
        var proposalId = await ProposalBuilder.ActiveTreasurySpendAsync(chain, chain.Addresses.Governor!, "Late quorum by abstention");
        var deadline = await DeadlineAsync(proposalId);
        await chain.IncreaseTimeAsync(deadline - await chain.LatestTimestampAsync() - 30);
        await VoteAsync(proposalId, "Erin", VoteType.For);
        await VoteAsync(proposalId, "Frank", VoteType.For);
        await VoteAsync(proposalId, "Alice", VoteType.Abstain);
        Assert.Empty((await VoteAsync(proposalId, "Grace", VoteType.Against)).DecodeAllEvents<ProposalExtendedEventDTO>());
        Assert.Equal(deadline, await DeadlineAsync(proposalId));

        var quorumVote = await VoteAsync(proposalId, "Bob", VoteType.Abstain);

        var extendedTo = await BlockTimestampAsync(quorumVote) + (long)chain.Governance.VoteExtensionSeconds;
        var extension = Assert.Single(quorumVote.DecodeAllEvents<ProposalExtendedEventDTO>());
        Assert.Equal((proposalId, (ulong)extendedTo), (extension.Event.ProposalId, extension.Event.ExtendedDeadline));
        var voteCast = Assert.Single(quorumVote.DecodeAllEvents<VoteCastEventDTO>());
        Assert.True(voteCast.Log.LogIndex.Value < extension.Log.LogIndex.Value, "ProposalExtended must follow VoteCast, as in OpenZeppelin");
        Assert.Equal(extendedTo, await DeadlineAsync(proposalId));

        Assert.Empty((await VoteAsync(proposalId, "Carol", VoteType.For)).DecodeAllEvents<ProposalExtendedEventDTO>());
        Assert.Equal(extendedTo, await DeadlineAsync(proposalId));
        await chain.IncreaseTimeAsync(deadline - await chain.LatestTimestampAsync() + 1);
        Assert.Equal(ProposalState.Active, await StateAsync(proposalId));
        await chain.IncreaseTimeAsync(extendedTo - await chain.LatestTimestampAsync() + 1);
        Assert.Equal(ProposalState.Succeeded, await StateAsync(proposalId));
    }

    [Fact]
    public async Task Each_proposal_counts_with_the_quorum_in_force_at_its_snapshot_even_if_changed_after_proposing()
    {
        // Raise the quorum to 10 % and queue it; propose "before" (snapshot ahead of the change) and "after" (proposed
        // before the change executes, snapshot after it); both then get the same four For votes (4 %).
        const string description = "Raise the quorum to 10 %";
        var targets = new List<string> { chain.Addresses.Governor! };
        var calldatas = new List<byte[]> { new UpdateQuorumNumeratorFunction { NewQuorumNumerator = 10 }.GetCallData() };
        var raiseId = await ProposeAsync(targets, calldatas, description);
        await chain.IncreaseTimeAsync((long)chain.Governance.VotingDelaySeconds + 1);
        foreach (var voter in new[] { "Erin", "Frank", "Alice", "Bob" })
        {
            await VoteAsync(raiseId, voter, VoteType.For);
        }

        await chain.IncreaseTimeAsync(chain.Governance.VotingPeriodSeconds + 1);
        var proposer = new EmissionsGovernorService(chain.Web3For(DevAccounts.ByName("Erin")), chain.Addresses.Governor);
        var descriptionHash = Sha3Keccack.Current.CalculateHash(Encoding.UTF8.GetBytes(description));
        var zeros = new List<BigInteger> { BigInteger.Zero };
        await proposer.QueueRequestAndWaitForReceiptAsync(targets, zeros, calldatas, descriptionHash);
        var queuedAt = await chain.LatestTimestampAsync();

        await MoveToAsync(queuedAt + 30);
        var before = await ProposeSpendAsync("Quorum test: snapshot before the change");
        await MoveToAsync(queuedAt + 100);
        var after = await ProposeSpendAsync("Quorum test: snapshot after the change");
        await MoveToAsync(queuedAt + (long)chain.Governance.TimelockDelaySeconds + 1);
        await proposer.ExecuteRequestAndWaitForReceiptAsync(targets, zeros, calldatas, descriptionHash);
        var changedAt = await chain.LatestTimestampAsync();
        Assert.True(await SnapshotAsync(before) < changedAt && changedAt < await SnapshotAsync(after), "the change must execute between the two snapshots");

        await MoveToAsync(await SnapshotAsync(after) + 1);
        foreach (var voter in new[] { "Erin", "Frank", "Alice", "Bob" })
        {
            await VoteAsync(before, voter, VoteType.For);
            await VoteAsync(after, voter, VoteType.For);
        }

        var supply = 10_000_000 * Edao;
        Assert.Equal(supply * 4 / 100, await Governor.QuorumQueryAsync(await SnapshotAsync(before)));
        Assert.Equal(supply * 10 / 100, await Governor.QuorumQueryAsync(await SnapshotAsync(after)));
        var afterDeadline = await DeadlineAsync(after);
        await MoveToAsync(Math.Max(await DeadlineAsync(before), afterDeadline) + 1);
        Assert.Equal(ProposalState.Succeeded, await StateAsync(before));
        Assert.Equal(ProposalState.Defeated, await StateAsync(after));
        Assert.Equal(afterDeadline, await DeadlineAsync(after));
    }

    [Fact]
    public async Task The_governor_refuses_a_token_whose_supply_does_not_fit_the_tally()
    {
        var deployer = chain.Web3For(DevAccounts.Deployer);
        var fits = await deployer.DeployAsync(new SupplyVotesTokenDeployment { Holder = DevAccounts.Deployer.Address, Supply = MaxVoteTotal });
        var tooLarge = await deployer.DeployAsync(new SupplyVotesTokenDeployment { Holder = DevAccounts.Deployer.Address, Supply = MaxVoteTotal + 1 });

        await deployer.DeployAsync(GovernorOn(fits.ContractAddress));
        // A reverting constructor surfaces as the node's estimateGas error, whose data is the custom error.
        var estimate = await Assert.ThrowsAsync<RpcResponseException>(() => deployer.DeployAsync(GovernorOn(tooLarge.ContractAddress)));
        var refused = new SmartContractCustomErrorRevertException(estimate.RpcError.Data?.ToString());

        Assert.True(refused.IsCustomErrorFor<EmissionsGovernorSupplyTooLargeError>(), refused.Message);
        var error = refused.DecodeError<EmissionsGovernorSupplyTooLargeError>();
        Assert.Equal((MaxVoteTotal + 1, MaxVoteTotal), (error.Supply, error.MaxSupply));
    }

    [Fact]
    public async Task A_vote_total_that_would_not_fit_96_bits_is_refused_and_stores_nothing()
    {
        // The module on its own (stock quorum, no supply check): three holders of 2^95 votes each.
        var half = BigInteger.Pow(2, 95);
        var deployer = chain.Web3For(DevAccounts.Deployer);
        var token = (await deployer.DeployAsync(new SupplyVotesTokenDeployment { Holder = DevAccounts.Deployer.Address, Supply = 3 * half })).ContractAddress;
        var governorAddress = (await deployer.DeployAsync(new Harness.CountingLateQuorumGovernorDeployment
        {
            Token = token,
            VotingDelay = 1,
            VotingPeriod = chain.Governance.VotingPeriodSeconds,
            QuorumNumerator = 4,
            VoteExtension = chain.Governance.VoteExtensionSeconds,
        })).ContractAddress;
        foreach (var holder in new[] { "Erin", "Frank", "Alice" })
        {
            var account = DevAccounts.ByName(holder);
            await new SupplyVotesTokenService(deployer, token).TransferRequestAndWaitForReceiptAsync(account.Address, half);
            await new SupplyVotesTokenService(chain.Web3For(account), token).DelegateRequestAndWaitForReceiptAsync(account.Address);
        }

        await chain.MineAsync(1);
        var proposer = new CountingLateQuorumGovernorService(chain.Web3For(DevAccounts.ByName("Erin")), governorAddress);
        var call = new TransferFunction { To = DevAccounts.Deployer.Address, Value = 0 }.GetCallData();
        await proposer.ProposeRequestAndWaitForReceiptAsync([token], [BigInteger.Zero], [call], "Overflow test");
        var proposalId = await proposer.HashProposalQueryAsync([token], [BigInteger.Zero], [call], Sha3Keccack.Current.CalculateHash(Encoding.UTF8.GetBytes("Overflow test")));
        await chain.IncreaseTimeAsync(2);
        CountingLateQuorumGovernorService As(string voter) => new(chain.Web3For(DevAccounts.ByName(voter)), governorAddress);

        await As("Erin").CastVoteRequestAndWaitForReceiptAsync(proposalId, (byte)VoteType.For);
        var refused = await Assert.ThrowsAsync<SmartContractCustomErrorRevertException>(() => As("Frank").CastVoteRequestAndWaitForReceiptAsync(proposalId, (byte)VoteType.For));
        Assert.True(refused.IsCustomErrorFor<Harness.SafeCastOverflowedUintDowncastError>(), refused.Message);
        var error = refused.DecodeError<Harness.SafeCastOverflowedUintDowncastError>();
        Assert.Equal((96, 2 * half), ((int)error.Bits, error.Value));
        Assert.False(await proposer.HasVotedQueryAsync(proposalId, DevAccounts.ByName("Frank").Address));

        await As("Frank").CastVoteRequestAndWaitForReceiptAsync(proposalId, (byte)VoteType.Abstain);
        await As("Alice").CastVoteRequestAndWaitForReceiptAsync(proposalId, (byte)VoteType.Against);
        var votes = await proposer.ProposalVotesQueryAsync(proposalId);
        Assert.Equal((half, half, half), (votes.AgainstVotes, votes.ForVotes, votes.AbstainVotes));
    }

    private EmissionsGovernorService Governor => new(chain.Reader, chain.Addresses.Governor);

    private EmissionsGovernorDeployment GovernorOn(string token) => new()
    {
        Token = token,
        Timelock = chain.Addresses.Timelock,
        VotingDelay = chain.Governance.VotingDelaySeconds,
        VotingPeriod = chain.Governance.VotingPeriodSeconds,
        ProposalThreshold = 0,
        QuorumNumerator = 4,
        VoteExtension = chain.Governance.VoteExtensionSeconds,
    };

    private Task<TransactionReceipt> VoteAsync(BigInteger proposalId, string voter, VoteType support) =>
        new EmissionsGovernorService(chain.Web3For(DevAccounts.ByName(voter)), chain.Addresses.Governor)
            .CastVoteRequestAndWaitForReceiptAsync(proposalId, (byte)support);

    private async Task<BigInteger> ProposeAsync(List<string> targets, List<byte[]> calldatas, string description)
    {
        var proposer = new EmissionsGovernorService(chain.Web3For(DevAccounts.ByName("Erin")), chain.Addresses.Governor);
        var values = targets.Select(_ => BigInteger.Zero).ToList();
        await proposer.ProposeRequestAndWaitForReceiptAsync(targets, values, calldatas, description);
        return await proposer.HashProposalQueryAsync(targets, values, calldatas, Sha3Keccack.Current.CalculateHash(Encoding.UTF8.GetBytes(description)));
    }

    private Task<BigInteger> ProposeSpendAsync(string description) =>
        ProposeAsync([chain.Addresses.GovernanceToken!], [new TransferFunction { To = DevAccounts.ByName("Frank").Address, Value = Edao }.GetCallData()], description);

    private async Task MoveToAsync(long timestamp) => await chain.IncreaseTimeAsync(Math.Max(0, timestamp - await chain.LatestTimestampAsync()));

    private async Task<long> DeadlineAsync(BigInteger proposalId) => (long)await Governor.ProposalDeadlineQueryAsync(proposalId);

    private async Task<long> SnapshotAsync(BigInteger proposalId) => (long)await Governor.ProposalSnapshotQueryAsync(proposalId);

    private async Task<ProposalState> StateAsync(BigInteger proposalId) => (ProposalState)await Governor.StateQueryAsync(proposalId);

    private async Task<long> BlockTimestampAsync(TransactionReceipt receipt) =>
        (long)(await chain.Reader.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(new BlockParameter(receipt.BlockNumber))).Timestamp.Value;
}
