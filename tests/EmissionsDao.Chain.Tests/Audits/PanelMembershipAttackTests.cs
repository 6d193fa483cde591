using EmissionsDao.Chain.Audits;
using EmissionsDao.Chain.Contracts.Generated.AuditorReputation.ContractDefinition;
using EmissionsDao.Chain.Contracts.Generated.AuditRegistry.ContractDefinition;
using EmissionsDao.Chain.Tests.Infrastructure;
using static EmissionsDao.Chain.Tests.Audits.AuditTestKit;

namespace EmissionsDao.Chain.Tests.Audits;

/// <summary>Only drawn auditors may submit, and a requester is never drawn for its own request.</summary>
[Collection(AnvilCollection.Name)]
public sealed class PanelMembershipAttackTests(AnvilFixture chain) : IAsyncLifetime
{
    private readonly AuditTestKit _kit = new(chain);

    public Task InitializeAsync() => chain.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_auditor_who_was_not_drawn_cannot_commit_directly_or_by_signature()
    {
        var created = await _kit.RequestAsync("Alice", "utility 123 / account 456", Day(2025, 1, 1), Day(2025, 1, 31));
        var drawn = NameOf(created.Panel.Single());
        var notDrawn = new[] { "Bob", "Carol", "Dave" }.First(a => a != drawn);
        var result = AuditorResult.IssueGrams(1_000, FactorSet);

        await AssertRevertsWith<NotOnPanelError>(() => _kit.Service.CommitDirectAsync(_kit.Sender(notDrawn), created.RequestId, result));
        await AssertRevertsWith<NotOnPanelError>(async () =>
            await _kit.Service.CommitAsync(await _kit.Service.SignCommitAsync(created.RequestId, result, Key(notDrawn), TimeSpan.FromHours(1))));
        var outsider = await AssertRevertsWith<NotOnPanelError>(() => _kit.Service.CommitDirectAsync(_kit.Sender("Erin"), created.RequestId, result));
        Assert.Contains("was not drawn", outsider.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_requester_who_is_also_an_auditor_is_never_drawn_for_its_own_request()
    {
        await _kit.SetPanelSizeAsync(3);
        await AssertRevertsWith<NotEnoughAuditorsError>(() => _kit.RequestAsync("Bob", "Bob / office", Day(2025, 1, 1), Day(2025, 1, 31)));

        await _kit.SetPanelSizeAsync(2);
        for (var month = 1; month <= 4; month++)
        {
            var created = await _kit.RequestAsync("Bob", "Bob / office", Day(2025, month, 1), Day(2025, month, 28));
            Assert.Equal(["Carol", "Dave"], created.Panel.Select(NameOf).Order());
        }

        await _kit.SetPanelSizeAsync(1);
        for (var month = 5; month <= 12; month++)
        {
            var created = await _kit.RequestAsync("Bob", "Bob / office", Day(2025, month, 1), Day(2025, month, 28));
            Assert.NotEqual("Bob", NameOf(created.Panel.Single()));
        }
    }
}
