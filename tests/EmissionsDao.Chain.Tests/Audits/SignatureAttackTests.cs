using EmissionsDao.Chain.Audits;
using EmissionsDao.Chain.Contracts.Generated.AuditRegistry.ContractDefinition;
using EmissionsDao.Chain.Tests.Infrastructure;
using static EmissionsDao.Chain.Tests.Audits.AuditTestKit;

namespace EmissionsDao.Chain.Tests.Audits;

/// <summary>Every signed message carries a nonce, a deadline and the chain id: replays, other chains, late and forged signatures fail.</summary>
[Collection(AnvilCollection.Name)]
public sealed class SignatureAttackTests(AnvilFixture chain) : IAsyncLifetime
{
    private readonly AuditTestKit _kit = new(chain);

    public Task InitializeAsync() => chain.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_replayed_request_fails_on_its_used_nonce()
    {
        var signed = await _kit.Service.SignAuditRequestAsync(_kit.Draft("Alice", "utility 1", Day(2025, 1, 1), Day(2025, 1, 31)), Key("Alice"), TimeSpan.FromHours(1));
        await _kit.Service.RequestAuditAsync(signed);

        await AssertRevertsWith<InvalidAccountNonceError>(() => _kit.Service.RequestAuditAsync(signed));
    }

    [Fact]
    public async Task A_request_signed_for_another_chain_is_refused()
    {
        var domain = await _kit.Service.RegistryDomainAsync();
        var otherChain = AuditTypedData.Domain(domain.Name, domain.Version, 1, domain.VerifyingContract);
        var signed = await _kit.Service.SignAuditRequestAsync(_kit.Draft("Alice", "utility 1", Day(2025, 1, 1), Day(2025, 1, 31)), Key("Alice"), TimeSpan.FromHours(1), otherChain);

        await AssertRevertsWith<InvalidSignatureError>(() => _kit.Service.RequestAuditAsync(signed));
    }

    [Fact]
    public async Task A_request_past_its_deadline_is_refused()
    {
        var signed = await _kit.Service.SignAuditRequestAsync(_kit.Draft("Alice", "utility 1", Day(2025, 1, 1), Day(2025, 1, 31)), Key("Alice"), TimeSpan.FromMinutes(10));
        await chain.IncreaseTimeAsync(11 * 60);

        await AssertRevertsWith<SignatureExpiredError>(() => _kit.Service.RequestAuditAsync(signed));
    }

    [Fact]
    public async Task A_request_signed_by_someone_else_than_the_requester_is_refused()
    {
        var forged = await _kit.Service.SignAuditRequestAsync(_kit.Draft("Alice", "utility 1", Day(2025, 1, 1), Day(2025, 1, 31)), Key("Grace"), TimeSpan.FromHours(1));

        var rejected = await AssertRevertsWith<InvalidSignatureError>(() => _kit.Service.RequestAuditAsync(forged));
        Assert.Contains(Account("Alice").Address, rejected.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Commits_cannot_be_replayed_moved_to_another_chain_or_forged()
    {
        var created = await _kit.RequestAsync("Alice", "utility 1", Day(2025, 1, 1), Day(2025, 1, 31));
        var auditor = NameOf(created.Panel.Single());
        var result = AuditorResult.IssueGrams(1_000, FactorSet);
        var domain = await _kit.Service.RegistryDomainAsync();

        var otherChain = await _kit.Service.SignCommitAsync(created.RequestId, result, Key(auditor), TimeSpan.FromHours(1), AuditTypedData.Domain(domain.Name, domain.Version, 5, domain.VerifyingContract));
        await AssertRevertsWith<InvalidSignatureError>(() => _kit.Service.CommitAsync(otherChain));

        var byOutsider = await _kit.Service.SignCommitAsync(created.RequestId, result, Key("Erin"), TimeSpan.FromHours(1));
        var forged = byOutsider with { Message = new CommitMessage { RequestId = created.RequestId, Auditor = Account(auditor).Address, Commitment = byOutsider.Message.Commitment, Nonce = byOutsider.Message.Nonce, Deadline = byOutsider.Message.Deadline } };
        await AssertRevertsWith<InvalidSignatureError>(() => _kit.Service.CommitAsync(forged));

        var genuine = await _kit.Service.SignCommitAsync(created.RequestId, result, Key(auditor), TimeSpan.FromHours(1));
        await _kit.Service.CommitAsync(genuine);
        await AssertRevertsWith<InvalidAccountNonceError>(() => _kit.Service.CommitAsync(genuine));
    }
}
