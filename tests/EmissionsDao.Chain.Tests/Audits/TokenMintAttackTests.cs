using EmissionsDao.Chain.Contracts.Generated.EmissionsTokens.ContractDefinition;
using EmissionsDao.Chain.Tests.Infrastructure;
using static EmissionsDao.Chain.Tests.Audits.AuditTestKit;

namespace EmissionsDao.Chain.Tests.Audits;

/// <summary>A token covers its whole period with its owner's records, each record backing one token, ever.</summary>
[Collection(AnvilCollection.Name)]
public sealed class TokenMintAttackTests(AnvilFixture chain) : IAsyncLifetime
{
    private const string Subject = "ACME Ltd / business travel";
    private readonly AuditTestKit _kit = new(chain);

    public Task InitializeAsync() => chain.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Tokens_need_contiguous_unused_records_of_one_subject_owned_by_the_minter()
    {
        var january = await _kit.IssueAsync("Alice", Subject, Day(2025, 1, 1), Day(2025, 1, 31), 1_000);
        var february = await _kit.IssueAsync("Alice", Subject, Day(2025, 2, 1), Day(2025, 2, 28), 2_000);
        var march = await _kit.IssueAsync("Alice", Subject, Day(2025, 3, 1), Day(2025, 3, 31), 3_000);
        var otherSubject = await _kit.IssueAsync("Alice", "ACME Ltd / electricity", Day(2025, 4, 1), Day(2025, 4, 30), 4_000);
        var alice = _kit.Sender("Alice");

        await AssertRevertsWith<RecordsNotContiguousError>(() => _kit.Service.MintTokenAsync(alice, [january.RecordId, march.RecordId]));
        await AssertRevertsWith<RecordsNotContiguousError>(() => _kit.Service.MintTokenAsync(alice, [february.RecordId, january.RecordId]));
        await AssertRevertsWith<SubjectMismatchError>(() => _kit.Service.MintTokenAsync(alice, [march.RecordId, otherSubject.RecordId]));
        await AssertRevertsWith<NotRecordOwnerError>(() => _kit.Service.MintTokenAsync(_kit.Sender("Grace"), [january.RecordId]));
        await AssertRevertsWith<InvalidRecordCountError>(() => _kit.Service.MintTokenAsync(alice, []));

        await _kit.Service.MintTokenAsync(alice, [january.RecordId, february.RecordId]);
        await AssertRevertsWith<RecordAlreadyTokenizedError>(() => _kit.Service.MintTokenAsync(alice, [february.RecordId, march.RecordId]));
        await AssertRevertsWith<RecordAlreadyTokenizedError>(() => _kit.Service.MintTokenAsync(alice, [january.RecordId]));
        await _kit.Service.MintTokenAsync(alice, [march.RecordId]);
    }
}
