using System.Numerics;
using EmissionsDao.Chain.Audits;
using EmissionsDao.Chain.Contracts.Generated.EmissionsRecords.ContractDefinition;
using EmissionsDao.Chain.Tests.Infrastructure;
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
    public async Task An_overlapping_period_cannot_be_recorded(string shape, int startMonth, int startDay, int endMonth, int endDay)
    {
        var existing = await _kit.IssueAsync("Alice", Subject, Day(2025, 2, 1), Day(2025, 2, 28), 1_000);
        var overlapping = await ReadyToFinalizeAsync(Day(2025, startMonth, startDay), Day(2025, endMonth, endDay));

        var rejected = await AssertRevertsWith<PeriodOverlapError>(() => _kit.Service.FinalizeAsync(overlapping));

        Assert.Equal(existing.RecordId, (BigInteger)rejected.Arguments["existingRecordId"]!);
        Assert.Equal((byte)AuditStatus.Open, (await _kit.Service.GetRequestAsync(overlapping)).Status);
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
