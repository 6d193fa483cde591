using EmissionsDao.Chain;
using EmissionsDao.Web.Authentication;
using Microsoft.JSInterop;

namespace EmissionsDao.Web.Wallet;

public enum WalletErrorKind
{
    /// <summary>No injected EIP-1193 wallet (window.ethereum) in this browser.</summary>
    NoWallet,

    /// <summary>The user declined in the wallet (EIP-1193 code 4001).</summary>
    Rejected,

    /// <summary>The wallet has not authorised this portal for the account (code 4100) or shared none.</summary>
    Unauthorized,

    /// <summary>The wallet is on another chain than the portal's contracts.</summary>
    WrongChain,

    /// <summary>The wallet's selected account is not the signed-in one.</summary>
    WrongAccount,

    /// <summary>Any other wallet error.</summary>
    WalletError,

    /// <summary>The portal's sign-in endpoint refused or failed; the message is its problem detail.</summary>
    PortalRefused,
}

public sealed class WalletException(WalletErrorKind kind, string message, int? code = null) : Exception(message)
{
    public WalletErrorKind Kind { get; } = kind;

    /// <summary>The EIP-1193 error code, or the HTTP status for <see cref="WalletErrorKind.PortalRefused"/>.</summary>
    public int? Code { get; } = code;
}

/// <summary>
/// The browser side of the wallet (wwwroot/js/wallet.js): EIP-1193 requests to the injected wallet and the fetch
/// calls that sign in and out. Scoped to a circuit; every failure surfaces as a <see cref="WalletException"/>.
/// </summary>
public sealed class WalletInterop(IJSRuntime js) : IAsyncDisposable
{
    private const string ModulePath = "./js/wallet.js";
    private Task<IJSObjectReference>? _module;

    public async Task<bool> HasInjectedWalletAsync() => await (await ModuleAsync()).InvokeAsync<bool>("hasInjectedWallet");

    /// <summary>eth_requestAccounts: the accounts the wallet shares, the selected one first.</summary>
    public Task<string[]> RequestAccountsAsync() => CallAsync<string[]>("requestAccounts");

    /// <summary>eth_chainId of the wallet's current network.</summary>
    public Task<long> GetChainIdAsync() => CallAsync<long>("chainId");

    /// <summary>personal_sign (EIP-191) of a UTF-8 text; returns the 65-byte signature as 0x-hex.</summary>
    public Task<string> PersonalSignAsync(string message, string address) => CallAsync<string>("personalSign", message, address);

    /// <summary>eth_signTypedData_v4 (EIP-712) of typed data in its JSON form; returns the signature as 0x-hex.</summary>
    public Task<string> SignTypedDataV4Async(string address, string typedDataJson) => CallAsync<string>("signTypedDataV4", address, typedDataJson);

    /// <summary>
    /// eth_sendTransaction of a call the portal built, after checking that the wallet is on the transaction's chain
    /// with its sender selected; returns the transaction hash.
    /// </summary>
    public Task<string> SendTransactionAsync(WalletTransaction transaction) => CallAsync<string>("sendTransaction", transaction.ToRequest());

    /// <summary>Posts a signed sign-in message to /auth/siwe from the browser, which stores the session cookie.</summary>
    public Task<SignedInSession> SignInWithEthereumAsync(string message, string signature) =>
        CallAsync<SignedInSession>("signInWithEthereum", message, signature);

    public Task<SignedInSession> SignInAsDevAccountAsync(string name) => CallAsync<SignedInSession>("signInAsDevAccount", name);

    public Task SignOutAsync() => CallAsync<object?>("signOut");

    public Task CopyTextAsync(string text) => CallAsync<bool>("copyText", text);

    public async ValueTask DisposeAsync()
    {
        if (_module is { IsCompletedSuccessfully: true })
        {
            try
            {
                await (await _module).DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone, and the module with it.
            }
        }
    }

    private async Task<T> CallAsync<T>(string function, params object?[] arguments)
    {
        var outcome = await (await ModuleAsync()).InvokeAsync<WalletOutcome<T>>(function, arguments);
        if (outcome.Ok)
        {
            return outcome.Value!;
        }

        var kind = outcome.Kind switch
        {
            "no-wallet" => WalletErrorKind.NoWallet,
            "rejected" => WalletErrorKind.Rejected,
            "unauthorized" => WalletErrorKind.Unauthorized,
            "wrong-chain" => WalletErrorKind.WrongChain,
            "wrong-account" => WalletErrorKind.WrongAccount,
            "http-error" => WalletErrorKind.PortalRefused,
            _ => WalletErrorKind.WalletError,
        };
        throw new WalletException(kind, outcome.Message ?? "The wallet failed without saying why.", outcome.Code);
    }

    private Task<IJSObjectReference> ModuleAsync() => _module ??= js.InvokeAsync<IJSObjectReference>("import", ModulePath).AsTask();
}

/// <summary>What every wallet.js export resolves to: the value, or the kind of failure and its message.</summary>
internal sealed record WalletOutcome<T>(bool Ok, T? Value, string? Kind, int? Code, string? Message);
