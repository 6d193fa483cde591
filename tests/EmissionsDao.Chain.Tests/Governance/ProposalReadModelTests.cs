using System.Numerics;
using EmissionsDao.Chain.Contracts.Generated.EmissionsGovernor;
using EmissionsDao.Chain.Contracts.Generated.EmissionsGovernor.ContractDefinition;
using EmissionsDao.Chain.Governance;
using EmissionsDao.Chain.LocalChain;
using EmissionsDao.Chain.Tests.Infrastructure;
using Nethereum.Contracts;
using TimelockUpdateDelayFunction = EmissionsDao.Chain.Contracts.Generated.EmissionsTimelock.ContractDefinition.UpdateDelayFunction;
using TokenTransferFunction = EmissionsDao.Chain.Contracts.Generated.EmissionsDaoToken.ContractDefinition.TransferFunction;

namespace EmissionsDao.Chain.Tests.Governance;

[Collection(AnvilCollection.Name)]
public sealed class ProposalReadModelTests(AnvilFixture chain) : IAsyncLifetime
{
    private static readonly BigInteger Edao = BigInteger.Pow(10, 18);

    public Task InitializeAsync() => chain.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_proposal_reads_with_its_actions_in_words_its_tally_quorum_progress_and_voters_by_power()
    {
        var reader = new ProposalReader(Runtime(), new ProposalDescriber(Runtime()));
        var proposalId = await ProposalBuilder.ActiveTreasurySpendAsync(chain, chain.Addresses.Governor!, "Pay Frank for the dashboard");
        await Vote("Erin", proposalId, VoteType.For);
        await Vote("Grace", proposalId, VoteType.Against);

        var summary = await reader.ReadAsync(proposalId);

        Assert.NotNull(summary);
        Assert.Equal("Pay Frank for the dashboard", summary.Description);
        Assert.Equal(ProposalState.Active, summary.State);
        Assert.Equal(DevAccounts.ByName("Erin").Address, summary.Proposer, StringComparer.OrdinalIgnoreCase);
        var action = Assert.Single(summary.Actions);
        Assert.Equal($"Pay 1 EDAO from the treasury to {DevAccounts.ByName("Frank").Address}", action.Description, ignoreCase: true);
        Assert.Equal(100_000 * Edao, summary.ForVotes);
        Assert.Equal(100_000 * Edao, summary.AgainstVotes);
        Assert.Equal(400_000 * Edao, summary.Quorum);
        Assert.False(summary.QuorumReached);
        Assert.Equal(2, summary.Voters.Count);
        Assert.Contains(summary.Voters, v => v.Support == VoteType.Against && string.Equals(v.Voter, DevAccounts.ByName("Grace").Address, StringComparison.OrdinalIgnoreCase));
        Assert.True(summary.VoteEnd > summary.VoteStart);
        Assert.Null(summary.Eta);

        foreach (var voter in new[] { "Frank", "Alice", "Bob" })
        {
            await Vote(voter, proposalId, VoteType.Abstain);
        }

        var afterAbstentions = await reader.ReadAsync(proposalId);
        Assert.True(afterAbstentions!.QuorumReached);
        Assert.Equal(400_000 * Edao, afterAbstentions.QuorumVotes);
        Assert.Equal(300_000 * Edao, afterAbstentions.AbstainVotes);
    }

    [Fact]
    public async Task The_settlements_of_an_escalated_request_are_the_proposals_that_resolve_it()
    {
        var runtime = Runtime();
        var submitter = new ProposalSubmitter(runtime);
        var erin = chain.Web3For(DevAccounts.ByName("Erin"));
        var issue = await submitter.ProposeAsync(new SettleEscalatedAudit(7, true, 1_234.5m, 0).Calls(chain.Addresses), "Settle #7: issue", erin);
        var decline = await submitter.ProposeAsync(new SettleEscalatedAudit(7, false, 0, 3).Calls(chain.Addresses), "Settle #7: decline", erin);
        await submitter.ProposeAsync(new SettleEscalatedAudit(8, true, 10m, 0).Calls(chain.Addresses), "Settle #8", erin);
        await submitter.ProposeAsync(new ChangePanelSize(3).Calls(chain.Addresses), "Panel of three", erin);

        var settlements = await new ProposalReader(runtime, new ProposalDescriber(runtime)).SettlementsOfAsync(7);

        Assert.Equal([decline, issue], settlements.Select(p => p.ProposalId));
        Assert.Equal("Settle escalated audit #7: issue a record of 1,234.5 kg CO2e", settlements[1].Actions.Single().Description);
    }

    [Fact]
    public void A_settlement_call_names_its_request_and_no_other_call_does()
    {
        var settle = new SettleEscalatedAudit(42, true, 5m, 0).Calls(chain.Addresses).Single();
        Assert.Equal(42, SettleEscalatedAudit.RequestSettledBy(settle.Target, settle.Calldata, chain.Addresses));
        Assert.Null(SettleEscalatedAudit.RequestSettledBy(chain.Addresses.AuditorReputation!, settle.Calldata, chain.Addresses));
        var panel = new ChangePanelSize(3).Calls(chain.Addresses).Single();
        Assert.Null(SettleEscalatedAudit.RequestSettledBy(panel.Target, panel.Calldata, chain.Addresses));
        Assert.Null(SettleEscalatedAudit.RequestSettledBy(settle.Target, [], chain.Addresses));
    }

    [Fact]
    public void Governed_calls_are_described_in_words_and_unknown_calls_shown_raw()
    {
        var describer = new ProposalDescriber(Runtime());
        var frank = DevAccounts.ByName("Frank").Address;

        Assert.Equal($"Pay 1,234.5 EDAO from the treasury to {frank}", describer.Describe(chain.Addresses.GovernanceToken!, 0, new TokenTransferFunction { To = frank, Value = 12_345 * Edao / 10 }.GetCallData()), ignoreCase: true);
        Assert.Equal("Set the quorum to 10 % of the governance token supply", describer.Describe(chain.Addresses.Governor!, 0, new UpdateQuorumNumeratorFunction { NewQuorumNumerator = 10 }.GetCallData()));
        Assert.Equal("Set the voting period to 7 day(s)", describer.Describe(chain.Addresses.Governor!, 0, new SetVotingPeriodFunction { NewVotingPeriod = 7 * 86_400 }.GetCallData()));
        Assert.Equal("Set the voting delay to 90 seconds", describer.Describe(chain.Addresses.Governor!, 0, new SetVotingDelayFunction { NewVotingDelay = 90 }.GetCallData()));
        Assert.Equal("Set the timelock delay to 2 hour(s)", describer.Describe(chain.Addresses.Timelock!, 0, new TimelockUpdateDelayFunction { NewDelay = 7_200 }.GetCallData()));
        Assert.Equal("Call Timelock with data 0xdeadbeef", describer.Describe(chain.Addresses.Timelock!, 0, [0xde, 0xad, 0xbe, 0xef]));
    }

    private ChainRuntime Runtime() =>
        new(new ChainConnection(chain.Anvil.RpcUrl, ChainOptions.DevChainId, true, chain.Addresses, DevAccounts.Deployer.PrivateKey));

    private Task Vote(string voter, BigInteger proposalId, VoteType support) =>
        new EmissionsGovernorService(chain.Web3For(DevAccounts.ByName(voter)), chain.Addresses.Governor).CastVoteRequestAndWaitForReceiptAsync(proposalId, (byte)support);
}
