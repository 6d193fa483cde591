using EmissionsDao.Chain.Audits;
using EmissionsDao.Chain.Contracts.Generated.AuditRegistry.ContractDefinition;
using EmissionsDao.Chain.Tests.Infrastructure;
using Nethereum.Contracts;
using static EmissionsDao.Chain.Tests.Audits.AuditTestKit;

namespace EmissionsDao.Chain.Tests.Audits;

/// <summary>Dispersed results (or "always vote" mode) escalate; only the timelock settles, and finalize then writes the record.</summary>
[Collection(AnvilCollection.Name)]
public sealed class EscalationTests(AnvilFixture chain) : IAsyncLifetime
{
    private readonly AuditTestKit _kit = new(chain);

    public Task InitializeAsync() => chain.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Dispersed_results_escalate_and_the_timelock_decides_the_total()
    {
        await _kit.SetPanelSizeAsync(3);
        var created = await _kit.RequestAsync("Alice", "utility 123 / account 456", Day(2025, 6, 1), Day(2025, 6, 30));
        await _kit.CommitAndRevealAsync(created.RequestId, new Dictionary<string, AuditorResult>
        {
            ["Bob"] = AuditorResult.IssueGrams(1_000_000, FactorSet),
            ["Carol"] = AuditorResult.IssueGrams(2_000_000, FactorSet),
            ["Dave"] = AuditorResult.IssueGrams(3_000_000, FactorSet),
        });

        var finalized = await _kit.Service.FinalizeAsync(created.RequestId);
        Assert.Equal(AuditStatus.Escalated, finalized.Status);
        Assert.Equal(0, await _kit.CreditAsync(Account("Bob").Address));

        await AssertRevertsWith<OwnableUnauthorizedAccountError>(() => new Chain.Audits.ContractTransactionSender(_kit.Web3("Erin"))
            .SendAsync(_kit.Registry, new ResolveEscalatedFunction { RequestId = created.RequestId, Issue = true, Grams = 1, ReasonCode = 0 }));
        await _kit.AsTimelockAsync(_kit.Registry, new ResolveEscalatedFunction { RequestId = created.RequestId, Issue = true, Grams = 2_000_000, ReasonCode = 0 });
        Assert.Equal((byte)AuditStatus.AwaitingRecord, (await _kit.Service.GetRequestAsync(created.RequestId)).Status);
        Assert.Equal(30_000_000, await _kit.CreditAsync(Account("Carol").Address));

        var recorded = await _kit.Service.FinalizeAsync(created.RequestId);
        Assert.Equal(AuditStatus.Issued, recorded.Status);
        Assert.Equal(2_000_000, (await _kit.Service.GetRecordAsync(recorded.RecordId)).Grams);
        Assert.Equal(810 * Rep, await _kit.ReputationAsync("Carol"));
        Assert.Equal(500 * Rep, await _kit.ReputationAsync("Bob"));
    }

    [Fact]
    public async Task Always_vote_mode_escalates_even_an_undisputed_result_and_the_dao_may_decline()
    {
        await _kit.AsTimelockAsync(_kit.Registry, new SetAlwaysVoteFunction { AlwaysVote = true });
        var created = await _kit.RequestAsync("Alice", "utility 123 / account 456", Day(2025, 7, 1), Day(2025, 7, 31));
        var auditor = NameOf(created.Panel.Single());
        await _kit.CommitAndRevealAsync(created.RequestId, new Dictionary<string, AuditorResult> { [auditor] = AuditorResult.IssueGrams(500_000, FactorSet) });
        var reputation = await _kit.ReputationAsync(auditor);

        var escalated = await _kit.Service.FinalizeAsync(created.RequestId);
        Assert.Equal(AuditStatus.Escalated, escalated.Status);
        var escalation = escalated.Receipt.DecodeAllEvents<RequestEscalatedEventDTO>().Single().Event;
        Assert.Equal(reputation + 1, escalation.IssueWeight);
        Assert.Equal(0, escalation.DeclineWeight);
        await _kit.AsTimelockAsync(_kit.Registry, new ResolveEscalatedFunction { RequestId = created.RequestId, Issue = false, Grams = 0, ReasonCode = (ushort)DeclineReason.OutOfScope });

        var request = await _kit.Service.GetRequestAsync(created.RequestId);
        Assert.Equal((byte)AuditStatus.Declined, request.Status);
        Assert.Equal((ushort)DeclineReason.OutOfScope, request.ReasonCode);
        Assert.Equal(90_000_000, await _kit.CreditAsync(Account(auditor).Address));
        await AssertRevertsWith<RequestNotFinalizableError>(() => _kit.Service.FinalizeAsync(created.RequestId));
    }
}
