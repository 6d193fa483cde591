using EmissionsDao.Chain.Contracts.Generated.EmissionsTokens;
using EmissionsDao.Chain.Contracts.Generated.EmissionsTokens.ContractDefinition;
using EmissionsDao.Chain.Tests.Infrastructure;
using static EmissionsDao.Chain.Tests.Audits.AuditTestKit;

namespace EmissionsDao.Chain.Tests.Audits;

/// <summary>Three monthly records (issued out of order) become one quarterly token, which moves down the supply chain and is retired.</summary>
[Collection(AnvilCollection.Name)]
public sealed class QuarterTokenTests(AnvilFixture chain) : IAsyncLifetime
{
    private const string Subject = "ACME Ltd / business travel";
    private readonly AuditTestKit _kit = new(chain);

    public Task InitializeAsync() => chain.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Three_monthly_records_make_one_quarter_token_that_is_transferred_and_retired()
    {
        // Out of order, so that the neighbour hint is the head, the tail and the middle in turn.
        var march = await _kit.IssueAsync("Alice", Subject, Day(2025, 3, 1), Day(2025, 3, 31), 3_000);
        var january = await _kit.IssueAsync("Alice", Subject, Day(2025, 1, 1), Day(2025, 1, 31), 1_000);
        var february = await _kit.IssueAsync("Alice", Subject, Day(2025, 2, 1), Day(2025, 2, 28), 2_000);

        var tokenId = await _kit.Service.MintTokenAsync(_kit.Sender("Alice"), [january.RecordId, february.RecordId, march.RecordId]);

        var token = await _kit.Service.GetTokenAsync(tokenId);
        Assert.Equal(6_000, token.Grams);
        Assert.Equal(Day(2025, 1, 1), token.StartDay);
        Assert.Equal(Day(2025, 3, 31), token.EndDay);
        Assert.Equal(Hash(Subject), token.SubjectKey);
        Assert.Equal([january.RecordId, february.RecordId, march.RecordId], token.RecordIds);

        var grace = Account("Grace").Address;
        await _kit.Service.TransferTokenAsync(_kit.Sender("Alice"), grace, tokenId);
        await _kit.Service.RetireTokenAsync(_kit.Sender("Grace"), tokenId);

        var tokens = new EmissionsTokensService(chain.Reader, chain.Addresses.EmissionsTokens);
        Assert.Equal(6_000, await tokens.RetiredGramsOfQueryAsync(grace));
        Assert.True((await _kit.Service.GetTokenAsync(tokenId)).Retired);
        await AssertRevertsWith<TokenIsRetiredError>(() => _kit.Service.TransferTokenAsync(_kit.Sender("Grace"), Account("Frank").Address, tokenId));
        await AssertRevertsWith<TokenIsRetiredError>(() => _kit.Service.RetireTokenAsync(_kit.Sender("Grace"), tokenId));
    }
}
