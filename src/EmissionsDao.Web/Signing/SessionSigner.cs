using EmissionsDao.Chain;
using EmissionsDao.Chain.Audits;
using EmissionsDao.Chain.LocalChain;
using EmissionsDao.Web.Authentication;
using EmissionsDao.Web.Wallet;
using Microsoft.AspNetCore.Components.Authorization;
using Nethereum.Contracts;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Signer;
using Nethereum.Signer.EIP712;
using Nethereum.Web3;

namespace EmissionsDao.Web.Signing;

/// <summary>
/// Signs EIP-712 typed data as the signed-in account: in the browser wallet (eth_signTypedData_v4) for a wallet session,
/// or on the server with the published key for a dev-account session on the embedded dev chain.
/// </summary>
public sealed class SessionSigner(AuthenticationStateProvider authentication, WalletInterop wallet, ChainRuntime runtime)
{
    public async Task<string?> AddressAsync() => PortalClaimTypes.AddressOf((await authentication.GetAuthenticationStateAsync()).User);

    public async Task<string> SignTypedDataAsync(string typedDataJson)
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        var address = PortalClaimTypes.AddressOf(user) ?? throw new InvalidOperationException("Sign in first: only a signed-in account can sign.");
        if (await DevAccountAsync() is { } devAccount)
        {
            return Eip712TypedDataSigner.Current.SignTypedDataV4(typedDataJson, new EthECKey(devAccount.PrivateKey));
        }

        return await wallet.SignTypedDataV4Async(address, typedDataJson);
    }

    /// <summary>The dev account of this session, when it is one and the portal runs its embedded dev chain.</summary>
    public async Task<DevAccount?> DevAccountAsync()
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        if (user.FindFirst(PortalClaimTypes.SignInMethod)?.Value != SignInMethods.DevAccount || !runtime.Connection.IsEmbeddedDevChain)
        {
            return null;
        }

        var name = user.FindFirst(PortalClaimTypes.DevAccount)?.Value;
        return DevAccounts.All.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A dev session sends its own transactions (it has the key); a wallet session goes through the relayer.</summary>
    public async Task<IWeb3?> DevAccountWeb3Async() =>
        await DevAccountAsync() is { } account ? runtime.Connection.For(account.ToAccount(runtime.Connection.ChainId)) : null;

    /// <summary>
    /// Sends transactions as the signed-in account: from its browser wallet (the portal builds and follows them), or,
    /// for a dev account on the embedded dev chain, with its key on the server. <paramref name="progress"/> hears each stage.
    /// </summary>
    public async Task<ITransactionSender> TransactionSenderAsync(IProgress<TransactionProgress>? progress = null)
    {
        var address = await AddressAsync() ?? throw new InvalidOperationException("Sign in first: only a signed-in account can send transactions.");
        var chain = runtime.Connection;
        return await DevAccountWeb3Async() is { } web3
            ? new DevAccountTransactionSender(new ContractTransactionSender(web3), progress)
            : new WalletTransactionSender(wallet, new WalletTransactions(chain.Reader, chain.ChainId), address, progress);
    }

    /// <summary>A dev account's transaction, signed and sent on the server: only the last stage is seen.</summary>
    private sealed class DevAccountTransactionSender(ContractTransactionSender sender, IProgress<TransactionProgress>? progress) : ITransactionSender
    {
        public string Address => sender.Address;

        public Task<TransactionReceipt> SendAsync<TFunction>(string contractAddress, TFunction function, CancellationToken cancellationToken = default)
            where TFunction : FunctionMessage, new()
        {
            progress?.Report(new TransactionProgress(TransactionStage.Mining, ContractReverts.FunctionName<TFunction>()));
            return sender.SendAsync(contractAddress, function, cancellationToken);
        }
    }
}
