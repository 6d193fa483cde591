using EmissionsDao.Chain.Audits;
using EmissionsDao.Chain.Tests.Infrastructure;
using static EmissionsDao.Chain.Tests.Audits.AuditTestKit;

namespace EmissionsDao.Chain.Tests.Audits;

/// <summary>An auditor who misses the reveal is not paid and loses reputation; if nobody reveals, the requester is refunded.</summary>
[Collection(AnvilCollection.Name)]
public sealed class MissedRevealTests(AnvilFixture chain) : IAsyncLifetime
{
    private readonly AuditTestKit _kit = new(chain);

    public Task InitializeAsync() => chain.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_auditor_who_commits_but_never_reveals_is_not_paid_and_loses_reputation()
    {
        await _kit.SetPanelSizeAsync(3);
        var created = await _kit.RequestAsync("Alice", "utility 123 / account 456", Day(2025, 8, 1), Day(2025, 8, 31));
        await _kit.CommitAsync(created.RequestId, new Dictionary<string, AuditorResult> { ["Dave"] = AuditorResult.IssueGrams(999, FactorSet) });
        await _kit.CommitAndRevealAsync(created.RequestId, new Dictionary<string, AuditorResult>
        {
            ["Bob"] = AuditorResult.IssueGrams(1_000_000, FactorSet),
            ["Carol"] = AuditorResult.IssueGrams(1_000_000, FactorSet),
        });

        await AssertRevertsWith<Contracts.Generated.AuditRegistry.ContractDefinition.FinalizeTooEarlyError>(() => _kit.Service.FinalizeAsync(created.RequestId));
        await _kit.EndRevealPhaseAsync();
        var finalized = await _kit.Service.FinalizeAsync(created.RequestId);

        Assert.Equal(AuditStatus.Issued, finalized.Status);
        Assert.Equal(45_000_000, await _kit.CreditAsync(Account("Bob").Address));
        Assert.Equal(45_000_000, await _kit.CreditAsync(Account("Carol").Address));
        Assert.Equal(0, await _kit.CreditAsync(Account("Dave").Address));
        Assert.Equal(540 * Rep, await _kit.ReputationAsync("Dave"));
        var ballots = await _kit.Service.GetBallotsAsync(created.RequestId);
        Assert.Equal((byte)BallotState.Committed, ballots.Single(b => NameOf(b.Auditor) == "Dave").State);
    }

    [Fact]
    public async Task When_nobody_reveals_the_fee_is_refunded_to_the_requester()
    {
        var alice = Account("Alice").Address;
        var before = await _kit.FeeTokenBalanceAsync(alice);
        var created = await _kit.RequestAsync("Alice", "utility 123 / account 456", Day(2025, 9, 1), Day(2025, 9, 30));
        var auditor = NameOf(created.Panel.Single());
        var reputationBefore = await _kit.ReputationAsync(auditor);

        await _kit.EndRevealPhaseAsync();
        var finalized = await _kit.Service.FinalizeAsync(created.RequestId);

        Assert.Equal(AuditStatus.Refunded, finalized.Status);
        Assert.Equal(reputationBefore * 9 / 10, await _kit.ReputationAsync(auditor));
        await _kit.Service.Relayer.WithdrawForAsync(alice, chain.Addresses.FeeToken!);
        Assert.Equal(before, await _kit.FeeTokenBalanceAsync(alice));
        Assert.Equal(0, await _kit.FeeTokenBalanceAsync(_kit.Registry));
    }
}
