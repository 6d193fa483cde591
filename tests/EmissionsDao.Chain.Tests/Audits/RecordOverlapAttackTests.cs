using System.Numerics;
using EmissionsDao.Chain.Audits;
using EmissionsDao.Chain.Contracts.Generated.AuditRegistry.ContractDefinition;
using EmissionsDao.Chain.Contracts.Generated.EmissionsRecords;
using EmissionsDao.Chain.Contracts.Generated.EmissionsRecords.ContractDefinition;
using EmissionsDao.Chain.Tests.Infrastructure;
using Nethereum.Contracts;
using static EmissionsDao.Chain.Tests.Audits.AuditTestKit;

namespace EmissionsDao.Chain.Tests.Audits;

/// <summary>No double counting: every way a period can overlap an existing record of the subject fails, and so does a false neighbour hint.</summary>
[Collection(AnvilCollection.Name)]
public sealed class RecordOverlapAttackTests(AnvilFixture chain) : IAsyncLifetime
{
    private const string Subject = "utility 123 / account 456";
    private readonly AuditTestKit _kit = new(chain);

    public Task InitializeAsync() => chain.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string, int, int, int, int> OverlapShapes => new()
    {
        // Existing record: 2025-02-01 .. 2025-02-28 (inclusive).
        { "identical", 2, 1, 2, 28 },
        { "contained", 2, 10, 2, 20 },
        { "containing", 1, 15, 3, 15 },
        { "touching its last day", 2, 28, 3, 31 },
        { "touching its first day", 1, 1, 2, 1 },
        { "overlapping its start", 1, 20, 2, 10 },
        { "overlapping its end", 2, 20, 3, 10 },
    };

    [Theory]
    [MemberData(nameof(OverlapShapes))]
    public async Task An_overlapping_period_cannot_be_requested(string shape, int startMonth, int startDay, int endMonth, int endDay)
    {
        var existing = await _kit.IssueAsync("Alice", Subject, Day(2025, 2, 1), Day(2025, 2, 28), 1_000);
        var aliceBefore = await _kit.FeeTokenBalanceAsync(Account("Alice").Address);
        var requestsBefore = await _kit.Service.RequestCountAsync();

        var rejected = await AssertRevertsWith<PeriodOverlapError>(() => _kit.RequestAsync("Alice", Subject, Day(2025, startMonth, startDay), Day(2025, endMonth, endDay)));

        Assert.Equal(existing.RecordId, (BigInteger)rejected.Arguments["existingRecordId"]!);
        Assert.Equal(requestsBefore, await _kit.Service.RequestCountAsync());
        Assert.Equal(aliceBefore, await _kit.FeeTokenBalanceAsync(Account("Alice").Address));
        Assert.False(string.IsNullOrEmpty(shape));
    }

    [Theory]
    [MemberData(nameof(OverlapShapes))]
    public async Task A_request_overtaken_by_an_overlapping_record_is_declined_and_its_auditor_paid(string shape, int startMonth, int startDay, int endMonth, int endDay)
    {
        var overtaken = await ReadyToFinalizeAsync(Day(2025, startMonth, startDay), Day(2025, endMonth, endDay));
        var auditor = (await _kit.Service.GetBallotsAsync(overtaken)).Single().Auditor;
        var existing = await _kit.IssueAsync("Alice", Subject, Day(2025, 2, 1), Day(2025, 2, 28), 1_000);
        var creditBefore = await _kit.CreditAsync(auditor);
        var treasuryBefore = await _kit.CreditAsync(_kit.Timelock);

        var finalized = await _kit.Service.FinalizeAsync(overtaken);

        Assert.Equal(AuditStatus.Declined, finalized.Status);
        var request = await _kit.Service.GetRequestAsync(overtaken);
        Assert.Equal((ushort)DeclineReason.PeriodAlreadyRecorded, request.ReasonCode);
        Assert.Equal(0UL, request.RecordId);
        var declined = finalized.Receipt.DecodeAllEvents<RequestDeclinedEventDTO>().Single().Event;
        Assert.Equal(overtaken, declined.RequestId);
        Assert.Equal((ushort)DeclineReason.PeriodAlreadyRecorded, declined.ReasonCode);
        Assert.Empty(finalized.Receipt.DecodeAllEvents<RecordWrittenEventDTO>());
        Assert.Equal(existing.RecordId, await new EmissionsRecordsService(chain.Reader, chain.Addresses.EmissionsRecords).HeadOfQueryAsync(Hash(Subject)));

        // Paid as any decline: 90 % to the auditor who revealed, 10 % to the treasury; the escrow holds exactly the credits.
        Assert.Equal(creditBefore + 90_000_000, await _kit.CreditAsync(auditor));
        Assert.Equal(treasuryBefore + 10_000_000, await _kit.CreditAsync(_kit.Timelock));
        var credits = BigInteger.Zero;
        foreach (var payee in new[] { "Bob", "Carol", "Dave" }.Select(n => Account(n).Address).Append(_kit.Timelock))
        {
            credits += await _kit.CreditAsync(payee);
        }

        Assert.Equal(credits, await _kit.FeeTokenBalanceAsync(_kit.Registry));
        await AssertRevertsWith<RequestNotFinalizableError>(() => _kit.Service.Relayer.FinalizeAsync(overtaken, existing.RecordId));
        Assert.False(string.IsNullOrEmpty(shape));
    }

    [Fact]
    public async Task A_false_neighbour_hint_is_refused_and_the_true_one_accepted()
    {
        var january = await _kit.IssueAsync("Alice", Subject, Day(2025, 1, 1), Day(2025, 1, 31), 1_000);
        var march = await _kit.IssueAsync("Alice", Subject, Day(2025, 3, 1), Day(2025, 3, 31), 3_000);
        var otherSubject = await _kit.IssueAsync("Alice", "another subject", Day(2025, 1, 1), Day(2025, 1, 31), 5);
        var february = await ReadyToFinalizeAsync(Day(2025, 2, 1), Day(2025, 2, 28));

        foreach (var wrongHint in new[] { march.RecordId, BigInteger.Zero, otherSubject.RecordId, 999 })
        {
            await AssertRevertsWith<WrongNeighbourHintError>(() => _kit.Service.Relayer.FinalizeAsync(february, wrongHint));
        }

        await _kit.Service.Relayer.FinalizeAsync(february, january.RecordId);
        var recordId = (await _kit.Service.GetRequestAsync(february)).RecordId;
        Assert.Equal(march.RecordId, (await _kit.Service.GetRecordAsync(recordId)).Next);
        Assert.Equal(recordId, (await _kit.Service.GetRecordAsync(january.RecordId)).Next);
    }

    private async Task<BigInteger> ReadyToFinalizeAsync(uint startDay, uint endDay)
    {
        var created = await _kit.RequestAsync("Alice", Subject, startDay, endDay);
        await _kit.CommitAndRevealAsync(created.RequestId, new Dictionary<string, AuditorResult> { [NameOf(created.Panel.Single())] = AuditorResult.IssueGrams(2_000, FactorSet) });
        return created.RequestId;
    }
}
