using EmissionsDao.Chain.Audits;
using EmissionsDao.Chain.Tests.Infrastructure;
using static EmissionsDao.Chain.Tests.Audits.AuditTestKit;

namespace EmissionsDao.Chain.Tests.Audits;

/// <summary>A three-auditor panel with one outlier: the weighted median wins, the outlier loses reputation, everyone who revealed is paid.</summary>
[Collection(AnvilCollection.Name)]
public sealed class PanelOutlierTests(AnvilFixture chain) : IAsyncLifetime
{
    private readonly AuditTestKit _kit = new(chain);

    public Task InitializeAsync() => chain.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_weighted_median_is_recorded_and_the_outlier_loses_reputation()
    {
        await _kit.SetPanelSizeAsync(3);
        var created = await _kit.RequestAsync("Alice", "utility 123 / account 456", Day(2025, 4, 1), Day(2025, 4, 30));
        Assert.Equal(["Bob", "Carol", "Dave"], created.Panel.Select(NameOf).Order());

        // Reputation 1000 / 800 / 600: cumulative weight reaches half the total (1200) at Carol's 1,010,000.
        await _kit.CommitAndRevealAsync(created.RequestId, new Dictionary<string, AuditorResult>
        {
            ["Bob"] = AuditorResult.IssueGrams(1_000_000, FactorSet),
            ["Carol"] = AuditorResult.IssueGrams(1_010_000, FactorSet),
            ["Dave"] = AuditorResult.IssueGrams(1_500_000, FactorSet),
        });
        var finalized = await _kit.Service.FinalizeAsync(created.RequestId);

        Assert.Equal(AuditStatus.Issued, finalized.Status);
        Assert.Equal(1_010_000, (await _kit.Service.GetRecordAsync(finalized.RecordId)).Grams);
        Assert.Equal(1_010 * Rep, await _kit.ReputationAsync("Bob"));
        Assert.Equal(810 * Rep, await _kit.ReputationAsync("Carol"));
        // Dave was 48.51 % off the final total: he loses 48.51 % of 600.
        Assert.Equal(600 * Rep * (10_000 - 4_851) / 10_000, await _kit.ReputationAsync("Dave"));
        foreach (var auditor in new[] { "Bob", "Carol", "Dave" })
        {
            Assert.Equal(30_000_000, await _kit.CreditAsync(Account(auditor).Address));
        }

        Assert.Equal(10_000_000, await _kit.CreditAsync(_kit.Timelock));
    }
}
