using EmissionsDao.Chain.Audits;
using EmissionsDao.Chain.Contracts.Generated.AuditRegistry.ContractDefinition;
using EmissionsDao.Chain.Tests.Infrastructure;
using static EmissionsDao.Chain.Tests.Audits.AuditTestKit;

namespace EmissionsDao.Chain.Tests.Audits;

/// <summary>Sealed results stay sealed: a reveal must match its commitment and respect the phases.</summary>
[Collection(AnvilCollection.Name)]
public sealed class CommitRevealAttackTests(AnvilFixture chain) : IAsyncLifetime
{
    private readonly AuditTestKit _kit = new(chain);

    public Task InitializeAsync() => chain.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_reveal_that_does_not_match_the_commitment_is_refused()
    {
        var created = await _kit.RequestAsync("Alice", "utility 1", Day(2025, 1, 1), Day(2025, 1, 31));
        var auditor = NameOf(created.Panel.Single());
        var committed = AuditorResult.IssueGrams(1_000, FactorSet);
        await _kit.Service.CommitDirectAsync(_kit.Sender(auditor), created.RequestId, committed);

        await AssertRevertsWith<CommitmentMismatchError>(() => _kit.Service.RevealDirectAsync(_kit.Sender(auditor), created.RequestId, committed with { Grams = 999 }));
        await AssertRevertsWith<CommitmentMismatchError>(() => _kit.Service.RevealDirectAsync(_kit.Sender(auditor), created.RequestId, committed with { Salt = new byte[32] }));
        await AssertRevertsWith<AlreadyCommittedError>(() => _kit.Service.CommitDirectAsync(_kit.Sender(auditor), created.RequestId, committed));
        await _kit.Service.RevealDirectAsync(_kit.Sender(auditor), created.RequestId, committed);
        await AssertRevertsWith<AlreadyRevealedError>(() => _kit.Service.RevealDirectAsync(_kit.Sender(auditor), created.RequestId, committed));
    }

    [Fact]
    public async Task Reveals_wait_for_every_commit_and_close_at_the_deadline()
    {
        await _kit.SetPanelSizeAsync(3);
        var created = await _kit.RequestAsync("Alice", "utility 1", Day(2025, 1, 1), Day(2025, 1, 31));
        var bob = AuditorResult.IssueGrams(1_000, FactorSet);
        await _kit.Service.CommitDirectAsync(_kit.Sender("Bob"), created.RequestId, bob);

        await AssertRevertsWith<RevealNotOpenError>(() => _kit.Service.RevealDirectAsync(_kit.Sender("Bob"), created.RequestId, bob));
        await AssertRevertsWith<NotCommittedError>(() => _kit.Service.RevealDirectAsync(_kit.Sender("Carol"), created.RequestId, bob));

        await chain.IncreaseTimeAsync((3 * 24 * 3600) + 1);
        await AssertRevertsWith<CommitPhaseOverError>(() => _kit.Service.CommitDirectAsync(_kit.Sender("Carol"), created.RequestId, bob));
        await chain.IncreaseTimeAsync(2 * 24 * 3600);
        await AssertRevertsWith<RevealPhaseOverError>(() => _kit.Service.RevealDirectAsync(_kit.Sender("Bob"), created.RequestId, bob));
    }
}
