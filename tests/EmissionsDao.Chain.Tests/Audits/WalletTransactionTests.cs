using EmissionsDao.Chain.Contracts.Generated.EmissionsTokens.ContractDefinition;
using EmissionsDao.Chain.Tests.Infrastructure;
using Nethereum.Contracts;
using static EmissionsDao.Chain.Tests.Audits.AuditTestKit;

namespace EmissionsDao.Chain.Tests.Audits;

/// <summary>
/// Transactions a browser wallet sends: the portal builds and checks them, the wallet (here anvil's unlocked account,
/// through eth_sendTransaction, as an extension would) signs and sends them, the portal follows the hash.
/// </summary>
[Collection(AnvilCollection.Name)]
public sealed class WalletTransactionTests(AnvilFixture chain) : IAsyncLifetime
{
    private const string Subject = "Frank Ltd / office electricity";
    private readonly AuditTestKit _kit = new(chain);

    private WalletTransactions Wallet => new(chain.Reader, ChainOptions.DevChainId, TimeSpan.FromMilliseconds(50));

    public Task InitializeAsync() => chain.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_wallet_mints_transfers_and_retires_with_transactions_the_portal_built_and_followed()
    {
        var record = await _kit.IssueAsync("Alice", Subject, Day(2025, 1, 1), Day(2025, 1, 31), 1_000);
        var alice = Account("Alice").Address;
        var grace = Account("Grace").Address;
        var tokens = chain.Addresses.EmissionsTokens!;

        var mint = await Wallet.PrepareAsync(alice, tokens, new MintFunction { RecordIds = [record.RecordId] });
        Assert.Equal("Mint", mint.FunctionName);
        Assert.Equal("0x7a69", mint.ToRequest()["chainId"]);
        Assert.StartsWith("0x", mint.Data, StringComparison.Ordinal);
        var minted = await Wallet.WaitForReceiptAsync(mint, await SendFromWalletAsync(mint));
        var tokenId = minted.DecodeAllEvents<TokenMintedEventDTO>().Single().Event.TokenId;

        var transfer = await Wallet.PrepareAsync(alice, tokens, new TransferFromFunction { From = alice, To = grace, TokenId = tokenId });
        var waits = new List<TimeSpan>();
        await Wallet.WaitForReceiptAsync(transfer, await SendFromWalletAsync(transfer), new Progress<TimeSpan>(waits.Add));
        var retire = await Wallet.PrepareAsync(grace, tokens, new RetireFunction { TokenId = tokenId });
        await Wallet.WaitForReceiptAsync(retire, await SendFromWalletAsync(retire));

        var token = await _kit.Service.GetTokenAsync(tokenId);
        Assert.Equal(grace, token.Holder, StringComparer.OrdinalIgnoreCase);
        Assert.True(token.Retired);
        Assert.Contains(tokenId, (await _kit.Service.TokensOfAsync(alice)).Select(t => t.TokenId));
        Assert.Contains(tokenId, (await _kit.Service.TokensOfAsync(grace)).Select(t => t.TokenId));
    }

    [Fact]
    public async Task A_call_the_contract_would_refuse_is_explained_before_the_wallet_is_asked()
    {
        var record = await _kit.IssueAsync("Alice", Subject, Day(2025, 2, 1), Day(2025, 2, 28), 2_000);

        var refused = await AssertRevertsWith<NotRecordOwnerError>(
            () => Wallet.PrepareAsync(Account("Grace").Address, chain.Addresses.EmissionsTokens!, new MintFunction { RecordIds = [record.RecordId] }));

        Assert.Equal($"Mint: Record {record.RecordId} belongs to {Account("Alice").Address}, not to you.", refused.Message, ignoreCase: true);
    }

    [Fact]
    public async Task A_transaction_mined_as_reverted_is_replayed_to_say_why()
    {
        var record = await _kit.IssueAsync("Alice", Subject, Day(2025, 3, 1), Day(2025, 3, 31), 3_000);
        var tokenId = await _kit.Service.MintTokenAsync(_kit.Sender("Alice"), [record.RecordId]);
        var alice = Account("Alice").Address;

        // Prepared while it would succeed, then overtaken: the wallet sends it with the estimated gas and it is mined reverted.
        var retire = await Wallet.PrepareAsync(alice, chain.Addresses.EmissionsTokens!, new RetireFunction { TokenId = tokenId });
        await _kit.Service.RetireTokenAsync(_kit.Sender("Alice"), tokenId);
        var hash = await SendFromWalletAsync(retire);

        var reverted = await AssertRevertsWith<TokenIsRetiredError>(() => Wallet.WaitForReceiptAsync(retire, hash));
        Assert.Equal($"Retire: Token {tokenId} is retired and can no longer be transferred or retired.", reverted.Message);
    }

    [Fact]
    public async Task A_hash_that_is_never_mined_times_out_with_what_to_do()
    {
        var transaction = new WalletTransaction("Retire", Account("Alice").Address, chain.Addresses.EmissionsTokens!, "0x", 100_000, ChainOptions.DevChainId);

        var timeout = await Assert.ThrowsAsync<TimeoutException>(
            () => Wallet.WaitForReceiptAsync(transaction, "0x" + new string('1', 64), timeout: TimeSpan.FromMilliseconds(200)));

        Assert.Contains("check it in your wallet", timeout.Message, StringComparison.Ordinal);
    }

    /// <summary>What a wallet does with the request: eth_sendTransaction, signed by the account's key (anvil holds the dev keys).</summary>
    private Task<string> SendFromWalletAsync(WalletTransaction transaction) => _kit.RpcAsync<string>("eth_sendTransaction", transaction.ToRequest());
}
