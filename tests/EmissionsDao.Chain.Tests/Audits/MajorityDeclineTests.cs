using EmissionsDao.Chain.Audits;
using EmissionsDao.Chain.Contracts.Generated.EmissionsRecords;
using EmissionsDao.Chain.Contracts.Generated.EmissionsRecords.ContractDefinition;
using EmissionsDao.Chain.Tests.Infrastructure;
using Nethereum.Contracts;
using static EmissionsDao.Chain.Tests.Audits.AuditTestKit;

namespace EmissionsDao.Chain.Tests.Audits;

/// <summary>A weighted majority declines: no record (so no token), the reason is kept, every auditor who revealed is paid.</summary>
[Collection(AnvilCollection.Name)]
public sealed class MajorityDeclineTests(AnvilFixture chain) : IAsyncLifetime
{
    private readonly AuditTestKit _kit = new(chain);

    public Task InitializeAsync() => chain.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_majority_decline_writes_no_record_and_pays_every_revealing_auditor()
    {
        await _kit.SetPanelSizeAsync(3);
        var created = await _kit.RequestAsync("Alice", "ACME Ltd / fleet fuel", Day(2025, 5, 1), Day(2025, 5, 31));

        await _kit.CommitAndRevealAsync(created.RequestId, new Dictionary<string, AuditorResult>
        {
            ["Bob"] = AuditorResult.Decline(DeclineReason.InsufficientEvidence),
            ["Carol"] = AuditorResult.Decline(DeclineReason.InsufficientEvidence),
            ["Dave"] = AuditorResult.IssueGrams(2_000_000, FactorSet),
        });
        var finalized = await _kit.Service.FinalizeAsync(created.RequestId);

        Assert.Equal(AuditStatus.Declined, finalized.Status);
        var request = await _kit.Service.GetRequestAsync(created.RequestId);
        Assert.Equal((ushort)DeclineReason.InsufficientEvidence, request.ReasonCode);
        Assert.Equal(0UL, request.RecordId);
        Assert.Equal(0, await new EmissionsRecordsService(chain.Reader, chain.Addresses.EmissionsRecords).HeadOfQueryAsync(Hash("ACME Ltd / fleet fuel")));
        Assert.Empty(finalized.Receipt.DecodeAllEvents<RecordWrittenEventDTO>());
        foreach (var auditor in new[] { "Bob", "Carol", "Dave" })
        {
            Assert.Equal(30_000_000, await _kit.CreditAsync(Account(auditor).Address));
        }

        Assert.Equal(1_010 * Rep, await _kit.ReputationAsync("Bob"));
        Assert.Equal(300 * Rep, await _kit.ReputationAsync("Dave"));
    }
}
