using EmissionsDao.Chain.Audits;
using EmissionsDao.Chain.Contracts.Generated.AuditRegistry.ContractDefinition;
using EmissionsDao.Chain.Tests.Infrastructure;
using Nethereum.Contracts;
using static EmissionsDao.Chain.Tests.Audits.AuditTestKit;

namespace EmissionsDao.Chain.Tests.Audits;

/// <summary>One auditor, relayed signatures end to end: request with permit, commit, reveal, finalize, record, token, payout.</summary>
[Collection(AnvilCollection.Name)]
public sealed class SingleAuditorAuditTests(AnvilFixture chain) : IAsyncLifetime
{
    private readonly AuditTestKit _kit = new(chain);

    public Task InitializeAsync() => chain.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_issued_audit_writes_the_record_pays_the_auditor_and_backs_a_token()
    {
        var alice = Account("Alice").Address;
        var aliceBefore = await _kit.FeeTokenBalanceAsync(alice);
        var created = await _kit.RequestAsync("Alice", "utility 123 / account 456", Day(2025, 1, 1), Day(2025, 1, 31));

        var auditor = Assert.Single(created.Panel);
        var auditorName = NameOf(auditor);
        Assert.Contains(auditorName, new[] { "Bob", "Carol", "Dave" });
        Assert.Equal(aliceBefore - Fee, await _kit.FeeTokenBalanceAsync(alice));
        Assert.Equal(Fee, await _kit.FeeTokenBalanceAsync(_kit.Registry));
        var repBefore = await _kit.ReputationAsync(auditorName);

        await _kit.CommitAndRevealAsync(created.RequestId, new Dictionary<string, AuditorResult> { [auditorName] = AuditorResult.IssueGrams(1_234_567, FactorSet) });
        var finalized = await _kit.Service.FinalizeAsync(created.RequestId);

        Assert.Equal(AuditStatus.Issued, finalized.Status);
        var record = await _kit.Service.GetRecordAsync(finalized.RecordId);
        Assert.Equal(alice, record.Owner, StringComparer.OrdinalIgnoreCase);
        Assert.Equal(Hash("utility 123 / account 456"), record.SubjectKey);
        Assert.Equal(Day(2025, 1, 1), record.StartDay);
        Assert.Equal(Day(2025, 1, 31), record.EndDay);
        Assert.Equal(1_234_567, record.Grams);
        Assert.Equal(created.RequestId, record.RequestId);
        Assert.Equal(FactorSet, record.FactorSetHash);
        // The activity hash is not stored: it is in the RequestCreated event of the record's request.
        var requestCreated = created.Receipt.DecodeAllEvents<RequestCreatedEventDTO>().Single().Event;
        Assert.Equal(record.RequestId, requestCreated.RequestId);
        Assert.Equal(Hash($"activities utility 123 / account 456 {Day(2025, 1, 1)}-{Day(2025, 1, 31)}"), requestCreated.ActivityHash);
        Assert.Equal(auditor, Assert.Single(record.Auditors), StringComparer.OrdinalIgnoreCase);

        Assert.Equal(repBefore + (10 * Rep), await _kit.ReputationAsync(auditorName));
        Assert.Equal(90_000_000, await _kit.CreditAsync(auditor));
        Assert.Equal(10_000_000, await _kit.CreditAsync(_kit.Timelock));
        var auditorBefore = await _kit.FeeTokenBalanceAsync(auditor);
        await _kit.Service.WithdrawAsync(_kit.Sender(auditorName));
        Assert.Equal(auditorBefore + 90_000_000, await _kit.FeeTokenBalanceAsync(auditor));
        Assert.Equal(10_000_000, await _kit.FeeTokenBalanceAsync(_kit.Registry));

        var tokenId = await _kit.Service.MintTokenAsync(_kit.Sender("Alice"), [finalized.RecordId]);
        var token = await _kit.Service.GetTokenAsync(tokenId);
        Assert.Equal(alice, token.Holder, StringComparer.OrdinalIgnoreCase);
        Assert.Equal(1_234_567, token.Grams);
        Assert.Equal(Day(2025, 1, 1), token.StartDay);
        Assert.Equal(Day(2025, 1, 31), token.EndDay);
        Assert.Equal([finalized.RecordId], token.RecordIds);
        Assert.Equal(tokenId, (await _kit.Service.GetRecordAsync(finalized.RecordId)).TokenId);
    }

    [Fact]
    public async Task An_auditor_may_commit_and_reveal_from_its_own_account()
    {
        var created = await _kit.RequestAsync("Grace", "Grace / home electricity", Day(2025, 3, 1), Day(2025, 3, 31));
        var auditorName = NameOf(created.Panel.Single());
        var result = AuditorResult.IssueGrams(88_000, Hash("other factor set"));

        await _kit.Service.CommitDirectAsync(_kit.Sender(auditorName), created.RequestId, result);
        await _kit.Service.RevealDirectAsync(_kit.Sender(auditorName), created.RequestId, result);
        var finalized = await _kit.Service.FinalizeAsync(created.RequestId);

        Assert.Equal(AuditStatus.Issued, finalized.Status);
        var record = await _kit.Service.GetRecordAsync(finalized.RecordId);
        Assert.Equal(88_000, record.Grams);
        Assert.Equal(Hash("other factor set"), record.FactorSetHash);
    }
}
