using System.Numerics;
using EmissionsDao.Chain.Contracts.Generated.AuditorReputation;
using EmissionsDao.Chain.Contracts.Generated.AuditRegistry;
using EmissionsDao.Chain.Contracts.Generated.AuditRegistry.ContractDefinition;
using EmissionsDao.Chain.Contracts.Generated.EmissionsDaoToken;
using EmissionsDao.Chain.Contracts.Generated.EmissionsGovernor;
using EmissionsDao.Chain.Governance;
using EmissionsDao.Chain.LocalChain;
using EmissionsDao.Chain.Tests.Infrastructure;
using Nethereum.Web3.Accounts;

namespace EmissionsDao.Chain.Tests.Governance;

/// <summary>Every proposal kind the portal offers, end to end: propose, vote, queue, execute, and its effect on chain.</summary>
[Collection(AnvilCollection.Name)]
public sealed class ProposalKindsTests(AnvilFixture chain) : IAsyncLifetime
{
    private static readonly BigInteger Edao = BigInteger.Pow(10, 18);
    private static readonly string NewAuditor = new Account("0x2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6").Address;

    public Task InitializeAsync() => chain.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Register_then_remove_an_auditor()
    {
        var reputation = new AuditorReputationService(chain.Reader, chain.Addresses.AuditorReputation);
        Assert.False(await reputation.IsAuditorQueryAsync(NewAuditor));

        await PassAsync(new RegisterAuditors([NewAuditor]));
        Assert.True(await reputation.IsAuditorQueryAsync(NewAuditor));

        await PassAsync(new RemoveAuditor(NewAuditor));
        Assert.False(await reputation.IsAuditorQueryAsync(NewAuditor));
    }

    [Fact]
    public async Task Change_every_audit_parameter()
    {
        await PassAsync(new ChangeAuditFee(250.5m));
        await PassAsync(new ChangePanelSize(1));
        await PassAsync(new ChangeDispersionThreshold(1_250));
        await PassAsync(new ChangeProtocolShare(700));
        await PassAsync(new ChangeAuditDeadlines(TimeSpan.FromHours(12), TimeSpan.FromHours(6)));
        await PassAsync(new ChangeAlwaysVote(true));

        var parameters = (await new AuditRegistryService(chain.Reader, chain.Addresses.AuditRegistry).ParametersQueryAsync()).ReturnValue1;
        Assert.Equal(new BigInteger(250_500_000), parameters.Fee);
        Assert.Equal(1, parameters.PanelSize);
        Assert.Equal(1_250, parameters.DispersionThresholdBps);
        Assert.Equal(700, parameters.ProtocolShareBps);
        Assert.Equal((uint)(12 * 3600), parameters.CommitDuration);
        Assert.Equal((uint)(6 * 3600), parameters.RevealDuration);
        Assert.True(parameters.AlwaysVote);
    }

    [Fact]
    public async Task Spend_from_the_treasury()
    {
        var token = new EmissionsDaoTokenService(chain.Reader, chain.Addresses.GovernanceToken);
        var recipient = DevAccounts.ByName("Grace").Address;
        var before = await token.BalanceOfQueryAsync(recipient);
        var treasuryBefore = await token.BalanceOfQueryAsync(chain.Addresses.Timelock);

        await PassAsync(new TreasurySpend(recipient, 2_500.25m));

        Assert.Equal(before + (250_025 * Edao / 100), await token.BalanceOfQueryAsync(recipient));
        Assert.Equal(treasuryBefore - (250_025 * Edao / 100), await token.BalanceOfQueryAsync(chain.Addresses.Timelock));
    }

    [Fact]
    public async Task Slash_an_auditors_reputation()
    {
        var reputation = new AuditorReputationService(chain.Reader, chain.Addresses.AuditorReputation);
        var bob = DevAccounts.ByName("Bob").Address;
        var before = await reputation.BalanceOfQueryAsync(bob);

        await PassAsync(new SlashReputation(bob, 10m));

        // Reputation halves every epoch; the vote takes minutes, far less than an epoch.
        Assert.Equal(before - (10 * Edao), await reputation.BalanceOfQueryAsync(bob));
    }

    [Fact]
    public async Task Change_the_quorum()
    {
        await PassAsync(new ChangeQuorum(6));

        Assert.Equal(new BigInteger(6), await new EmissionsGovernorService(chain.Reader, chain.Addresses.Governor).QuorumNumeratorQueryAsync());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Settle_an_escalated_audit_by_vote(bool issue)
    {
        var kit = new Audits.AuditTestKit(chain);
        await kit.SetPanelSizeAsync(3);
        var created = await kit.RequestAsync("Alice", "utility 123 / account 456", Audits.AuditTestKit.Day(2025, 6, 1), Audits.AuditTestKit.Day(2025, 6, 30));
        await kit.CommitAndRevealAsync(created.RequestId, new Dictionary<string, Chain.Audits.AuditorResult>
        {
            ["Bob"] = Chain.Audits.AuditorResult.IssueGrams(1_000_000, Audits.AuditTestKit.FactorSet),
            ["Carol"] = Chain.Audits.AuditorResult.IssueGrams(2_000_000, Audits.AuditTestKit.FactorSet),
            ["Dave"] = Chain.Audits.AuditorResult.IssueGrams(3_000_000, Audits.AuditTestKit.FactorSet),
        });
        Assert.Equal(Chain.Audits.AuditStatus.Escalated, (await kit.Service.FinalizeAsync(created.RequestId)).Status);

        await PassAsync(new SettleEscalatedAudit(created.RequestId, issue, 2_000m, issue ? 0 : 3));

        if (issue)
        {
            var recorded = await kit.Service.FinalizeAsync(created.RequestId);
            Assert.Equal(Chain.Audits.AuditStatus.Issued, recorded.Status);
            Assert.Equal(2_000_000, (await kit.Service.GetRecordAsync(recorded.RecordId)).Grams);
        }
        else
        {
            var request = await kit.Service.GetRequestAsync(created.RequestId);
            Assert.Equal((byte)Chain.Audits.AuditStatus.Declined, request.Status);
            Assert.Equal(3, request.ReasonCode);
        }
    }

    [Fact]
    public void Templates_refuse_what_cannot_be_proposed()
    {
        Assert.Equal("Recipient 'bob' is not an address (0x followed by 40 hex digits)", new TreasurySpend("bob", 1).Problem);
        Assert.Equal("The amount must be positive", new TreasurySpend(NewAuditor, 0).Problem);
        Assert.Equal("Name at least one auditor", new RegisterAuditors([]).Problem);
        Assert.Equal("The panel size must be between 1 and 15", new ChangePanelSize(0).Problem);
        Assert.Equal("The share is in basis points, between 0 and 10,000", new ChangeProtocolShare(10_001).Problem);
        Assert.Equal("An issued record needs a positive total", new SettleEscalatedAudit(1, true, 0, 0).Problem);
        Assert.Null(new SettleEscalatedAudit(1, false, 0, 3).Problem);
    }

    [Fact]
    public async Task Each_template_is_described_in_words_as_it_will_execute()
    {
        var runtime = Runtime();
        var describer = new ProposalDescriber(runtime);
        foreach (var template in new ProposalTemplate[]
        {
            new RegisterAuditors([NewAuditor]), new RemoveAuditor(NewAuditor), new ChangeAuditFee(12.5m), new ChangePanelSize(3),
            new ChangeDispersionThreshold(1_000), new ChangeProtocolShare(500), new ChangeAuditDeadlines(TimeSpan.FromDays(1), TimeSpan.FromHours(12)),
            new ChangeAlwaysVote(false), new SettleEscalatedAudit(7, true, 1_234.5678m, 0), new SlashReputation(NewAuditor, 5), new ChangeQuorum(5),
            new TreasurySpend(NewAuditor, 1),
        })
        {
            var call = Assert.Single(template.Calls(chain.Addresses));
            Assert.DoesNotContain("Call ", describer.Describe(call.Target, call.Value, call.Calldata));
        }

        var settle = Assert.Single(new SettleEscalatedAudit(7, true, 1_234.5678m, 0).Calls(chain.Addresses));
        Assert.Equal("Settle escalated audit #7: issue a record of 1,234.568 kg CO2e", describer.Describe(settle.Target, settle.Value, settle.Calldata));
    }

    private ChainRuntime Runtime() =>
        new(new ChainConnection(chain.Anvil.RpcUrl, ChainOptions.DevChainId, true, chain.Addresses, DevAccounts.Deployer.PrivateKey));

    private async Task PassAsync(ProposalTemplate template)
    {
        Assert.Null(template.Problem);
        var submitter = new ProposalSubmitter(Runtime());
        var reader = new ProposalReader(Runtime(), new ProposalDescriber(Runtime()));
        var proposalId = await submitter.ProposeAsync(template.Calls(chain.Addresses), template.Title + " #" + Guid.NewGuid().ToString("N")[..8]);
        await chain.IncreaseTimeAsync((long)chain.Governance.VotingDelaySeconds + 1);
        foreach (var voter in new[] { "Erin", "Frank", "Alice", "Grace" })
        {
            await new EmissionsGovernorService(chain.Web3For(DevAccounts.ByName(voter)), chain.Addresses.Governor).CastVoteRequestAndWaitForReceiptAsync(proposalId, (byte)VoteType.For);
        }

        await chain.IncreaseTimeAsync(chain.Governance.VotingPeriodSeconds + 1);
        var succeeded = await reader.ReadAsync(proposalId);
        Assert.Equal(ProposalState.Succeeded, succeeded!.State);
        Assert.Equal("The timelock releases it in 2 min", ProposalSubmitter.WhyNotYet(succeeded with { State = ProposalState.Queued, Eta = await chain.LatestTimestampAsync() + 120 }, DateTimeOffset.FromUnixTimeSeconds(await chain.LatestTimestampAsync()), "execute"));
        await submitter.QueueAsync(succeeded);
        await chain.IncreaseTimeAsync((long)chain.Governance.TimelockDelaySeconds + 1);
        await submitter.ExecuteAsync((await reader.ReadAsync(proposalId))!);
        Assert.Equal(ProposalState.Executed, (await reader.ReadAsync(proposalId))!.State);
    }
}
