using Bunit;
using EmissionsDao.Web.Wallet;

namespace EmissionsDao.Web.Tests.Authentication;

public sealed class WalletInteropTests
{
    [Theory]
    [InlineData("no-wallet", WalletErrorKind.NoWallet)]
    [InlineData("rejected", WalletErrorKind.Rejected)]
    [InlineData("unauthorized", WalletErrorKind.Unauthorized)]
    [InlineData("wrong-chain", WalletErrorKind.WrongChain)]
    [InlineData("wrong-account", WalletErrorKind.WrongAccount)]
    [InlineData("http-error", WalletErrorKind.PortalRefused)]
    [InlineData("something-new", WalletErrorKind.WalletError)]
    public async Task Failures_of_wallet_js_become_wallet_exceptions_of_their_kind(string kind, WalletErrorKind expected)
    {
        await using var context = new BunitContext();
        context.JSInterop.SetupModule("./js/wallet.js")
            .Setup<WalletOutcome<string>>("signTypedDataV4", "0xabc", "{\"types\":{}}")
            .SetResult(new(false, null, kind, 4001, "You declined the request in your wallet."));
        await using var wallet = new WalletInterop(context.JSInterop.JSRuntime);

        var exception = await Assert.ThrowsAsync<WalletException>(() => wallet.SignTypedDataV4Async("0xabc", "{\"types\":{}}"));

        Assert.Equal(expected, exception.Kind);
        Assert.Equal(4001, exception.Code);
        Assert.Equal("You declined the request in your wallet.", exception.Message);
    }
}
